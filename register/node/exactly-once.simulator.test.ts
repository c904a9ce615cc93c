import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { RegisterSession } from '../../contracts/driver.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { createReferenceRegister, type ReferenceRegister } from '../index.ts';
import { Admin, shopSession, tempDir } from '../test-support/shop-kit.ts';

/**
 * Exactly-once placement against Magento's failure modes (the simulator's fault rules): a lost
 * acknowledgement, a placement that outlives the register's deadline, a CDN's 429 with
 * Retry-After, a 429 beyond the retry budget. Counted in Magento by quote id: one order each.
 */
let sim: Simulator;
let admin: Admin;
let reg: ReferenceRegister;
const data = tempDir();

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  admin = new Admin(sim.url);
  reg = createReferenceRegister({ offlineRetryMs: 0 });
  await reg.open(
    shopSession(sim.url, data.dir, {
      timeouts: { requestMs: 1000, maxRetryWaitMs: 3000 },
    }) as RegisterSession,
  );
});
after(async () => {
  await reg.close();
  await sim.close();
  data.remove();
});
beforeEach(() => sim.faults.clear());

async function ordersOfSale(saleId: string) {
  return (await admin.allOrders()).filter((o) => o.extension_attributes?.pos_client_sale_id === saleId);
}

test('lost acknowledgement (commit then drop) on placement: looked up by quote id, exactly one order', async () => {
  await admin.fault({ method: 'PUT', path: '/V1/carts/:cartId/order', action: 'commit-then-drop', times: 1 });
  const r = await reg.sell({
    saleId: 'LOST-ACK',
    lines: [{ sku: 'MUG-001', qty: 1 }],
    tenders: [{ method: 'cash' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const orders = await ordersOfSale('LOST-ACK');
  assert.equal(orders.length, 1);
  assert.equal((await admin.orders({ field: 'quote_id', value: orders[0].quote_id })).length, 1);
  assert.equal(orders[0].increment_id, r.orderNumber);
  assert.equal(orders[0].state, 'complete', 'still invoiced and shipped');
  assert.equal((await reg.status()).queueDepth, 0);
});

test('lost acknowledgements on the split-tender placement, the invoice and the shipment: one of each', async () => {
  await admin.fault({
    method: 'PUT',
    path: '/V1/pos/carts/:cartId/order',
    action: 'commit-then-drop',
    times: 1,
  });
  await admin.fault({
    method: 'POST',
    path: '/V1/order/:orderId/invoice',
    action: 'commit-then-drop',
    times: 1,
  });
  await admin.fault({
    method: 'POST',
    path: '/V1/order/:orderId/ship',
    action: 'commit-then-drop',
    times: 1,
  });
  const r = await reg.sell({
    saleId: 'LOST-SPLIT',
    lines: [{ sku: 'TOTE-001', qty: 2 }],
    tenders: [{ method: 'cash', amount: 10 }, { method: 'card' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const [order, ...more] = await ordersOfSale('LOST-SPLIT');
  assert.equal(more.length, 0);
  const q = (route: string) =>
    admin.call<{ total_count: number }>(
      'GET',
      `${route}?searchCriteria[filter_groups][0][filters][0][field]=order_id&searchCriteria[filter_groups][0][filters][0][value]=${order.entity_id}`,
    );
  assert.equal((await q('/V1/invoices')).total_count, 1);
  assert.equal((await q('/V1/shipments')).total_count, 1);
});

test('a placement slower than the deadline: queued, then resolved at sync by lookup, one order', async () => {
  await admin.fault({
    method: 'PUT',
    path: '/V1/carts/:cartId/order',
    action: 'delay',
    delayMs: 1500,
    times: 1,
  });
  const r = await reg.sell({
    saleId: 'SLOW',
    lines: [{ sku: 'SOCKS-001', qty: 2 }],
    tenders: [{ method: 'cash' }],
  });
  assert.equal(
    r.status,
    'queued-offline',
    'the outcome is unknown: the sale is kept, not lost and not retried blindly',
  );
  assert.equal((await reg.status()).queueDepth, 1);
  await new Promise((resolve) => setTimeout(resolve, 700)); // the slow placement lands meanwhile
  const report = await reg.sync();
  assert.deepEqual(
    report.synced.map((s) => s.saleId),
    ['SLOW'],
  );
  assert.equal((await ordersOfSale('SLOW')).length, 1);
  const status = await reg.status();
  assert.deepEqual([status.online, status.queueDepth], [true, 0]);
});

test('429 with Retry-After: the sale waits as told and completes, one order', async () => {
  await admin.fault({
    method: 'PUT',
    path: '/V1/carts/:cartId/order',
    action: '429',
    retryAfter: 1,
    times: 1,
  });
  const started = Date.now();
  const r = await reg.sell({
    saleId: 'RATE',
    lines: [{ sku: 'CAP-001', qty: 1 }],
    tenders: [{ method: 'card' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  assert.ok(Date.now() - started >= 1000, 'waited Retry-After');
  assert.equal((await ordersOfSale('RATE')).length, 1);
});

test('429 beyond the retry budget: the sale is queued, never dropped, and placed by the next sync', async () => {
  await admin.fault({
    method: 'PUT',
    path: '/V1/carts/:cartId/order',
    action: '429',
    retryAfter: 30,
    times: 1,
  });
  const r = await reg.sell({
    saleId: 'RATE-LONG',
    lines: [{ sku: 'CAP-001', qty: 1 }],
    tenders: [{ method: 'card' }],
  });
  assert.equal(r.status, 'queued-offline');
  assert.ok(
    (await reg.status()).alerts.some((a) => a.kind === 'order-error' && /rate limited/.test(a.message)),
  );
  const report = await reg.sync();
  assert.deepEqual(
    report.synced.map((s) => s.saleId),
    ['RATE-LONG'],
  );
  assert.equal((await ordersOfSale('RATE-LONG')).length, 1);
});
