import { Given, Then, When } from '@cucumber/cucumber';
import {
  assertCashierSees,
  assertCashierSeesAlert,
  assertQueuedSalesPlacedOnce,
  browserScreenshot,
  openBrowserRegister,
  reloadPage,
  restartBrowser,
} from '../harness/world/browser.ts';
import type { StepWorld } from './world.ts';

/** The browser register: what the cashier does to the browser and what the cashier sees in it. */

/** Attaches what the screen shows now to the scenario's reports (Cucumber HTML, Allure). */
async function attachScreen(world: StepWorld): Promise<void> {
  const png = await browserScreenshot(world);
  if (png) world.attach(png, 'image/png');
}

Given(
  'a browser register at shop {string} selling on store view {string}',
  async function (this: StepWorld, source: string, store: string) {
    await openBrowserRegister(this, { sourceCode: source, storeCode: store });
  },
);

When('the cashier reloads the register page', async function (this: StepWorld) {
  await reloadPage(this);
  await attachScreen(this);
});

When('the cashier closes the browser and starts it again', async function (this: StepWorld) {
  await restartBrowser(this);
  await attachScreen(this);
});

Then(
  'the cashier sees the register {word} with {int} sale(s) queued',
  async function (this: StepWorld, connection: string, queued: number) {
    await attachScreen(this);
    await assertCashierSees(this, connection, queued);
  },
);

Then('the cashier sees an {string} alert', async function (this: StepWorld, kind: string) {
  await assertCashierSeesAlert(this, kind);
});

Then('each queued sale is exactly one order in Magento', async function (this: StepWorld) {
  await assertQueuedSalesPlacedOnce(this);
});
