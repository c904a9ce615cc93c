import assert from 'node:assert/strict';
import { type DataTable, Given, Then, When } from '@cucumber/cucumber';
import type { StepWorld } from './world.ts';

When('the customer brings back from that sale:', async function (this: StepWorld, table: DataTable) {
  const orderNumber = this.lastSale.result.orderNumber;
  assert.ok(orderNumber, 'the sale has no Magento order number to return against');
  const lines = table.hashes().map((r) => ({ sku: r['sku'] as string, qty: Number(r['qty']) }));
  const result = await this.returnItems({ orderNumber, lines, refundTender: 'cash', restock: true });
  assert.equal(result.status, 'completed', `the register declined the return: ${result.reason ?? ''}`);
});

Then('Magento has a credit memo of {float} for that order', async function (this: StepWorld, amount: number) {
  const order = await this.orderOfLastSale();
  const memos = await this.creditMemosOf(order.entity_id);
  assert.equal(
    memos.length,
    1,
    `expected 1 credit memo on order ${order.increment_id}, found ${memos.length}`,
  );
  assert.equal(
    memos[0]?.grand_total,
    amount,
    `the credit memo refunds ${memos[0]?.grand_total}, expected ${amount}`,
  );
});

Given(
  'a customer bought {int} {string} online on store view {string}, shipped from {string}',
  async function (this: StepWorld, qty: number, sku: string, store: string, source: string) {
    await this.buyOnline(store, { sku, qty }, source);
    this.baselineOrderId = await this.target.probe.maxOrderId();
  },
);

When(
  'the customer brings {int} {string} of that online order back to the till',
  async function (this: StepWorld, qty: number, sku: string) {
    assert.ok(this.webOrder, 'no online order was made in this scenario');
    const result = await this.returnItems({
      orderNumber: this.webOrder.incrementId,
      lines: [{ sku, qty }],
      refundTender: 'card',
      restock: true,
    });
    assert.equal(result.status, 'completed', `the register declined the return: ${result.reason ?? ''}`);
  },
);

Then(
  'the online order has a credit memo for {int} {string}',
  async function (this: StepWorld, qty: number, sku: string) {
    assert.ok(this.webOrder, 'no online order was made in this scenario');
    const memos = await this.creditMemosOf(this.webOrder.orderId);
    assert.equal(
      memos.length,
      1,
      `expected 1 credit memo on ${this.webOrder.incrementId}, found ${memos.length}`,
    );
    const item = memos[0]?.items.find((i) => i.sku === sku);
    assert.equal(item?.qty, qty, `the credit memo refunds ${item?.qty ?? 0} of ${sku}`);
  },
);
