import assert from 'node:assert/strict';
import { Then, When } from '@cucumber/cucumber';
import type { StepWorld } from './world.ts';

When("the shop's network to Magento goes down", async function (this: StepWorld) {
  await this.target.network.down();
});

When("the shop's network to Magento comes back", async function (this: StepWorld) {
  await this.target.network.up();
});

When('the register syncs', async function (this: StepWorld) {
  const report = await this.sync();
  assert.equal(
    report.failed.length,
    0,
    `sync failed for: ${report.failed.map((f) => `${f.saleId} (${f.reason})`).join(', ')}`,
  );
});

Then(
  'the register shows itself offline with {int} sale(s) queued',
  async function (this: StepWorld, n: number) {
    const status = await this.status();
    this.queueAccountedFor = true;
    assert.equal(status.online, false, 'the register says it is online while Magento is unreachable');
    assert.equal(
      status.queueDepth,
      n,
      `the register shows ${status.queueDepth} queued sale(s), expected ${n}`,
    );
  },
);

Then('the register has no sale left in its queue', async function (this: StepWorld) {
  const status = await this.status();
  this.queueAccountedFor = true;
  assert.equal(status.queueDepth, 0, `${status.queueDepth} sale(s) still queued after the sync`);
});
