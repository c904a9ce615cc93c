import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bulkCustomers, expandBulk } from './bulk.ts';
import { scenario, startTarget, type Target } from './target.fixture.ts';

/**
 * The REST seeder's bulk data must be what the embedded simulator generates for the same seed: the
 * simulator seeds the section itself here, and its products, quantities and customers are read
 * back through REST and compared with expandBulk's.
 */
const BULK = scenario({
  name: 'bulk check',
  products: [{ sku: 'LISTED', name: 'Listed', price: 1, stock: { default: 3 } }],
  bulk: { seed: 7, products: 6, customers: 3, source_code: 'default' },
});
let t: Target;
before(async () => {
  t = await startTarget({ scenario: BULK });
});
after(() => t.close());

test('bulk products and their quantities match the simulator for the same seed', async () => {
  const mine = expandBulk(BULK).products.filter((p) => p.sku.startsWith('BULK-'));
  assert.equal(mine.length, 6);
  const theirs = await t.client.searchAll<{ sku: string; name: string; price: number; weight: number }>(
    '/V1/products',
    [['sku', 'BULK-%', 'like']],
  );
  assert.deepEqual(
    theirs.map((p) => [p.sku, p.name, Number(p.price), Number(p.weight)]).sort(),
    mine.map((p) => [p.sku, p.name, p.price, p.weight]).sort(),
  );
  const items = await t.client.searchAll<{ sku: string; quantity: number }>('/V1/inventory/source-items', [
    ['sku', 'BULK-%', 'like'],
  ]);
  assert.deepEqual(
    items.map((i) => [i.sku, Number(i.quantity)]).sort(),
    mine.map((p) => [p.sku, p.stock?.['default']]).sort(),
  );
});

test('bulk customers match the simulator for the same seed', async () => {
  const mine = bulkCustomers(7, 3);
  const theirs = await t.client.searchAll<{
    email: string;
    firstname: string;
    lastname: string;
    addresses: Array<{ postcode: string }>;
  }>('/V1/customers/search', [['email', '%@example.com', 'like']]);
  assert.deepEqual(
    theirs.map((c) => [c.email, c.firstname, c.lastname, c.addresses[0]?.postcode]).sort(),
    mine.map((c) => [c.email, c.firstname, c.lastname, c.addresses[0]?.postcode]).sort(),
  );
});

test('a scenario without bulk is left as it is; expanding drops the section', () => {
  const plain = scenario({ name: 'x' });
  assert.equal(expandBulk(plain), plain);
  const expanded = expandBulk(BULK);
  assert.equal(expanded.bulk, undefined);
  assert.equal(expanded.products[0]?.sku, 'LISTED');
  assert.equal(expanded.customers.length, 3);
});
