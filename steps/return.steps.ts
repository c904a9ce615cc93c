import assert from 'node:assert/strict';
import { type DataTable, Then, When } from '@cucumber/cucumber';
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
  const memos = await this.target.probe.creditMemosOf(order.entity_id);
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
