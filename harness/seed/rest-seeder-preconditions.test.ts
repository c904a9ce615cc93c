import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import { MERCHANT_WEBSITES, scenarioFile, startTarget, stockOf, type Target } from './target.fixture.ts';
import { verifySeed } from './verify-seed.ts';

/**
 * The REST seeder on a Magento that lacks what a scenario needs and REST cannot create (a website,
 * a store view), or whose websites sell from the merchant's own stocks: the gap is reported as a
 * missing precondition with a reason a person can act on, a live website is never relinked, and
 * everything else is seeded.
 */
describe('a Magento that lacks what the scenario needs', () => {
  let t: Target;
  before(async () => {
    t = await startTarget();
  });
  after(() => t.close());

  test('a missing website or store view is a missing precondition with a clear reason; the rest is seeded', async () => {
    const ns = Namespace.of('pgt2aaaa');
    const shops = await seedThroughRest(t.client, scenarioFile('two-shops-and-web'), ns, {
      shareStocks: true,
    });
    const website = shops.missing.find((m) => m.what === 'website shops');
    assert.match(
      website?.why ?? '',
      /website "shops" does not exist on the target and REST cannot create websites/,
    );
    assert.equal(shops.stocks['Shops Stock'], undefined);
    assert.ok(
      shops.notes.some((n) => /customer "priya.shop@example.com" was not seeded: website "shops"/.test(n)),
    );
    assert.deepEqual(await quantities(t, 'PGT2AAAA-SNEAKER-RED'), {
      pgt2aaaa_warehouse: 50,
      pgt2aaaa_shop_a: 3,
      pgt2aaaa_shop_b: 0,
    });
    const views = await seedThroughRest(t.client, scenarioFile('two-store-views'), ns);
    assert.deepEqual(
      views.missing.map((m) => m.what),
      ['store view fr'],
    );
    assert.match(
      views.missing[0]?.why ?? '',
      /store view "fr" does not exist on the target and REST cannot create store views/,
    );
    assert.deepEqual(await verifySeed(t.client, scenarioFile('two-store-views'), ns, views), []);
  });

  test("a live website's stock is never relinked: reported with the way out, then met once the website sells from the run's stock", async () => {
    const ns = Namespace.of('pgt2bbbb');
    const sc = scenarioFile('single-shop');
    const report = await seedThroughRest(t.client, sc, ns, { skipBulk: true });
    const stock = report.created.find((x) => x.kind === 'stock');
    assert.equal(stock?.name, 'pgt2bbbb Austin Shop Stock');
    assert.deepEqual(
      report.missing.map((m) => m.what),
      ['stock Austin Shop Stock'],
    );
    assert.match(
      report.missing[0]?.why ?? '',
      /website "base" sells from stock "Default Stock" \(id 1\), and posgate never relinks/,
    );
    assert.match(report.missing[0]?.why ?? '', /--share-stocks/);
    assert.equal(await stockOf(t.client, 'base'), 1, 'website base still sells from the Default Stock');
    assert.equal(report.stocks['Austin Shop Stock'], undefined);
    // On a test store the merchant moves the website to the run's stock, as the reason says.
    await t.client.put(`/V1/inventory/stocks/${stock?.id}`, {
      stock: {
        stock_id: stock?.id,
        name: stock?.name,
        extension_attributes: { sales_channels: [{ type: 'website', code: 'base' }] },
      },
    });
    const again = await seedThroughRest(t.client, sc, ns, { skipBulk: true });
    assert.deepEqual([again.missing, again.created], [[], []]);
    assert.equal(again.stocks['Austin Shop Stock'], stock?.id);
    assert.deepEqual(await verifySeed(t.client, sc, ns, again), []);
    await t.client.put('/V1/inventory/stocks/1', {
      stock: {
        stock_id: 1,
        name: 'Default Stock',
        extension_attributes: { sales_channels: [{ type: 'website', code: 'base' }] },
      },
    });
  });

  test('two scenario stocks never share one merchant stock: their salable quantities would merge', async () => {
    const merchant = await startTarget({ scenario: MERCHANT_WEBSITES });
    try {
      const report = await seedThroughRest(
        merchant.client,
        scenarioFile('two-shops-and-web'),
        Namespace.of('pgt2cccc'),
        { shareStocks: true, skipBulk: true },
      );
      assert.deepEqual(report.missing.map((m) => m.what).sort(), ['stock Shops Stock', 'stock Web Stock']);
      assert.match(report.missing[0]?.why ?? '', /merge their salable quantities/);
      const defaultLinks = await merchant.client.searchAll<{ source_code: string }>(
        '/V1/inventory/stock-source-links',
        [['stock_id', 1]],
      );
      assert.deepEqual(
        defaultLinks.map((l) => l.source_code),
        ['default'],
        'the Default Stock was not touched',
      );
    } finally {
      await merchant.close();
    }
  });
});

async function quantities(t: Target, sku: string): Promise<Record<string, number>> {
  const items = await t.client.searchAll<{ source_code: string; quantity: number }>(
    '/V1/inventory/source-items',
    [['sku', sku]],
  );
  return Object.fromEntries(items.map((i) => [i.source_code, Number(i.quantity)]));
}
