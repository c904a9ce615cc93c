import { Given } from '@cucumber/cucumber';
import { SKIP_REASON_PREFIX } from '../harness/reports/run-results.ts';
import type { StepWorld } from './world.ts';

Given('the merchant setup {string}', async function (this: StepWorld, name: string) {
  const notRun = await this.useMerchantSetup(name);
  if (this.seedReport) this.attach(JSON.stringify(this.seedReport, null, 2), 'application/json');
  if (notRun) this.attach(`${SKIP_REASON_PREFIX}${notRun}`);
  return notRun ? 'skipped' : undefined;
});

Given(
  'a register at shop {string} selling on store view {string}',
  async function (this: StepWorld, source: string, store: string) {
    await this.openRegister({ sourceCode: source, storeCode: store });
  },
);
