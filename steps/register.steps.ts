import { Given } from '@cucumber/cucumber';
import type { StepWorld } from './world.ts';

Given('the merchant setup {string}', async function (this: StepWorld, name: string) {
  await this.useMerchantSetup(name);
});

Given(
  'a register at shop {string} selling on store view {string}',
  async function (this: StepWorld, source: string, store: string) {
    await this.openRegister({ sourceCode: source, storeCode: store });
  },
);
