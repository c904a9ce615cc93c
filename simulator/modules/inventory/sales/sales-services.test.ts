import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MagentoVersion } from '../../../profile.ts';
import { saveLinks, sourcesForStock } from '../msi/links.ts';
import { saveSourceItems } from '../msi/source-items.ts';
import { saveSource } from '../msi/sources.ts';
import { saveStock } from '../msi/stocks.ts';
import { putProduct, testServices, tx } from '../test-services.ts';
import { RESERVATIONS, SOURCE_ITEMS, type SourceItem, sourceItemKey } from '../types.ts';
import { isSalableForRequestedQty } from './requested-qty.ts';
import { appendReservations, reservationMetadata, reservationsFor, reservationsQty } from './reservations.ts';
import { getSalableQty } from './salable-qty.ts';
import { deductSource, defaultSourceForShipment, returnToSource } from './source-deduction.ts';
import { stockIdForWebsite } from './stock-resolver.ts';

const metadata = reservationMetadata({
  event_type: 'order_placed',
  object_type: 'order',
  object_id: '7',
  object_increment_id: '000000007',
});

test('reservations get increasing ids, keep Magento metadata, and sum per SKU and stock', () => {
  const s = testServices();
  const written = tx(s, () =>
    appendReservations(s, [
      { stock_id: 1, sku: 'A', quantity: -2, metadata },
      { stock_id: 1, sku: 'A', quantity: -0.1, metadata },
      { stock_id: 2, sku: 'A', quantity: -5, metadata },
    ]),
  );
  assert.deepEqual(
    written.map((r) => r.reservation_id),
    [1, 2, 3],
  );
  assert.equal(
    written[0]?.metadata,
    '{"event_type":"order_placed","object_type":"order","object_id":"7","object_increment_id":"000000007"}',
  );
  tx(s, () => appendReservations(s, [{ stock_id: 1, sku: 'A', quantity: -0.2, metadata }]));
  assert.equal(reservationsQty(s, 'A', 1), -2.3);
  assert.equal(reservationsQty(s, 'A', 2), -5);
  assert.equal(reservationsFor(s, 'order', '7').length, 4);
});

test('nothing is reserved when can_subtract is off, nor for items that do not manage stock', () => {
  const s = testServices();
  putProduct(s, 'A', 1);
  tx(s, () => s.config.set('cataloginventory/options/can_subtract', '0'));
  assert.deepEqual(
    tx(s, () => appendReservations(s, [{ stock_id: 1, sku: 'A', quantity: -1, metadata }])),
    [],
  );
  tx(s, () => {
    s.config.set('cataloginventory/options/can_subtract', '1');
    s.store.put('legacy_stock_items', 'A', { use_config_manage_stock: false, manage_stock: false });
  });
  const written = tx(s, () =>
    appendReservations(s, [
      { stock_id: 1, sku: 'A', quantity: -1, metadata },
      { stock_id: 1, sku: 'B', quantity: -1, metadata },
    ]),
  );
  assert.deepEqual(
    written.map((r) => r.sku),
    ['B'],
  );
  assert.equal(s.store.count(RESERVATIONS), 1);
});

function withFive(version: MagentoVersion) {
  const s = testServices(version);
  putProduct(s, 'A', 1);
  tx(s, () => saveSourceItems(s, [{ sku: 'A', source_code: 'default', quantity: 5, status: 1 }]));
  return s;
}

test('the service answers Magento result objects and counts reservations', () => {
  const s = withFive('2.4.8');
  const stockId = stockIdForWebsite(s, 'base');
  assert.deepEqual(isSalableForRequestedQty(s, 'A', stockId, 5), { salable: true, errors: [] });
  tx(s, () => appendReservations(s, [{ stock_id: 1, sku: 'A', quantity: -1, metadata }]));
  assert.deepEqual(isSalableForRequestedQty(s, 'A', stockId, 5, 'place-order').errors.at(-1), {
    code: 'is_salable_with_reservations-not_enough_qty',
    message: 'Not enough items for sale',
  });
});

