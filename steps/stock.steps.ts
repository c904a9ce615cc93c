import { Given, Then, When } from '@cucumber/cucumber';
import type { ConflictPolicy } from '../contracts/driver.ts';
import type { StepWorld } from './world.ts';

Given(
  'a register at shop {string} selling on store view {string} with stock cached for {int} ms',
  async function (this: StepWorld, source: string, store: string, ttl: number) {
    await this.openRegister({ sourceCode: source, storeCode: store, stockCacheTtlMs: ttl });
  },
);

Given(
  'a register at shop {string} selling on store view {string} with the conflict policy {string}',
  async function (this: StepWorld, source: string, store: string, policy: ConflictPolicy) {
    await this.openRegister({ sourceCode: source, storeCode: store, conflictPolicy: policy });
  },
);

When('the cashier looks up the stock of {string}( again)', async function (this: StepWorld, sku: string) {
  await this.stock.lookUp(sku);
});

When(
  'the reading of {string} grows older than the cache lifetime',
  async function (this: StepWorld, sku: string) {
    await this.stock.agePastTtl(sku);
  },
);

Then(
  'the register shows {int} {string} read live from Magento',
  function (this: StepWorld, qty: number, sku: string) {
    this.stock.assertShownLive(sku, qty);
  },
);

Then('the register shows the stock of {string} as stale', function (this: StepWorld, sku: string) {
  this.stock.assertShownStale(sku);
});

Then('the register raises a stale-stock alert about {string}', async function (this: StepWorld, sku: string) {
  await this.stock.assertStaleAlert(sku);
});

Given(
  "Magento can sell {int} {string} on the shop's stock",
  async function (this: StepWorld, qty: number, sku: string) {
    await this.stock.noteSalable(sku, qty);
  },
);

Then(
  "the order reserved {int} {string} on the shop's stock",
  async function (this: StepWorld, qty: number, sku: string) {
    await this.stock.assertReserved(sku, qty);
  },
);

Then(
  'Magento has exactly 1 new order, selling {int} {string}',
  async function (this: StepWorld, qty: number, sku: string) {
    await this.stock.assertNewOrderSold(qty, sku);
  },
);

Then('no quantity of {string} is below zero', async function (this: StepWorld, sku: string) {
  await this.stock.assertNothingNegative(sku);
});

Then(
  'the register holds the sale for review, {int} {string} short',
  async function (this: StepWorld, missing: number, sku: string) {
    await this.stock.assertHeldForReview(sku, missing);
  },
);

Then(
  'the register reports the conflict on {string} as adjusted',
  async function (this: StepWorld, sku: string) {
    await this.stock.assertAdjusted(sku);
  },
);

Then('the register declined the sale with {string}', function (this: StepWorld, message: string) {
  this.stock.assertDeclinedWith(message);
});
