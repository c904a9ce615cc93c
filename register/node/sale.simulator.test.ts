import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RegisterSession } from '../../contracts/driver.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { createReferenceRegister, type ReferenceRegister } from '../index.ts';
import { Admin, shopSession, tempDir } from '../test-support/shop-kit.ts';

/**
 * Online sales against the simulator (single-shop, Commerce): what the harness would check in
 * Magento after each one — the order in the right store, linked to the customer, paid, shipped
 * from the shop's source, its tax equal to what the register showed.
 */
let sim: Simulator;
let admin: Admin;
let reg: ReferenceRegister;
const data = tempDir();

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  admin = new Admin(sim.url);
  await admin.seedExtras();
  reg = createReferenceRegister();
  await reg.open(shopSession(sim.url, data.dir) as RegisterSession);
});
after(async () => {
  await reg.close();
  await sim.close();
  data.remove();
});

async function orderOf(number: string | undefined) {
  assert.ok(number, 'an order number');
  const [order] = await admin.orders({ field: 'increment_id', value: number });
  return order;
}

test('a guest cash sale: paid, shipped from the shop, stock deducted, tax as shown', async () => {
  const before = await admin.sourceQty('MUG-001');
  const r = await reg.sell({
    lines: [
      { sku: 'MUG-001', qty: 2 },
      { sku: 'SOCKS-001', qty: 3 },
    ],
    tenders: [{ method: 'cash' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const order = await orderOf(r.orderNumber);
  assert.equal(order.state, 'complete');
  assert.equal(order.store_id, 1);
  assert.equal(order.customer_is_guest, 1);
  assert.equal(order.payment.method, 'pos_cash');
  assert.equal(order.extension_attributes.pickup_location_code, 'shop_main');
  assert.equal(order.extension_attributes.pos_client_sale_id, r.saleId);
  assert.equal(order.tax_amount, r.totals?.tax);
  assert.equal(order.grand_total, r.totals?.grandTotal);
  assert.equal(await admin.sourceQty('MUG-001'), before - 2);
  const shipments = await admin.call<{ items: Array<{ extension_attributes: { source_code: string } }> }>(
    'GET',
    `/V1/shipments?searchCriteria[filter_groups][0][filters][0][field]=order_id&searchCriteria[filter_groups][0][filters][0][value]=${order.entity_id}`,
  );
  assert.deepEqual(
    shipments.items.map((s) => s.extension_attributes.source_code),
    ['shop_main'],
  );
});

test('a customer sale links the order to the account; configurable and custom options; card', async () => {
  const r = await reg.sell({
    lines: [{ sku: 'TSHIRT', qty: 1, options: { size: 'M' }, customOptions: { 'Embroidery text': 'ANNA' } }],
    customerEmail: 'jane.doe@example.com',
    tenders: [{ method: 'card' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const order = await orderOf(r.orderNumber);
  assert.equal(order.customer_email, 'jane.doe@example.com');
  assert.ok(order.customer_id > 0);
  assert.equal(order.customer_is_guest, 0);
  assert.equal(order.items[0].sku, 'TSHIRT-M');
  assert.equal(order.subtotal, 30);
  assert.equal(order.payment.method, 'pos_card');
});

test('a coupon and a manager price override: the register shows Magento’s discount and tax', async () => {
  const r = await reg.sell({
    lines: [
      { sku: 'BOTTLE-001', qty: 1, priceOverride: { price: 19.99, approver: 'manager', reason: 'dented' } },
      { sku: 'TOTE-001', qty: 3 },
    ],
    coupon: 'TENOFF',
    tenders: [{ method: 'cash' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const order = await orderOf(r.orderNumber);
  assert.equal(r.totals?.subtotal, 19.99 + 3 * 18.5);
  assert.equal(r.totals?.discount, Math.abs(order.discount_amount));
  assert.equal(order.tax_amount, r.totals?.tax);
  assert.equal(order.items[0].extension_attributes.pos_price_override.approver, 'manager');
});

test('split tender (cash and card) with a gift card: one payment line per tender, amounts add up', async () => {
  const r = await reg.sell({
    lines: [
      { sku: 'CAP-001', qty: 3 },
      { sku: 'TOTE-001', qty: 2 },
    ],
    tenders: [
      { method: 'gift_card', giftCardCode: 'GC-50' },
      { method: 'cash', amount: 10 },
      { method: 'card' },
    ],
  });
  assert.equal(r.status, 'completed', r.reason);
  const order = await orderOf(r.orderNumber);
  assert.equal(order.payment.method, 'pos_split');
  const lines = order.extension_attributes.pos_payments as Array<{ method: string; amount: number }>;
  assert.deepEqual(
    lines.map((l) => l.method),
    ['pos_cash', 'pos_card'],
  );
  const paid = lines.reduce((a, l) => a + l.amount, 0);
  assert.equal(
    Math.round((paid + order.extension_attributes.gift_cards_amount) * 100),
    Math.round((r.totals?.grandTotal ?? 0) * 100),
  );
});

test('store credit and reward points of a customer, at the till with admin credentials', async () => {
  const r = await reg.sell({
    lines: [{ sku: 'MUG-001', qty: 5 }],
    customerEmail: 'pat@example.com',
    tenders: [{ method: 'store_credit', amount: 20 }, { method: 'points', amount: 5 }, { method: 'card' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const order = await orderOf(r.orderNumber);
  assert.equal(order.extension_attributes.customer_balance_amount, 20);
  assert.equal(order.extension_attributes.reward_currency_amount, 5);
});

test('Magento’s refusal is shown to the cashier, never swallowed; the register’s own checks too', async () => {
  await admin.call('PUT', '/__sim/config', { 'payment/pos_card/active': '0' });
  try {
    const r = await reg.sell({ lines: [{ sku: 'MUG-001', qty: 1 }], tenders: [{ method: 'card' }] });
    assert.equal(r.status, 'declined');
    assert.match(r.reason ?? '', /The requested Payment Method is not available/);
  } finally {
    await admin.call('PUT', '/__sim/config', { 'payment/pos_card/active': '1' });
  }
  const poster = await reg.sell({ lines: [{ sku: 'POSTER-001', qty: 1 }], tenders: [{ method: 'cash' }] });
  assert.deepEqual(
    [poster.status, poster.reason],
    [
      'declined',
      'There are no source items with the in stock status (POSTER-001: 1 wanted, 0 available in this shop)',
    ],
  );
  const unknown = await reg.sell({ lines: [{ sku: 'NOPE', qty: 1 }], tenders: [{ method: 'cash' }] });
  assert.match(unknown.reason ?? '', /Unknown SKU "NOPE"/);
  const nobody = await reg.sell({
    lines: [{ sku: 'MUG-001', qty: 1 }],
    customerEmail: 'nobody@example.com',
    tenders: [{ method: 'cash' }],
  });
  assert.match(nobody.reason ?? '', /No customer account has the email nobody@example.com/);
  assert.equal((await reg.status()).queueDepth, 0, 'declined sales are not queued');
});

test('the same sale id sold twice answers the first result: one order', async () => {
  const sale = {
    saleId: 'REG1-twice',
    lines: [{ sku: 'SOCKS-001', qty: 1 }],
    tenders: [{ method: 'cash' as const }],
  };
  const first = await reg.sell(sale);
  const second = await reg.sell(sale);
  assert.equal(first.status, 'completed');
  assert.deepEqual([second.status, second.orderNumber], ['completed', first.orderNumber]);
  const orders = (await admin.allOrders()).filter(
    (o) => o.extension_attributes?.pos_client_sale_id === 'REG1-twice',
  );
  assert.equal(orders.length, 1);
});

test('stock read-through: live, then cached within the TTL, and a sale shows in the next reading', async () => {
  const first = await reg.stockLevel('BULK-000001');
  assert.equal(first.live, true);
  assert.equal(first.sourceQty, await admin.sourceQty('BULK-000001'));
  const cached = await reg.stockLevel('BULK-000001');
  assert.deepEqual([cached.live, cached.stale, cached.qty], [false, false, first.qty]);
  const r = await reg.sell({ lines: [{ sku: 'BULK-000001', qty: 1 }], tenders: [{ method: 'cash' }] });
  assert.equal(r.status, 'completed', r.reason);
  const after = await reg.stockLevel('BULK-000001');
  assert.deepEqual(
    [after.live, after.qty, after.sourceQty],
    [true, first.qty - 1, (first.sourceQty ?? 0) - 1],
  );
});
