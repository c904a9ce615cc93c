import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  guestCart,
  type Kit,
  type P,
  pickupInfo,
  reservationsOf,
  startShop,
  stateOf,
} from './quote-test-kit.ts';

let kit: Kit;
before(async () => {
  kit = await startShop();
});
after(() => kit.close());

describe('store views', () => {
  test('a cart created under /rest/fr lives on the fr store view, and so does its order', async () => {
    const id = await guestCart(kit, [['MUG', 1]], '/fr');
    const cart = (await kit.guest.get<P>(`/rest/fr/V1/guest-carts/${id}`)).body;
    assert.equal(cart['store_id'], 2);
    await kit.guest.post(`/rest/fr/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    const placed = await kit.guest.post<number>(`/rest/fr/V1/guest-carts/${id}/payment-information`, {
      email: 'pat@example.com',
      paymentMethod: { method: 'pos_cash' },
    });
    assert.equal(placed.status, 200);
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['store_id'], 2);
    assert.equal(order['store_name'], 'Main Website\nAustin Store\nFrench');
    assert.match(order['increment_id'], /^2\d{9}$/);
  });
});

describe('reservations', () => {
  test('with cataloginventory/options/can_subtract = 0 the order reserves nothing', async () => {
    await kit.admin.put('/__sim/config', { 'cataloginventory/options/can_subtract': '0' });
    try {
      const before = Object.keys((await stateOf(kit))['reservations'] ?? {}).length;
      const id = await guestCart(kit, [['MUG', 1]]);
      await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
      const placed = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, {
        email: 'pat@example.com',
        paymentMethod: { method: 'pos_cash' },
      });
      assert.equal(placed.status, 200);
      assert.equal(Object.keys((await stateOf(kit))['reservations'] ?? {}).length, before);
    } finally {
      await kit.admin.put('/__sim/config', { 'cataloginventory/options/can_subtract': '1' });
    }
  });

  test('a configurable line reserves its child SKU', async () => {
    const tee = (await kit.admin.get<P>('/V1/products/TEE')).body;
    const option = tee['extension_attributes']['configurable_product_options'][0];
    const sizeS = option.values[0].value_index;
    const id = await guestCart(kit);
    const add = await kit.guest.post<P>(`/V1/guest-carts/${id}/items`, {
      cartItem: {
        sku: 'TEE',
        qty: 2,
        product_option: {
          extension_attributes: {
            configurable_item_options: [{ option_id: option.attribute_id, option_value: sizeS }],
          },
        },
      },
    });
    assert.equal(add.status, 200);
    await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    const placed = await kit.guest.post<number>(`/V1/guest-carts/${id}/payment-information`, {
      email: 'pat@example.com',
      paymentMethod: { method: 'pos_cash' },
    });
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.deepEqual(
      order['items'].map((i: P) => [i.sku, i.product_type, i.qty_ordered, i.price, i.parent_item_id ?? null]),
      [
        ['TEE-S', 'configurable', 2, 20, null],
        ['TEE-S', 'simple', 2, 0, order['items'][0].item_id],
      ],
    );
    const mine = await reservationsOf(kit, order['increment_id']);
    assert.deepEqual(
      mine.map((r) => [r['sku'], r['quantity']]),
      [['TEE-S', -2]],
    );
  });
});
