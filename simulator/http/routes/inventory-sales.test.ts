import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { appendReservations, reservationMetadata } from '../../modules/inventory/sales/reservations.ts';
import { stockIdForWebsite } from '../../modules/inventory/sales/stock-resolver.ts';
import { resolvePrefix } from '../prefix.ts';
import {
  type InventoryKit,
  inTx,
  putProducts,
  putSecondWebsite,
  SIMPLE_PRODUCTS,
  seedShopStock,
  startInventorySim,
} from './inventory-test-kit.ts';

const meta = reservationMetadata({
  event_type: 'order_placed',
  object_type: 'order',
  object_id: '1',
  object_increment_id: '000000001',
});

describe('salable quantity and salability over REST', () => {
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
  const qty = async (sku: string, stock: number) =>
    (await kit.admin.get<number>(`/V1/inventory/get-product-salable-quantity/${sku}/${stock}`)).body;

  test('salable qty sums in-stock items of enabled linked sources', async () => {
    assert.equal(await qty('SKU-1', 1), 10);
    assert.equal(await qty('SKU-1', 2), 14);
    assert.equal(await qty('SKU-2', 2), 0);
  });

  test('reservations lower salable qty; a compensation puts it back', async () => {
    inTx(kit, (s) =>
      appendReservations(s, [
        { stock_id: 2, sku: 'SKU-1', quantity: -3, metadata: meta },
        { stock_id: 1, sku: 'SKU-1', quantity: -1.5, metadata: meta },
      ]),
    );
    assert.equal(await qty('SKU-1', 2), 11);
    assert.equal(await qty('SKU-1', 1), 8.5);
    inTx(kit, (s) => appendReservations(s, [{ stock_id: 2, sku: 'SKU-1', quantity: 3, metadata: meta }]));
    assert.equal(await qty('SKU-1', 2), 14);
  });

  test('min_qty (out-of-stock threshold) is subtracted, and at or under it the SKU is not salable', async () => {
    setConfig('cataloginventory/item_options/min_qty', '4');
    assert.equal(await qty('SKU-1', 2), 10);
    setConfig('cataloginventory/item_options/min_qty', '14');
    assert.equal(await qty('SKU-1', 2), 0);
    const r = await kit.admin.get('/V1/inventory/is-product-salable/SKU-1/2');
    assert.equal(r.body, false);
  });

  test('is-product-salable and are-products-salable', async () => {
    assert.equal((await kit.admin.get('/V1/inventory/is-product-salable/SKU-1/2')).body, true);
    assert.equal((await kit.admin.get('/V1/inventory/is-product-salable/SKU-2/2')).body, false);
    const r = await kit.admin.get(
      '/V1/inventory/are-products-salable?skus[0]=SKU-1&skus[1]=SKU-2&skus[2]=NOPE&stockId=2',
    );
    assert.deepEqual(r.body, [
      { sku: 'SKU-1', stock_id: 2, salable: true },
      { sku: 'SKU-2', stock_id: 2, salable: false },
      { sku: 'NOPE', stock_id: 2, salable: false },
    ]);
    const missing = await kit.admin.get('/V1/inventory/are-products-salable?skus[0]=SKU-1');
    assert.deepEqual(
      [missing.status, missing.body],
      [
        400,
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'stockId' } },
      ],
    );
  });

  test('unknown and composite products are refused by the salable-qty route', async () => {
    const unknown = await kit.admin.get('/V1/inventory/get-product-salable-quantity/NOPE/1');
    assert.deepEqual(
      [unknown.status, unknown.body],
      [404, { message: "The product that was requested doesn't exist. Verify the product and try again." }],
    );
    const conf = await kit.admin.get('/V1/inventory/get-product-salable-quantity/CONF-1/1');
    const composite = {
      message: "Can't check requested quantity for products without Source Items support.",
    };
    assert.deepEqual([conf.status, conf.body], [400, composite]);
    const check = await kit.admin.get('/V1/inventory/is-product-salable-for-requested-qty/CONF-1/1/1');
    assert.deepEqual([check.status, check.body], [400, composite]);
    const noStock = await kit.admin.get('/V1/inventory/get-product-salable-quantity/SKU-1/42');
    assert.deepEqual([noStock.status, noStock.body], [400, { message: 'Could not receive Stock Item data' }]);
  });

  test('the stock of a request follows the website of the URL store code', () => {
    const s = kit.sim.runtime.services;
    assert.equal(stockIdForWebsite(s, resolvePrefix(s, '/shop2/V1/carts/mine').scope.websiteCode), 2);
    assert.equal(stockIdForWebsite(s, resolvePrefix(s, '/default/V1/carts/mine').scope.websiteCode), 1);
    assert.equal(stockIdForWebsite(s, resolvePrefix(s, '/V1/carts/mine').scope.websiteCode), 1);
    assert.throws(() => stockIdForWebsite(s, 'nowhere'), { message: 'No linked stock found' });
  });
});
