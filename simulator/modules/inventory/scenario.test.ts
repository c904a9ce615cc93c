import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Scenario } from '../../../contracts/scenario.ts';
import type { Website } from '../store/types.ts';
import { getSource } from './msi/sources.ts';
import { getStock } from './msi/stocks.ts';
import { getSalableQty } from './sales/salable-qty.ts';
import { stockIdForWebsite } from './sales/stock-resolver.ts';
import { applyInventoryScenario } from './scenario.ts';
import { putProduct, testServices, tx } from './test-services.ts';
import { SOURCE_ITEMS, type SourceItem } from './types.ts';

const scenario = Scenario.parse({
  name: 'two shops sharing one stock',
  sources: [
    { source_code: 'shop_a', name: 'Shop A', country_id: 'US', postcode: '10001', pickup_location: true },
    { source_code: 'shop_b', name: 'Shop B', country_id: 'US', postcode: '10002' },
  ],
  stocks: [
    {
      name: 'Shops',
      sales_channels: ['shops'],
      sources: [
        { source_code: 'shop_a', priority: 1 },
        { source_code: 'shop_b', priority: 2 },
      ],
    },
  ],
  products: [
    { sku: 'TEE', name: 'Tee', price: 10, stock: { shop_a: 5, shop_b: 0 } },
    { sku: 'MUG', name: 'Mug', price: 5 },
    {
      sku: 'HOODIE',
      name: 'Hoodie',
      price: 40,
      type_id: 'configurable',
      configurable: {
        attribute_code: 'size',
        label: 'Size',
        children: [{ sku: 'HOODIE-S', value: 'S', stock: { shop_b: 2 } }],
      },
    },
  ],
});

test('a scenario seeds sources, stocks with websites and links, and source items', () => {
  const s = testServices();
  tx(s, () => {
    s.store.put<Website>('websites', '2', { id: 2, code: 'shops', name: 'Shops', default_group_id: 0 });
    s.store.put<Website>('websites', '3', { id: 3, code: 'outlet', name: 'Outlet', default_group_id: 0 });
  });
  for (const [sku, id] of [
    ['TEE', 1],
    ['MUG', 2],
    ['HOODIE-S', 3],
  ] as const)
    putProduct(s, sku, id);
  tx(s, () => applyInventoryScenario(s, scenario));
  assert.equal(getSource(s, 'shop_a').extension_attributes?.['is_pickup_location_active'], true);
  assert.equal(getSource(s, 'shop_b').extension_attributes?.['is_pickup_location_active'], false);
  assert.equal(stockIdForWebsite(s, 'shops'), 2);
  assert.equal(stockIdForWebsite(s, 'outlet'), 1, 'a new website joins the Default Stock');
  assert.deepEqual(getStock(s, 1).extension_attributes.sales_channels, [
    { type: 'website', code: 'base' },
    { type: 'website', code: 'outlet' },
  ]);
  assert.deepEqual(s.store.all<SourceItem>(SOURCE_ITEMS), [
    { sku: 'TEE', source_code: 'shop_a', quantity: 5, status: 1 },
    { sku: 'TEE', source_code: 'shop_b', quantity: 0, status: 0 },
    { sku: 'HOODIE-S', source_code: 'shop_b', quantity: 2, status: 1 },
  ]);
  assert.equal(getSalableQty(s, 'TEE', 2), 5);
  assert.equal(getSalableQty(s, 'HOODIE-S', 2), 2);
});

test('bulk products the catalog created get a seeded quantity at the bulk source', () => {
  const s = testServices();
  for (let i = 1; i <= 3; i++) putProduct(s, `BULK-${String(i).padStart(6, '0')}`, i);
  const bulk = Scenario.parse({ name: 'bulk', bulk: { products: 3, seed: 7 } });
  tx(s, () => applyInventoryScenario(s, bulk));
  const again = testServices();
  for (let i = 1; i <= 3; i++) putProduct(again, `BULK-${String(i).padStart(6, '0')}`, i);
  tx(again, () => applyInventoryScenario(again, bulk));
  const items = s.store.all<SourceItem>(SOURCE_ITEMS);
  assert.equal(items.length, 3);
  assert.ok(items.every((i) => i.source_code === 'default' && i.quantity >= 0 && i.quantity <= 100));
  assert.deepEqual(again.store.all(SOURCE_ITEMS), items, 'the same seed gives the same stock');
});
