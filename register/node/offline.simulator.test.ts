import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Toxiproxy } from 'toxiproxy-node-client';
import type { ConflictPolicy, RegisterSession } from '../../contracts/driver.ts';
import { createFaultProxy, type FaultProxy } from '../../fault-proxy/index.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { createReferenceRegister, type ReferenceRegister } from '../index.ts';
import { Admin, shopSession, tempDir } from '../test-support/shop-kit.ts';

/**
 * Offline mode through the fault proxy (Toxiproxy's API, driven with toxiproxy-node-client): the
 * till keeps selling while Magento is unreachable, the queue replays in order when it is back,
 * and stock conflicts met at sync are resolved by the session's policy, each written to the
 * discrepancy report (JSON and CSV).
 */
let sim: Simulator;
let fp: FaultProxy;
let toxiproxy: Toxiproxy;
let admin: Admin;
let via: string;
const dirs: Array<{ remove(): void }> = [];

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  admin = new Admin(sim.url);
  fp = await createFaultProxy({ port: 0, seed: 1 });
  toxiproxy = new Toxiproxy(fp.url);
  const proxy = await toxiproxy.createProxy({
    name: 'magento',
    listen: '127.0.0.1:0',
    upstream: new URL(sim.url).host,
  });
  via = `http://${proxy.listen}`;
});
after(async () => {
  await fp.close();
  await sim.close();
  for (const d of dirs) d.remove();
});

async function network(enabled: boolean): Promise<void> {
  const p = await toxiproxy.get('magento');
  await p.update({ enabled, listen: p.listen, upstream: p.upstream });
}

async function openRegister(
  policy: ConflictPolicy,
  dir?: string,
): Promise<{ reg: ReferenceRegister; dir: string }> {
  let d = dir;
  if (!d) {
    const t = tempDir();
    dirs.push(t);
    d = t.dir;
  }
  const reg = createReferenceRegister({ offlineRetryMs: 60_000 });
  await reg.open(
    shopSession(via, d, {
      conflictPolicy: policy,
      timeouts: { requestMs: 1000, maxRetryWaitMs: 300 },
    }) as RegisterSession,
  );
  return { reg, dir: d };
}

test('an outage: sales are accepted and queued durably, then replayed in order by the first sync', async () => {
  const { reg, dir } = await openRegister('hold-for-review');
  await reg.stockLevel('MUG-001');
  await network(false);
  try {
    const a = await reg.sell({
      saleId: 'OFF-A',
      lines: [{ sku: 'MUG-001', qty: 2 }],
      tenders: [{ method: 'cash' }],
    });
    const b = await reg.sell({
      saleId: 'OFF-B',
      lines: [{ sku: 'SOCKS-001', qty: 1 }],
      tenders: [{ method: 'card' }],
    });
    assert.deepEqual([a.status, b.status], ['queued-offline', 'queued-offline']);
    assert.equal(a.totals?.tax, 1.98, 'the register still shows its own totals');
    const status = await reg.status();
    assert.deepEqual([status.online, status.queueDepth], [false, 2]);
    assert.ok(status.alerts.some((x) => x.kind === 'offline'));
    const mug = await reg.stockLevel('MUG-001');
    assert.deepEqual([mug.live, mug.qty], [false, 38], 'cached stock shows the offline sale');
    const log = readFileSync(join(dir, 'queue.jsonl'), 'utf8');
    assert.ok(log.includes('OFF-A') && log.includes('OFF-B'), 'both sales are on disk');
    const gift = await reg.sell({
      lines: [{ sku: 'MUG-001', qty: 1 }],
      tenders: [{ method: 'gift_card', giftCardCode: 'X' }],
    });
    assert.equal(gift.status, 'declined', 'a gift card cannot be checked offline');
  } finally {
    await network(true);
  }
  const report = await reg.sync();
  assert.deepEqual(
    report.synced.map((s) => s.saleId),
    ['OFF-A', 'OFF-B'],
  );
  assert.deepEqual([report.conflicts, report.failed, report.remaining], [[], [], 0]);
  const [first, second] = report.synced.map((s) => Number(s.orderNumber));
  assert.ok((first ?? 0) < (second ?? 0), 'placed in the order sold');
  const status = await reg.status();
  assert.equal(status.online, true);
  assert.ok(status.lastSyncAt);
  assert.ok(!status.alerts.some((x) => x.kind === 'offline'));
  await reg.close();
});

