import assert from 'node:assert/strict';
import { Then } from '@cucumber/cucumber';
import type { StepWorld } from './world.ts';

Then('Magento has exactly {int} new order(s)', async function (this: StepWorld, n: number) {
  const orders = await this.newOrders();
  assert.equal(
    orders.length,
    n,
    `expected ${n} new order(s) in Magento, found ${orders.length}: ${orders.map((o) => o.increment_id).join(', ')}`,
  );
});

Then('the order is on store view {string}', async function (this: StepWorld, code: string) {
  const order = await this.orderOfLastSale();
  assert.equal(
    order.store_id,
    await this.storeViewId(code),
    `order ${order.increment_id} is on store ${order.store_id}, not on "${code}"`,
  );
});

Then('the order is a guest order', async function (this: StepWorld) {
  const order = await this.orderOfLastSale();
  assert.equal(
    order.customer_is_guest,
    1,
    `order ${order.increment_id} is linked to customer ${order.customer_id}`,
  );
});

Then('the order is linked to the customer {string}', async function (this: StepWorld, email: string) {
  const order = await this.orderOfLastSale();
  const id = await this.customerIdOf(email);
  assert.ok(id, `Magento has no customer ${email}`);
  assert.equal(
    order.customer_id,
    id,
    `order ${order.increment_id} is not linked to ${email} (guest order: ${order.customer_is_guest})`,
  );
});

Then('the order total and tax equal what the register showed', async function (this: StepWorld) {
  const order = await this.orderOfLastSale();
  const shown = this.lastSale.result.totals;
  assert.ok(shown, 'the register reported no totals');
  assert.equal(
    order.tax_amount,
    shown.tax,
    `tax: Magento charged ${order.tax_amount}, the register showed ${shown.tax}`,
  );
  assert.equal(
    order.grand_total,
    shown.grandTotal,
    `total: Magento charged ${order.grand_total}, the register showed ${shown.grandTotal}`,
  );
});

Then('the order was paid with {string}', async function (this: StepWorld, method: string) {
  const order = await this.orderOfLastSale();
  assert.equal(
    order.payment.method,
    method,
    `order ${order.increment_id} was paid with ${order.payment.method}`,
  );
});

Then(
  'source {string} holds {int} of {string}',
  async function (this: StepWorld, source: string, qty: number, sku: string) {
    const held = await this.sourceQuantity(source, sku);
    assert.equal(held, qty, `source ${source} holds ${held} of ${sku}, expected ${qty}`);
  },
);

Then('the order has a discount of {float}', async function (this: StepWorld, amount: number) {
  const order = await this.orderOfLastSale();
  assert.equal(
    order.discount_amount,
    amount,
    `order ${order.increment_id} has a discount of ${order.discount_amount}`,
  );
});
