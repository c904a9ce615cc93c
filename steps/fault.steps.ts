import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { CDN_LIMIT } from '../harness/world/faults.ts';
import type { StepWorld } from './world.ts';

Given(
  'the CDN in front of Magento answers the next order placement 429 with Retry-After {int}',
  async function (this: StepWorld, seconds: number) {
    await this.faults.rateLimitOrderPlacement(1, seconds);
  },
);

Then('the CDN refused the order placement {int} time(s)', async function (this: StepWorld, n: number) {
  const hits = await this.faults.hits(CDN_LIMIT);
  assert.equal(hits, n, `the CDN answered 429 to ${hits} order placement(s), expected ${n}`);
});

Given(
  'Magento will save the next order but its answer to the register will be lost',
  async function (this: StepWorld) {
    await this.faults.loseNextOrderAnswer();
  },
);

Given("Magento's order search is unavailable", async function (this: StepWorld) {
  await this.faults.orderSearchDown();
});

When("Magento's order search is back", async function (this: StepWorld) {
  await this.faults.orderSearchBack();
});

Given(
  "the shop's network to Magento will go down while the order placement is on its way, before Magento acts on it",
  async function (this: StepWorld) {
    await this.faults.linkDiesDuringOrderPlacement(false);
  },
);

Given(
  "the shop's network to Magento will go down while Magento places the order",
  async function (this: StepWorld) {
    await this.faults.linkDiesDuringOrderPlacement(true);
  },
);

Then('the link died in the middle of the order placement', async function (this: StepWorld) {
  await this.faults.linkDied();
});
