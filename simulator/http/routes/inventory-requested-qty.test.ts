import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { MagentoVersion } from '../../profile.ts';
import {
  type InventoryKit,
  inTx,
  putProducts,
  putSecondWebsite,
  SIMPLE_PRODUCTS,
  seedShopStock,
  startInventorySim,
} from './inventory-test-kit.ts';

describe('the requested-qty check over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim({}, (s) => {
      putProducts(s, SIMPLE_PRODUCTS);
      putSecondWebsite(s);
    });
  });
  after(() => kit.close());
  beforeEach(async () => {
    await kit.reset();
    await seedShopStock(kit);
  });

  const setConfig = (path: string, value: string) => inTx(kit, (s) => s.config.set(path, value));

  test('requested qty: enough, not enough, not in stock, not assigned', async () => {
    const ok = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/14');
    assert.deepEqual(ok.body, { salable: true, errors: [] });
    const short = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/15');
    assert.deepEqual(short.body, {
      salable: false,
      errors: [
        { code: 'back_order-disabled', message: 'Backorders are disabled' },
        { code: 'manage_stock-enabled', message: 'Manage stock is enabled' },
        { code: 'is_salable_with_reservations-not_enough_qty', message: 'Not enough items for sale' },
      ],
    });
    const out = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-2/2/1');
    assert.deepEqual(out.body, {
      salable: false,
      errors: [
        {
          code: 'is_any_source_item_in_stock-no_source_items_in_stock',
          message: 'There are no source items with the in stock status',
        },
      ],
    });
    const unassigned = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-3/2/1');
    assert.deepEqual(unassigned.body, {
      salable: false,
      errors: [
        {
          code: 'requested-sku-is-not-assigned-to-given-stock',
          message: 'The requested sku SKU-3 is not assigned to given stock.',
        },
      ],
    });
  });

  test('requested qty: sale quantity rules and backorders', async () => {
    const cfg = { set: setConfig };
    cfg.set('cataloginventory/item_options/min_sale_qty', '2');
    const few = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/1');
    assert.deepEqual(few.body, {
      salable: false,
      errors: [{ code: 'is_correct_qty-min_sale_qty', message: 'The fewest you may purchase is 2.' }],
    });
    cfg.set('cataloginventory/item_options/min_sale_qty', '1');
    cfg.set('cataloginventory/item_options/max_sale_qty', '3');
    const many = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/4');
    assert.deepEqual(many.body, {
      salable: false,
      errors: [
        {
          code: 'is_correct_qty-max_sale_qty',
          message: 'The requested qty exceeds the maximum qty allowed in shopping cart',
        },
      ],
    });
    cfg.set('cataloginventory/item_options/max_sale_qty', '10000');
    cfg.set('cataloginventory/item_options/enable_qty_increments', '1');
    cfg.set('cataloginventory/item_options/qty_increments', '3');
    const step = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/4');
    assert.deepEqual(step.body, {
      salable: false,
      errors: [
        {
          code: 'is_correct_qty-qty_increment',
          message: 'You can buy this product only in quantities of 3 at a time.',
        },
      ],
    });
    cfg.set('cataloginventory/item_options/enable_qty_increments', '0');
    const decimal = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/1.5');
    assert.deepEqual(decimal.body, {
      salable: false,
      errors: [
        {
          code: 'is_correct_qty-is_qty_decimal',
          message: 'You cannot use decimal quantity for this product.',
        },
      ],
    });
    cfg.set('cataloginventory/item_options/backorders', '1');
    const back = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/2/500');
    assert.deepEqual(back.body, { salable: true, errors: [] });
  });

  test('the list form checks each SKU with the place-order chain', async () => {
    const q =
      'skuRequests[0][sku]=SKU-1&skuRequests[0][qty]=2&skuRequests[1][sku]=SKU-2&skuRequests[1][qty]=1&stockId=2';
    const r = await kit.admin.get(`/V1/inventory/are-product-salable-for-requested-qty/?${q}`);
    assert.deepEqual(r.body, [
      { sku: 'SKU-1', stock_id: 2, salable: true, errors: [] },
      {
        sku: 'SKU-2',
        stock_id: 2,
        salable: false,
        errors: [
          { code: 'back_order-disabled', message: 'Backorders are disabled' },
          { code: 'manage_stock-enabled', message: 'Manage stock is enabled' },
          { code: 'is_salable_with_reservations-not_enough_qty', message: 'Not enough items for sale' },
        ],
      },
    ]);
  });
});

/** The requested-qty "not enough" text per release (magento-rest.md §3, §19 item 6). */
const cases: Array<[MagentoVersion, Record<string, string>, string]> = [
  ['2.4.6', {}, 'The requested qty is not available'],
  ['2.4.7', {}, 'The requested qty is not available'],
  ['2.4.7', { 'cataloginventory/options/not_available_message': '1' }, 'The requested qty is not available'],
  ['2.4.8', {}, 'Not enough items for sale'],
  ['2.4.8', { 'cataloginventory/options/not_available_message': '2' }, 'Not enough items for sale'],
  ['2.4.8', { 'cataloginventory/options/not_available_message': '1' }, 'Only 5 of 6 available'],
];

describe('the not-enough-quantity message by version', () => {
  for (const [version, config, message] of cases) {
    test(`${version} ${JSON.stringify(config)}: ${message}`, async () => {
      const kit = await startInventorySim({ version, config });
      try {
        await kit.admin.post('/V1/inventory/source-items', {
          sourceItems: [{ sku: 'SKU-1', source_code: 'default', quantity: 5, status: 1 }],
        });
        const r = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/SKU-1/1/6');
        assert.equal(r.status, 200);
        assert.deepEqual(r.body, {
          salable: false,
          errors: [
            { code: 'back_order-disabled', message: 'Backorders are disabled' },
            { code: 'manage_stock-enabled', message: 'Manage stock is enabled' },
            { code: 'is_salable_with_reservations-not_enough_qty', message },
          ],
        });
      } finally {
        await kit.close();
      }
    });
  }
});
