import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import type { SeedReport } from './seed-report.ts';
import { scenarioFile, startTarget, type Target } from './target.fixture.ts';
import { verifySeed } from './verify-seed.ts';

/** verifySeed must see what an extension (or a person) changed after seeding. */
const ns = Namespace.of('pgt4eeee');
const sc = scenarioFile('single-shop');
let t: Target;
let report: SeedReport;

before(async () => {
  t = await startTarget();
  report = await seedThroughRest(t.client, sc, ns, { shareStocks: true, skipBulk: true });
});
after(() => t.close());

test('a freshly seeded store has no differences', async () => {
  assert.deepEqual(await verifySeed(t.client, sc, ns, report), []);
});

test('each change made after seeding is reported, and nothing else', async () => {
  const c = t.client;
  await c.put('/V1/products/PGT4EEEE-CAP-001', { product: { sku: 'PGT4EEEE-CAP-001', price: 19 } }, 'all');
  await c.post('/V1/inventory/source-items', {
    sourceItems: [{ sku: 'PGT4EEEE-TSHIRT-L', source_code: 'pgt4eeee_shop_main', quantity: 4, status: 1 }],
  });
  const sam = await c.searchAll<{ id: number }>('/V1/customers/search', [
    ['email', 'sam.lee+pgt4eeee@example.com'],
  ]);
  await c.call('DELETE', `/V1/customers/${sam[0]?.id}`);
  const rate = await c.searchAll<Record<string, unknown>>('/V1/taxRates/search', [
    ['code', 'pgt4eeee US-TX-*-Rate 1'],
  ]);
  await c.put('/V1/taxRates', { taxRate: { ...rate[0], rate: 9 } });
  assert.deepEqual((await verifySeed(t.client, sc, ns, report)).sort(), [
    'customer sam.lee+pgt4eeee@example.com does not exist on website base',
    'product PGT4EEEE-CAP-001: price is 19, expected 22',
    'source item PGT4EEEE-TSHIRT-L @ pgt4eeee_shop_main: quantity is 4, expected 5',
    'tax rate pgt4eeee US-TX-*-Rate 1: rate is 9, expected 8.25',
  ]);
});
