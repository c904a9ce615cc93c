import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expandBulk } from './bulk.ts';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import type { SeedReport } from './seed-report.ts';
import { MERCHANT_WEBSITES, scenarioFile, startTarget, stockOf, type Target } from './target.fixture.ts';
import { verifySeed } from './verify-seed.ts';

/**
 * The REST seeder against a Commerce simulator treated as an external Magento: REST only. The
 * target has the websites and store views the scenarios need (the merchant's admin work) and a
 * stock of its own for website `shops`; the run shares the merchant's stocks (`shareStocks`).
 */
const NAMES = ['single-shop', 'two-shops-and-web', 'two-store-views'] as const;

describe('every bundled scenario, seeded into a prepared Magento through REST', () => {
  const ns = Namespace.of('pgt1a2b3');
  let t: Target;
  let shopsStock: number;
  const first = new Map<string, SeedReport>();

  before(async () => {
    t = await startTarget({ scenario: MERCHANT_WEBSITES });
    const id = await t.client.post<number>('/V1/inventory/stocks', {
      stock: {
        name: 'Shops (merchant)',
        extension_attributes: { sales_channels: [{ type: 'website', code: 'shops' }] },
      },
    });
    shopsStock = Number(id);
    await t.client.post('/V1/inventory/sources', {
      source: {
        source_code: 'mall_backroom',
        name: 'Mall',
        country_id: 'US',
        postcode: '90401',
        enabled: true,
      },
    });
    await t.client.post('/V1/inventory/stock-source-links', {
      links: [{ stock_id: shopsStock, source_code: 'mall_backroom', priority: 1 }],
    });
    for (const name of NAMES)
      first.set(name, await seedThroughRest(t.client, scenarioFile(name), ns, { shareStocks: true }));
  });
  after(() => t.close());

  test('nothing is missing, and everything reads back with the scenario values under the namespace', async () => {
    for (const name of NAMES) {
      const report = first.get(name) as SeedReport;
      assert.deepEqual(report.missing, [], name);
      assert.deepEqual(await verifySeed(t.client, scenarioFile(name), ns, report, { bulk: true }), [], name);
    }
  });

  test('single-shop: configurable, custom option, taxed run class, pickup source, customers, bulk', async () => {
    const c = t.client;
    const tshirt = await c.get<{
      type_id: string;
      name: string;
      options: Array<{ title: string; price: number }>;
    }>('/V1/products/PGT1A2B3-TSHIRT');
    assert.equal(tshirt.type_id, 'configurable');
    assert.equal(
      tshirt.name,
      'Logo T-Shirt',
      'values are the scenario values; only identifiers are namespaced',
    );
    assert.deepEqual(
      tshirt.options.map((o) => [o.title, o.price]),
      [['Embroidery text', 5]],
    );
    const children = await c.get<Array<{ sku: string }>>(
      '/V1/configurable-products/PGT1A2B3-TSHIRT/children',
    );
    assert.deepEqual(children.map((x) => x.sku).sort(), [
      'PGT1A2B3-TSHIRT-L',
      'PGT1A2B3-TSHIRT-M',
      'PGT1A2B3-TSHIRT-S',
      'PGT1A2B3-TSHIRT-XL',
    ]);
    assert.deepEqual(await quantities(t, 'PGT1A2B3-TSHIRT-M'), { pgt1a2b3_shop_main: 12 });
    const bulk = expandBulk(scenarioFile('single-shop')).products.find((p) => p.sku === 'BULK-000200');
    assert.deepEqual(await quantities(t, 'PGT1A2B3-BULK-000200'), {
      pgt1a2b3_shop_main: bulk?.stock?.['shop_main'],
    });
    const rule = (
      await c.searchAll<{ product_tax_class_ids: number[]; tax_rate_ids: number[] }>('/V1/taxRules/search', [
        ['code', 'pgt1a2b3 Texas Retail'],
      ])
    )[0];
    assert.ok(rule, 'the tax rule is namespaced');
    const cls = await c.get<{ class_name: string }>(`/V1/taxClasses/${rule.product_tax_class_ids[0]}`);
    assert.equal(cls.class_name, 'pgt1a2b3 Taxable Goods', "the rule taxes the run's products only");
    const source = await c.get<{ extension_attributes: { is_pickup_location_active: boolean } }>(
      '/V1/inventory/sources/pgt1a2b3_shop_main',
    );
    assert.equal(source.extension_attributes.is_pickup_location_active, true);
    const jane = await c.searchAll<{ addresses: unknown[] }>('/V1/customers/search', [
      ['email', 'jane.doe+pgt1a2b3@example.com'],
    ]);
    assert.equal(jane[0]?.addresses.length, 1);
    assert.equal((await c.searchAll('/V1/products', [['sku', 'PGT1A2B3-BULK-%', 'like']])).length, 200);
  });

  test('two-shops-and-web: each scenario stock sells through its own merchant stock; quantities per source', async () => {
    const report = first.get('two-shops-and-web') as SeedReport;
    assert.deepEqual(report.stocks, { 'Web Stock': 1, 'Shops Stock': shopsStock });
    assert.equal(await stockOf(t.client, 'shops'), shopsStock, 'no website was relinked');
    assert.equal(await stockOf(t.client, 'base'), 1);
    const links = await t.client.searchAll<{ source_code: string; priority: number }>(
      '/V1/inventory/stock-source-links',
      [['stock_id', shopsStock]],
    );
    assert.deepEqual(
      links.map((l) => [l.source_code, l.priority]).sort(),
      [
        ['mall_backroom', 1],
        ['pgt1a2b3_shop_a', 2],
        ['pgt1a2b3_shop_b', 3],
      ],
      "the run's sources come after the merchant's own",
    );
    assert.deepEqual(await quantities(t, 'PGT1A2B3-SNEAKER-RED'), {
      pgt1a2b3_warehouse: 50,
      pgt1a2b3_shop_a: 3,
      pgt1a2b3_shop_b: 0,
    });
    const jacket = await t.client.get<{ extension_attributes: { website_ids: number[] } }>(
      '/V1/products/PGT1A2B3-JACKET-WEB',
    );
    assert.deepEqual(jacket.extension_attributes.website_ids, [1]);
    const priya = await t.client.searchAll<{ website_id: number }>('/V1/customers/search', [
      ['email', 'priya.shop+pgt1a2b3@example.com'],
    ]);
    assert.equal(priya[0]?.website_id, 2);
  });

  test('two-store-views: the Default Source is used as it is', async () => {
    assert.deepEqual(await quantities(t, 'PGT1A2B3-SCARF-001'), { default: 20 });
    assert.equal(
      first.get('two-store-views')?.created.some((x) => x.kind === 'source'),
      false,
    );
  });

  test('seeding again is idempotent: nothing created or updated, the same records', async () => {
    const count = async () =>
      (await t.client.searchAll('/V1/products', [['sku', 'PGT1A2B3-%', 'like']])).length;
    const before = await count();
    for (const name of NAMES) {
      const again = await seedThroughRest(t.client, scenarioFile(name), ns, { shareStocks: true });
      assert.deepEqual([again.created, again.updated, again.missing], [[], [], []], name);
      const was = first.get(name) as SeedReport;
      assert.equal(again.reused.length, was.created.length + was.reused.length, name);
      assert.deepEqual(again.stocks, was.stocks);
    }
    assert.equal(await count(), before);
    assert.deepEqual(
      await verifySeed(t.client, scenarioFile('single-shop'), ns, first.get('single-shop') as SeedReport),
      [],
    );
  });

  test('seeding again puts back a quantity a previous run changed', async () => {
    await t.client.post('/V1/inventory/source-items', {
      sourceItems: [{ sku: 'PGT1A2B3-MUG-001', source_code: 'pgt1a2b3_shop_main', quantity: 7, status: 1 }],
    });
    const again = await seedThroughRest(t.client, scenarioFile('single-shop'), ns, {
      shareStocks: true,
      skipBulk: true,
    });
    assert.deepEqual(
      again.updated.map((x) => x.name),
      ['PGT1A2B3-MUG-001 @ pgt1a2b3_shop_main'],
    );
    assert.deepEqual(await quantities(t, 'PGT1A2B3-MUG-001'), { pgt1a2b3_shop_main: 40 });
  });
});

async function quantities(t: Target, sku: string): Promise<Record<string, number>> {
  const items = await t.client.searchAll<{ source_code: string; quantity: number }>(
    '/V1/inventory/source-items',
    [['sku', sku]],
  );
  return Object.fromEntries(items.map((i) => [i.source_code, Number(i.quantity)]));
}
