import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  RegisterSession,
  RegisterStatus,
  ReturnResult,
  SaleResult,
  StockReading,
  SyncReport,
} from '../../contracts/driver.ts';
import { type RegisterService, startRegisterService } from '../../register/index.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { HttpDriverClient, HttpDriverError } from './http-driver-client.ts';

/**
 * The HTTP driver client against `posgate register`'s service (the reference register behind
 * it) and the simulator: every operation of the driver contract round-trips as JSON, answers
 * validate against the contract, and the service's refusals reach the caller with the field.
 */
let sim: Simulator;
let service: RegisterService;
let client: HttpDriverClient;
const dataDir = mkdtempSync(join(tmpdir(), 'posgate-http-driver-'));

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  service = await startRegisterService({ port: 0 });
  client = new HttpDriverClient(service.url);
});
after(async () => {
  await service.close();
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const session = () =>
  RegisterSession.parse({
    magentoUrl: sim.url,
    storeCode: 'default',
    websiteCode: 'base',
    sourceCode: 'shop_main',
    stockId: 2,
    registerId: 'HTTP1',
    credentials: { kind: 'admin', username: 'admin', password: 'posgate123' },
    shopAddress: {
      firstname: 'Austin',
      lastname: 'Shop',
      street: ['500 Congress Ave'],
      city: 'Austin',
      postcode: '78701',
      country_id: 'US',
      region_id: 57,
      telephone: '5125550100',
      email: 'shop@example.com',
    },
    tax: { basedOn: 'origin', origin: { country_id: 'US', region_id: 57, postcode: '78701' } },
    dataDir,
    edition: 'commerce',
  });

test('every operation round-trips: open, stock, sell, return, sync, status, review, close', async () => {
  await client.open(session());
  const stock = await client.stockLevel('MUG-001');
  assert.deepEqual(StockReading.parse(stock), stock);
  assert.deepEqual([stock.sku, stock.qty, stock.live], ['MUG-001', 40, true]);

  const sale = await client.sell({ lines: [{ sku: 'MUG-001', qty: 2 }], tenders: [{ method: 'cash' }] });
  assert.equal(SaleResult.parse(sale).status, 'completed', sale.reason);
  assert.deepEqual(sale.totals, {
    subtotal: 24,
    discount: 0,
    tax: 1.98,
    grandTotal: 25.98,
    lines: [{ sku: 'MUG-001', qty: 2, rowTotal: 24, tax: 1.98 }],
  });
  assert.match(sale.orderNumber ?? '', /^\d{9}$/);

  const declined = await client.sell({
    lines: [{ sku: 'POSTER-001', qty: 1 }],
    tenders: [{ method: 'cash' }],
  });
  assert.deepEqual(
    [declined.status, declined.reason],
    [
      'declined',
      'There are no source items with the in stock status (POSTER-001: 1 wanted, 0 available in this shop)',
    ],
  );

  const ret = await client.returnItems({
    orderNumber: sale.orderNumber ?? '',
    lines: [{ sku: 'MUG-001', qty: 1 }],
    refundTender: 'cash',
    restock: true,
  });
  assert.deepEqual(ReturnResult.parse(ret), {
    status: 'completed',
    creditMemoId: ret.creditMemoId,
    refunded: 12.99,
    restockedTo: 'shop_main',
  });

  const report = await client.sync();
  assert.deepEqual(SyncReport.parse(report), { synced: [], conflicts: [], failed: [], remaining: 0 });

  const status = await client.status();
  assert.deepEqual(RegisterStatus.parse(status), {
    online: true,
    queueDepth: 0,
    held: 0,
    lastSyncAt: status.lastSyncAt,
    alerts: [],
  });
  assert.ok(status.lastSyncAt);

  assert.deepEqual(await client.held(), []);
  await assert.rejects(
    client.release('NOPE'),
    (e) => e instanceof HttpDriverError && e.status === 404 && /not in the queue/.test(e.message),
  );

  await client.close();
  await assert.rejects(client.status(), (e) => e instanceof HttpDriverError && e.status === 409);
});

test('bad input comes back as an HttpDriverError naming the field; the service keeps serving', async () => {
  await assert.rejects(
    client.sell({ lines: [{ sku: 'MUG-001', qty: -1 }], tenders: [{ method: 'cash' }] }),
    (e) => e instanceof HttpDriverError && e.status === 400 && e.field === 'lines[0].qty',
  );
  await assert.rejects(
    client.open({ ...session(), stockId: 0 }),
    (e) => e instanceof HttpDriverError && e.status === 400 && e.field === 'stockId',
  );
  await client.open(session());
  assert.equal((await client.status()).online, true);
  await client.close();
});

test('a service that is not there is an HttpDriverError, not a hang', async () => {
  const nowhere = new HttpDriverClient('http://127.0.0.1:9', { timeoutMs: 2000 });
  await assert.rejects(nowhere.status(), (e) => e instanceof HttpDriverError && e.status === 0);
});
