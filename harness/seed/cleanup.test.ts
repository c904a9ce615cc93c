import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CleanupReport, cleanup } from './cleanup.ts';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import type { SeedReport } from './seed-report.ts';
import { scenario, scenarioFile, startTarget, type Target } from './target.fixture.ts';
import { verifySeed } from './verify-seed.ts';

/**
 * Cleanup of one run on a store shared with the merchant and with another run: it must find the
 * run's records by its namespace alone, remove or disable them, leave what Magento refuses with the
 * reason, and touch nothing else.
 */
const A = Namespace.of('pgt7aaaa');
const B = Namespace.of('pgt7bbbb');
const DELI = scenario({
  name: 'deli counter',
  sources: [
    { source_code: 'deli', name: 'Deli', country_id: 'US', postcode: '78701', pickup_location: true },
  ],
  stocks: [{ name: 'Deli Stock', sales_channels: ['base'], sources: [{ source_code: 'deli', priority: 1 }] }],
  products: [{ sku: 'BAGEL', name: 'Bagel', price: 2, stock: { deli: 40 } }],
  cart_rules: [
    { name: 'Bagel coupon', coupon_code: 'BAGEL1', simple_action: 'by_fixed', discount_amount: 1 },
    { name: 'Morning', simple_action: 'by_percent', discount_amount: 10 },
  ],
});
let t: Target;
let reportB: SeedReport;
let first: CleanupReport;

before(async () => {
  t = await startTarget();
  await t.client.post(
    '/V1/products',
    { product: { sku: 'HOUSE-BLEND', name: 'House Blend', price: 14, attribute_set_id: 4 } },
    'all',
  );
  await t.client.post('/V1/customers', {
    customer: { email: 'regular@example.com', firstname: 'Reg', lastname: 'Ular' },
  });
  await seedThroughRest(t.client, scenarioFile('single-shop'), A, { skipBulk: true });
  await seedThroughRest(t.client, DELI, A, { shareStocks: true });
  reportB = await seedThroughRest(t.client, scenarioFile('single-shop'), B, {
    skipBulk: true,
    shareStocks: true,
  });
  first = await cleanup(t.client, A);
});
after(() => t.close());

test("the run's products and sources are disabled; customers, rules, rates, classes and its stock deleted", async () => {
  const c = t.client;
  const products = await c.searchAll<{ status: number }>('/V1/products', [['sku', 'PGT7AAAA-%', 'like']]);
  assert.equal(products.length, 13);
  assert.deepEqual([...new Set(products.map((p) => Number(p.status)))], [2]);
  const sources = await c.searchAll<{
    enabled: boolean;
    extension_attributes: { is_pickup_location_active: boolean };
  }>('/V1/inventory/sources', [['source_code', 'pgt7aaaa_%', 'like']]);
  assert.deepEqual(
    sources.map((s) => [s.enabled, s.extension_attributes.is_pickup_location_active]),
    [
      [false, false],
      [false, false],
    ],
  );
  for (const [path, field] of [
    ['/V1/customers/search', 'email'],
    ['/V1/taxRules/search', 'code'],
    ['/V1/taxRates/search', 'code'],
    ['/V1/taxClasses/search', 'class_name'],
    ['/V1/salesRules/search', 'name'],
  ] as const) {
    const pattern = field === 'email' ? '%+pgt7aaaa@%' : 'pgt7aaaa %';
    assert.deepEqual(await c.searchAll(path, [[field, pattern, 'like']]), [], path);
  }
  assert.deepEqual(await c.searchAll('/V1/coupons/search', [['code', 'PGT7AAAA-BAGEL1']]), []);
  const stocks = await c.searchAll<{ name: string }>('/V1/inventory/stocks');
  assert.deepEqual(
    stocks.map((s) => s.name).filter((n) => n.startsWith('pgt7aaaa')),
    [],
  );
  assert.ok(first.deleted.includes('stock pgt7aaaa Austin Shop Stock'));
  assert.ok(first.deleted.includes('cart rule pgt7aaaa Morning'));
});

test('what Magento refuses is left with its reason: a link of the Default Stock', () => {
  assert.deepEqual(first.left, [
    {
      what: 'link of source pgt7aaaa_deli to stock 1',
      why: 'Can not delete link related to Default Source or Default Stock (the source is disabled, so it adds nothing to the stock)',
    },
  ]);
});

test("the merchant's records and another run's are untouched", async () => {
  const c = t.client;
  assert.equal(Number((await c.get<{ status: number }>('/V1/products/HOUSE-BLEND')).status), 1);
  assert.equal((await c.searchAll('/V1/customers/search', [['email', 'regular@example.com']])).length, 1);
  const classes = await c.searchAll<{ class_name: string }>('/V1/taxClasses/search');
  assert.ok(classes.some((x) => x.class_name === 'Taxable Goods'));
  assert.ok(classes.some((x) => x.class_name === 'Retail Customer'));
  assert.deepEqual(await verifySeed(c, scenarioFile('single-shop'), B, reportB), []);
});

test('cleaning up again changes nothing; the identity namespace is refused', async () => {
  const again = await cleanup(t.client, A);
  assert.deepEqual([again.deleted, again.disabled], [[], []]);
  assert.deepEqual(again.left, first.left);
  await assert.rejects(cleanup(t.client, Namespace.identity()), /needs a run namespace/);
});

test('seeding the namespace again after cleanup brings it back', async () => {
  const sc = scenarioFile('single-shop');
  const report = await seedThroughRest(t.client, sc, A, { skipBulk: true, shareStocks: true });
  assert.ok(
    report.updated.some((x) => x.name === 'PGT7AAAA-MUG-001'),
    're-enabled',
  );
  assert.deepEqual(await verifySeed(t.client, sc, A, report), []);
});