/** Sells 3 of the shop's 3 bottles offline while the web shop sells 2 of them. */
async function conflictingSale(reg: ReferenceRegister, saleId: string): Promise<void> {
  await admin.setSourceQty('BOTTLE-001', 3);
  await reg.stockLevel('BOTTLE-001');
  await network(false);
  try {
    const r = await reg.sell({
      saleId,
      lines: [{ sku: 'BOTTLE-001', qty: 3 }],
      tenders: [{ method: 'cash' }],
    });
    assert.equal(r.status, 'queued-offline');
    await admin.setSourceQty('BOTTLE-001', 1);
  } finally {
    await network(true);
  }
}

function discrepancies(dir: string): { json: Array<Record<string, unknown>>; csv: string[] } {
  return {
    json: JSON.parse(readFileSync(join(dir, 'discrepancies.json'), 'utf8')),
    csv: readFileSync(join(dir, 'discrepancies.csv'), 'utf8').trim().split('\n'),
  };
}

test('hold-for-review: the conflicting sale is held with its reason, reported, then released or voided', async () => {
  const { reg, dir } = await openRegister('hold-for-review');
  await conflictingSale(reg, 'HOLD-1');
  const report = await reg.sync();
  assert.deepEqual(report.conflicts, [
    { saleId: 'HOLD-1', sku: 'BOTTLE-001', wanted: 3, available: 1, resolution: 'held' },
  ]);
  assert.deepEqual([report.synced, report.failed, report.remaining], [[], [], 0]);
  assert.equal((await reg.status()).held, 1);
  assert.match((await reg.held())[0]?.reason ?? '', /BOTTLE-001 wanted 3, available 1/);
  assert.equal(
    (await admin.allOrders()).filter((o) => o.extension_attributes?.pos_client_sale_id === 'HOLD-1').length,
    0,
  );
  const { json, csv } = discrepancies(dir);
  assert.deepEqual(
    json.map((r) => [r['sku'], r['source'], r['units'], r['sale'], r['resolution']]),
    [['BOTTLE-001', 'shop_main', 2, 'HOLD-1', 'held']],
  );
  assert.equal(csv[0], 'sku,source,units,sale,resolution,at,sourceBefore,sourceAfter,reason');
  assert.match(csv[1] ?? '', /^BOTTLE-001,shop_main,2,HOLD-1,held,/);
  assert.ok((await reg.status()).alerts.some((a) => a.kind === 'sync-conflict'));

  const released = await reg.release('HOLD-1');
  assert.equal(released.status, 'completed', released.reason);
  assert.equal(await admin.sourceQty('BOTTLE-001'), 0, 'raised just enough to ship, ends at zero');

  await conflictingSale(reg, 'HOLD-2');
  await reg.sync();
  await reg.voidSale('HOLD-2', 'refunded at the till');
  const status = await reg.status();
  assert.deepEqual([status.held, status.queueDepth], [0, 0]);
  assert.equal(
    (await admin.allOrders()).filter((o) => o.extension_attributes?.pos_client_sale_id === 'HOLD-2').length,
    0,
  );
  await reg.close();
});

test('adjust-to-zero: placed and shipped, the shop’s source raised just enough and ending at zero, recorded', async () => {
  const { reg, dir } = await openRegister('adjust-to-zero');
  await conflictingSale(reg, 'ADJ-1');
  const report = await reg.sync();
  assert.deepEqual(report.conflicts, [
    { saleId: 'ADJ-1', sku: 'BOTTLE-001', wanted: 3, available: 1, resolution: 'adjusted' },
  ]);
  assert.deepEqual(
    report.synced.map((s) => s.saleId),
    ['ADJ-1'],
  );
  assert.equal(await admin.sourceQty('BOTTLE-001'), 0);
  const [order] = (await admin.allOrders()).filter(
    (o) => o.extension_attributes?.pos_client_sale_id === 'ADJ-1',
  );
  assert.equal(order.state, 'complete');
  const { json } = discrepancies(dir);
  assert.deepEqual(
    json.map((r) => [r['sku'], r['units'], r['sale'], r['resolution'], r['sourceBefore'], r['sourceAfter']]),
    [['BOTTLE-001', 2, 'ADJ-1', 'adjusted', 1, 3]],
  );
  await reg.close();
});

test('a register opened while Magento is down sells from the saved catalog and syncs later', async () => {
  const first = await openRegister('hold-for-review');
  await first.reg.close();
  await network(false);
  let reg: ReferenceRegister;
  try {
    reg = (await openRegister('hold-for-review', first.dir)).reg;
    const status = await reg.status();
    assert.equal(status.online, false);
    const r = await reg.sell({
      saleId: 'COLD',
      lines: [{ sku: 'TOTE-001', qty: 1 }],
      tenders: [{ method: 'cash' }],
    });
    assert.equal(r.status, 'queued-offline');
  } finally {
    await network(true);
  }
  const report = await reg.sync();
  assert.deepEqual(
    report.synced.map((s) => s.saleId),
    ['COLD'],
  );
  await reg.close();
});
