import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RegisterSession } from '../../contracts/driver.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { createReferenceRegister, type ReferenceRegister } from '../index.ts';
import { Admin, shopSession, tempDir } from '../test-support/shop-kit.ts';

/**
 * Returns at the till put the goods back on *this shop's* shelf, whichever source shipped them:
 * "an Austin shop with a back warehouse in the same stock; a web order shipped from the
 * warehouse is brought back to the shop".
 */
let sim: Simulator;
let admin: Admin;
let reg: ReferenceRegister;
const data = tempDir();

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  admin = new Admin(sim.url);
  await admin.call('POST', '/V1/inventory/sources', {
    source: {
      source_code: 'warehouse',
      name: 'Warehouse',
      enabled: true,
      country_id: 'US',
      region_id: 57,
      postcode: '78744',
    },
  });
  await admin.call('POST', '/V1/inventory/stock-source-links', {
    links: [{ stock_id: 2, source_code: 'warehouse', priority: 2 }],
  });
  await admin.setSourceQty('MUG-001', 50, 'warehouse');
  reg = createReferenceRegister();
  await reg.open(shopSession(sim.url, data.dir) as RegisterSession);
});
after(async () => {
  await reg.close();
  await sim.close();
  data.remove();
});

/** A web shop order: guest checkout, flat-rate delivery, check/money order, shipped from the warehouse. */
async function webOrder(sku: string, qty: number): Promise<string> {
  const cartId = await admin.call<number>('POST', '/V1/carts/', {});
  await admin.call('POST', `/V1/carts/${cartId}/items`, { cartItem: { sku, qty, quote_id: String(cartId) } });
  const address = {
    firstname: 'Web',
    lastname: 'Buyer',
    street: ['1 Elm St'],
    city: 'Austin',
    postcode: '78704',
    country_id: 'US',
    region_id: 57,
    telephone: '5550100',
    email: 'web@example.com',
  };
  await admin.call('POST', `/V1/carts/${cartId}/shipping-information`, {
    addressInformation: {
      shipping_address: address,
      billing_address: address,
      shipping_carrier_code: 'flatrate',
      shipping_method_code: 'flatrate',
    },
  });
  const orderId = await admin.call<number>('PUT', `/V1/carts/${cartId}/order`, {
    paymentMethod: { method: 'checkmo' },
  });
  await admin.call('POST', `/V1/order/${orderId}/invoice`, { capture: true });
  await admin.call('POST', `/V1/order/${orderId}/ship`, {
    arguments: { extension_attributes: { source_code: 'warehouse' } },
  });
  return (await admin.call<{ increment_id: string }>('GET', `/V1/orders/${orderId}`)).increment_id;
}

test('an in-store purchase returned: credit memo, return_to_stock puts it back on the shop’s source', async () => {
  const sale = await reg.sell({ lines: [{ sku: 'MUG-001', qty: 2 }], tenders: [{ method: 'cash' }] });
  assert.equal(sale.status, 'completed', sale.reason);
  const [shop, warehouse] = [await admin.sourceQty('MUG-001'), await admin.sourceQty('MUG-001', 'warehouse')];
  const r = await reg.returnItems({
    orderNumber: sale.orderNumber ?? '',
    lines: [{ sku: 'MUG-001', qty: 1 }],
    refundTender: 'cash',
    restock: true,
  });
  assert.deepEqual([r.status, r.restockedTo, r.refunded], ['completed', 'shop_main', 12.99]);
  assert.equal(await admin.sourceQty('MUG-001'), shop + 1);
  assert.equal(await admin.sourceQty('MUG-001', 'warehouse'), warehouse);
  const memo = await admin.call<{ order_id: number }>('GET', `/V1/creditmemo/${r.creditMemoId}`);
  assert.equal(memo.order_id, sale.orderId);
});

test('an online purchase shipped from the warehouse returned at the till: the shop’s source gets it, the warehouse does not', async () => {
  const number = await webOrder('MUG-001', 2);
  const [shop, warehouse] = [await admin.sourceQty('MUG-001'), await admin.sourceQty('MUG-001', 'warehouse')];
  const r = await reg.returnItems({
    orderNumber: number,
    lines: [{ sku: 'MUG-001', qty: 2 }],
    refundTender: 'card',
    restock: true,
  });
  assert.deepEqual([r.status, r.restockedTo], ['completed', 'shop_main'], r.reason);
  assert.equal(await admin.sourceQty('MUG-001'), shop + 2);
  assert.equal(
    await admin.sourceQty('MUG-001', 'warehouse'),
    warehouse,
    'Magento’s return_to_stock would have credited the warehouse',
  );
});

test('a lost answer to the refund is looked up, not sent again: one credit memo', async () => {
  const sale = await reg.sell({ lines: [{ sku: 'SOCKS-001', qty: 2 }], tenders: [{ method: 'cash' }] });
  await admin.fault({
    method: 'POST',
    path: '/V1/order/:orderId/refund',
    action: 'commit-then-drop',
    times: 1,
  });
  const r = await reg.returnItems({
    orderNumber: sale.orderNumber ?? '',
    lines: [{ sku: 'SOCKS-001', qty: 1 }],
    refundTender: 'cash',
    restock: true,
  });
  assert.equal(r.status, 'completed', r.reason);
  const memos = await admin.call<{ total_count: number }>(
    'GET',
    `/V1/creditmemos?searchCriteria[filter_groups][0][filters][0][field]=order_id&searchCriteria[filter_groups][0][filters][0][value]=${sale.orderId}`,
  );
  assert.equal(memos.total_count, 1);
});

test('a return the order cannot cover, or of an unknown order, is declined with the reason', async () => {
  const sale = await reg.sell({ lines: [{ sku: 'TOTE-001', qty: 1 }], tenders: [{ method: 'cash' }] });
  const tooMany = await reg.returnItems({
    orderNumber: sale.orderNumber ?? '',
    lines: [{ sku: 'TOTE-001', qty: 2 }],
    refundTender: 'cash',
    restock: true,
  });
  assert.match(tooMany.reason ?? '', /1 of TOTE-001 can be returned, not 2/);
  const unknown = await reg.returnItems({
    orderNumber: '999999999',
    lines: [{ sku: 'TOTE-001', qty: 1 }],
    refundTender: 'cash',
    restock: true,
  });
  assert.deepEqual([unknown.status, unknown.reason], ['declined', 'No order has the number 999999999.']);
});