test('the not-enough message follows the release and not_available_message', () => {
  const last = (version: MagentoVersion, setting?: string) => {
    const s = withFive(version);
    if (setting) tx(s, () => s.config.set('cataloginventory/options/not_available_message', setting));
    return isSalableForRequestedQty(s, 'A', 1, 7).errors.at(-1)?.message;
  };
  assert.equal(last('2.4.6'), 'The requested qty is not available');
  assert.equal(last('2.4.7', '1'), 'The requested qty is not available');
  assert.equal(last('2.4.8'), 'Not enough items for sale');
  assert.equal(last('2.4.8', '1'), 'Only 5 of 7 available');
});

test('an unknown SKU is a 404 naming the SKU (documented deviation from a PHP-warning 500)', () => {
  const s = withFive('2.4.8');
  assert.throws(
    () => isSalableForRequestedQty(s, 'NOPE', 1, 1),
    (e: unknown) =>
      e instanceof Error && (e as { status?: number }).status === 404 && e.message.includes('"NOPE"'),
  );
});

function shopSetup() {
  const s = testServices();
  putProduct(s, 'A', 1);
  tx(s, () => {
    for (const code of ['shop', 'back'])
      saveSource(s, { source_code: code, name: code, postcode: '1', country_id: 'US' });
    saveStock(s, { name: 'Shops' });
    saveLinks(s, [
      { stock_id: 2, source_code: 'back', priority: 2 },
      { stock_id: 2, source_code: 'shop', priority: 1 },
    ]);
    saveSourceItems(s, [{ sku: 'A', source_code: 'shop', quantity: 3, status: 1 }]);
  });
  return s;
}
const item = (s: ReturnType<typeof testServices>, code: string) =>
  s.store.get<SourceItem>(SOURCE_ITEMS, sourceItemKey('A', code));

test('deduction lowers the source item and marks it out of stock at min_qty', () => {
  const s = shopSetup();
  tx(s, () => deductSource(s, 'shop', 'A', 1));
  assert.deepEqual(item(s, 'shop'), { sku: 'A', source_code: 'shop', quantity: 2, status: 1 });
  tx(s, () => deductSource(s, 'shop', 'A', 2));
  assert.deepEqual(item(s, 'shop'), { sku: 'A', source_code: 'shop', quantity: 0, status: 0 });
  assert.equal(getSalableQty(s, 'A', 2), 0);
});

test('a shortfall or a missing source item is refused and writes nothing', () => {
  const s = shopSetup();
  const message = 'Not all of your products are available in the requested quantity.';
  assert.throws(() => tx(s, () => deductSource(s, 'shop', 'A', 4)), { message });
  assert.throws(() => tx(s, () => deductSource(s, 'back', 'A', 1)), { message });
  assert.equal(item(s, 'shop')?.quantity, 3);
});

test('items that do not manage stock are not deducted', () => {
  const s = shopSetup();
  tx(s, () =>
    s.store.put('legacy_stock_items', 'A', { use_config_manage_stock: false, manage_stock: false }),
  );
  tx(s, () => deductSource(s, 'shop', 'A', 10));
  assert.equal(item(s, 'shop')?.quantity, 3);
});

test('returns go back to the source and bring it back in stock', () => {
  const s = shopSetup();
  tx(s, () => deductSource(s, 'shop', 'A', 3));
  tx(s, () => returnToSource(s, 'shop', 'A', 2));
  assert.deepEqual(item(s, 'shop'), { sku: 'A', source_code: 'shop', quantity: 2, status: 1 });
  tx(s, () => returnToSource(s, 'back', 'A', 1));
  assert.deepEqual(item(s, 'back'), { sku: 'A', source_code: 'back', quantity: 1, status: 1 });
  assert.equal(getSalableQty(s, 'A', 2), 3);
});

test('shipments default to the only source of a stock, else to `default`', () => {
  const s = shopSetup();
  assert.deepEqual(
    sourcesForStock(s, 2).map((x) => x.source_code),
    ['shop', 'back'],
  );
  assert.equal(defaultSourceForShipment(s, 2), 'default');
  assert.equal(defaultSourceForShipment(s, 1), 'default');
  tx(s, () => {
    saveStock(s, { name: 'One' });
    saveLinks(s, [{ stock_id: 3, source_code: 'shop', priority: 1 }]);
  });
  assert.equal(defaultSourceForShipment(s, 3), 'shop');
});
