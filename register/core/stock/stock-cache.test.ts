import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AlertBoard } from '../alerts.ts';
import { MagentoRejection, TransportError } from '../errors.ts';
import { StockCache, StockUnknown } from './stock-cache.ts';

function setup(ttlMs = 1000) {
  let now = 0;
  let fail: Error | undefined;
  let reads = 0;
  const alerts = new AlertBoard(() => now);
  const cache = new StockCache(
    async () => {
      reads++;
      if (fail) throw fail;
      return { qty: 10 - reads, sourceQty: 20 };
    },
    ttlMs,
    () => now,
    alerts,
  );
  return {
    cache,
    alerts,
    at: (ms: number) => {
      now = ms;
    },
    failWith: (e: Error | undefined) => {
      fail = e;
    },
    reads: () => reads,
  };
}
const refused = new TransportError({ method: 'GET', path: '/x' }, 'refused', 'ECONNREFUSED');

test('read-through: live first, cached while younger than the TTL, refreshed after', async () => {
  const s = setup();
  assert.deepEqual(await s.cache.level('A'), {
    sku: 'A',
    qty: 9,
    sourceQty: 20,
    live: true,
    ageMs: 0,
    stale: false,
  });
  s.at(600);
  assert.deepEqual(await s.cache.level('A'), {
    sku: 'A',
    qty: 9,
    sourceQty: 20,
    live: false,
    ageMs: 600,
    stale: false,
  });
  s.at(1500);
  assert.equal((await s.cache.level('A')).qty, 8);
  assert.equal(s.reads(), 2);
});

test('a failed refresh is never silent: stock-refresh-failed and stale-stock, cleared by the next reading', async () => {
  const s = setup();
  await s.cache.level('A');
  s.failWith(refused);
  s.at(5000);
  const r = await s.cache.level('A');
  assert.deepEqual(
    { live: r.live, stale: r.stale, ageMs: r.ageMs, qty: r.qty },
    { live: false, stale: true, ageMs: 5000, qty: 9 },
  );
  assert.deepEqual(
    s.alerts
      .list()
      .map((a) => a.kind)
      .sort(),
    ['stale-stock', 'stock-refresh-failed'],
  );
  s.failWith(undefined);
  await s.cache.level('A');
  assert.deepEqual(s.alerts.list(), []);
});

test('nothing cached and Magento unreachable: StockUnknown; a Magento refusal is thrown as is', async () => {
  const s = setup();
  s.failWith(refused);
  await assert.rejects(s.cache.level('B'), StockUnknown);
  s.failWith(new MagentoRejection({ method: 'GET', path: '/x' }, 404, 'nope', undefined, [], {}));
  await assert.rejects(s.cache.level('B'), MagentoRejection);
});

test('an offline sale lowers the cached reading', async () => {
  const s = setup();
  await s.cache.level('A');
  s.cache.take('A', 3);
  assert.deepEqual({ ...s.cache.cached('A'), readAt: 0 }, { qty: 6, sourceQty: 17, readAt: 0, ageMs: 0 });
});
