import { Given, Then } from '@cucumber/cucumber';
import type { StepWorld } from './world.ts';

/** Tax without a shipping address: every basis and rounding algorithm, to the cent (field guide §4). */

Given(
  'Magento calculates tax on the {word} address, rounding with {word}',
  async function (this: StepWorld, basedOn: string, algorithm: string) {
    await this.merchant.config.taxCalculation(basedOn, algorithm);
  },
);

Then('the register showed the tax and total Magento charged', async function (this: StepWorld) {
  await this.merchant.checks.assertTaxAsShown();
});

Then(
  'Magento charged {float} tax, {float} in all',
  async function (this: StepWorld, tax: number, total: number) {
    await this.merchant.checks.assertCharged(tax, total);
  },
);
