import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type InventoryKit, startInventorySim } from './inventory-test-kit.ts';

interface Item {
  item_id: number;
  product_id: number;
  qty: number;
  is_in_stock: boolean;
  min_qty: number;
  use_config_min_qty: boolean;
  low_stock_date: string | null;
  stock_status_changed_auto: number;
}

describe('legacy CatalogInventory API over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim();
  });
  after(() => kit.close());
  beforeEach(() => kit.reset());

  const item = async (sku: string) => (await kit.admin.get<Item>(`/V1/stockItems/${sku}`)).body;
  const sourceItems = async () =>
    (await kit.admin.get<{ items: unknown[] }>('/V1/inventory/source-items?searchCriteria=')).body.items;

  test('an unknown SKU is a 404 on every legacy route', async () => {
    const body = { message: 'The Product with the "%1" SKU doesn\'t exist.', parameters: ['NOPE'] };
    for (const r of [
      await kit.admin.get('/V1/stockItems/NOPE'),
      await kit.admin.get('/V1/stockStatuses/NOPE'),
      await kit.admin.put('/V1/products/NOPE/stockItems/1', { stockItem: { qty: 1 } }),
    ]) {
      assert.deepEqual([r.status, r.body], [404, body]);
    }
  });

  test('a product without source items reads qty 0, out of stock, config defaults', async () => {
    const r = await kit.admin.get('/V1/stockItems/SKU-1');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      item_id: 10,
      product_id: 10,
      stock_id: 1,
      qty: 0,
      is_in_stock: false,
      is_qty_decimal: false,
      show_default_notification_message: false,
      use_config_min_qty: true,
      min_qty: 0,
      use_config_min_sale_qty: 1,
      min_sale_qty: 1,
      use_config_max_sale_qty: true,
      max_sale_qty: 10000,
      use_config_backorders: true,
      backorders: 0,
      use_config_notify_stock_qty: true,
      notify_stock_qty: 1,
      use_config_qty_increments: true,
      qty_increments: 0,
      use_config_enable_qty_inc: true,
      enable_qty_increments: false,
      use_config_manage_stock: true,
      manage_stock: true,
      low_stock_date: null,
      is_decimal_divided: false,
      stock_status_changed_auto: 0,
    });
  });

  test('PUT answers the item id and mirrors qty and status onto the default source', async () => {
    const r = await kit.admin.put('/V1/products/SKU-1/stockItems/999', {
      stockItem: { qty: 25, is_in_stock: true },
    });
    assert.deepEqual([r.status, r.body], [200, 10]);
    assert.deepEqual(await sourceItems(), [
      { sku: 'SKU-1', source_code: 'default', quantity: 25, status: 1 },
    ]);
    const got = await item('SKU-1');
    assert.deepEqual([got.qty, got.is_in_stock, got.low_stock_date], [25, true, null]);
    const salable = await kit.admin.get('/V1/inventory/get-product-salable-quantity/SKU-1/1');
    assert.equal(salable.body, 25);
  });

  test('PUT of qty 0 forces the item out of stock and stamps low_stock_date', async () => {
    await kit.admin.put('/V1/products/SKU-1/stockItems/10', { stockItem: { qty: 3, is_in_stock: true } });
    kit.sim.runtime.clock.freeze(Date.UTC(2025, 0, 2, 3, 4, 5));
    try {
      await kit.admin.put('/V1/products/SKU-1/stockItems/10', { stockItem: { qty: 0, is_in_stock: true } });
      const got = await item('SKU-1');
      assert.deepEqual(
        [got.qty, got.is_in_stock, got.stock_status_changed_auto, got.low_stock_date],
        [0, false, 1, '2025-01-02 03:04:05'],
      );
      assert.deepEqual(await sourceItems(), [
        { sku: 'SKU-1', source_code: 'default', quantity: 0, status: 0 },
      ]);
    } finally {
      kit.sim.runtime.clock.unfreeze();
    }
  });

  test('PUT of qty 0 out of stock creates no default source item where there was none', async () => {
    await kit.admin.put('/V1/products/SKU-2/stockItems/11', { stockItem: { qty: 0, is_in_stock: false } });
    assert.deepEqual(await sourceItems(), []);
  });

  test('an MSI save on the default source shows through the legacy item', async () => {
    await kit.admin.post('/V1/inventory/source-items', {
      sourceItems: [{ sku: 'SKU-2', source_code: 'default', quantity: 7, status: 1 }],
    });
    const got = await item('SKU-2');
    assert.deepEqual([got.qty, got.is_in_stock], [7, true]);
    const status = await kit.admin.get<Record<string, unknown>>('/V1/stockStatuses/SKU-2');
    assert.deepEqual(
      [status.body['product_id'], status.body['stock_id'], status.body['qty'], status.body['stock_status']],
      [11, 1, 7, 1],
    );
  });

  test('an item min_qty applies once use_config_min_qty is false', async () => {
    await kit.admin.put('/V1/products/SKU-1/stockItems/10', {
      stockItem: { qty: 10, is_in_stock: true, min_qty: 3 },
    });
    assert.equal((await item('SKU-1')).min_qty, 0);
    await kit.admin.put('/V1/products/SKU-1/stockItems/10', { stockItem: { use_config_min_qty: false } });
    const got = await item('SKU-1');
    assert.deepEqual([got.min_qty, got.use_config_min_qty], [3, false]);
    assert.equal((await kit.admin.get('/V1/inventory/get-product-salable-quantity/SKU-1/1')).body, 7);
  });

  test('a configurable keeps qty 0 and its own in-stock flag', async () => {
    await kit.admin.put('/V1/products/CONF-1/stockItems/20', { stockItem: { qty: 5, is_in_stock: false } });
    const got = await item('CONF-1');
    assert.deepEqual([got.qty, got.is_in_stock], [0, false]);
    assert.deepEqual(await sourceItems(), []);
  });

  test('a body without stockItem is refused', async () => {
    const r = await kit.admin.put('/V1/products/SKU-1/stockItems/10', {});
    assert.deepEqual(
      [r.status, r.body],
      [
        400,
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'stockItem' } },
      ],
    );
  });

  test('lowStock lists quantity items at or under qty, paged', async () => {
    await kit.admin.post('/V1/inventory/source-items', {
      sourceItems: [
        { sku: 'SKU-1', source_code: 'default', quantity: 2, status: 1 },
        { sku: 'SKU-2', source_code: 'default', quantity: 50, status: 1 },
      ],
    });
    const r = await kit.admin.get<{ items: Item[]; total_count: number }>(
      '/V1/stockItems/lowStock/?scopeId=0&qty=10',
    );
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.items.map((i) => [i.product_id, i.qty]),
      [
        [10, 2],
        [12, 0],
      ],
    );
    assert.equal(r.body.total_count, 2);
    const paged = await kit.admin.get<{ items: Item[] }>(
      '/V1/stockItems/lowStock/?scopeId=0&qty=10&currentPage=2&pageSize=1',
    );
    assert.deepEqual(
      paged.body.items.map((i) => i.product_id),
      [12],
    );
    const missing = await kit.admin.get('/V1/stockItems/lowStock/?scopeId=0');
    assert.deepEqual(
      [missing.status, missing.body],
      [400, { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'qty' } }],
    );
  });
});
