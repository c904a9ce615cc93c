import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADDRESS, guestCart, type Kit, type P, pickupInfo, startShop } from './quote-test-kit.ts';

let kit: Kit;
before(async () => {
  kit = await startShop();
});
after(() => kit.close());

const g = () => kit.guest;
const setConfig = (values: Record<string, string>) => kit.admin.put('/__sim/config', values);
const CA = { ...ADDRESS, city: 'Los Angeles', postcode: '90034', region_id: 12 };

describe('shipping methods', () => {
  test('estimates: flat rate per item or per order, free shipping, in-store pickup; none for virtual carts', async () => {
    const id = await guestCart(kit, [['MUG', 3]]);
    const estimate = async (cart = id) =>
      (await g().post<P[]>(`/V1/guest-carts/${cart}/estimate-shipping-methods`, { address: CA })).body;
    const first = await estimate();
    assert.deepEqual(first[0], {
      carrier_code: 'flatrate',
      method_code: 'flatrate',
      carrier_title: 'Flat Rate',
      method_title: 'Fixed',
      amount: 15,
      base_amount: 15,
      available: true,
      error_message: '',
      price_excl_tax: 15,
      price_incl_tax: 15,
    });
    assert.deepEqual(
      first.map((m) => [m.carrier_code, m.method_code, m.amount]),
      [
        ['flatrate', 'flatrate', 15],
        ['instore', 'pickup', 0],
      ],
    );
    await setConfig({ 'carriers/flatrate/type': 'O', 'carriers/freeshipping/active': '1' });
    try {
      assert.deepEqual(
        (await estimate()).map((m) => [m.carrier_code, m.amount]),
        [
          ['flatrate', 5],
          ['freeshipping', 0],
          ['instore', 0],
        ],
      );
    } finally {
      await setConfig({ 'carriers/flatrate/type': 'I', 'carriers/freeshipping/active': '0' });
    }
    assert.deepEqual(await estimate(await guestCart(kit, [['WRAP', 1]])), []);
    assert.deepEqual(await estimate(await guestCart(kit)), []);
  });

  test('GET shipping-methods needs a shipping address', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    const r = await g().get(`/V1/guest-carts/${id}/shipping-methods`);
    assert.deepEqual(
      [r.status, r.body],
      [400, { message: 'The shipping address is missing. Set the address and try again.' }],
    );
    await g().post(`/V1/guest-carts/${id}/billing-address`, { address: CA, useForShipping: true });
    const methods = (await g().get<P[]>(`/V1/guest-carts/${id}/shipping-methods`)).body;
    assert.deepEqual(
      methods.map((m) => m.carrier_code),
      ['flatrate', 'instore'],
    );
  });
});

describe('shipping-information', () => {
  const info = (over: P = {}) => ({
    addressInformation: {
      shipping_address: CA,
      billing_address: CA,
      shipping_carrier_code: 'flatrate',
      shipping_method_code: 'flatrate',
      ...over,
    },
  });
  const save = (id: string, body: P) => g().post<P>(`/V1/guest-carts/${id}/shipping-information`, body);

  test('refusals in Magento order', async () => {
    const empty = await save(await guestCart(kit), info());
    assert.deepEqual(
      [empty.status, empty.body],
      [
        400,
        { message: "The shipping method can't be set for an empty cart. Add an item to cart and try again." },
      ],
    );
    const id = await guestCart(kit, [['MUG', 1]]);
    const noCountry = await save(id, info({ shipping_address: { ...CA, country_id: null } }));
    assert.deepEqual(
      [noCountry.status, noCountry.body],
      [400, { message: 'The shipping address is missing. Set the address and try again.' }],
    );
    const badMethod = await save(id, info({ shipping_method_code: 'express' }));
    assert.deepEqual(
      [badMethod.status, badMethod.body],
      [404, { message: 'Carrier with such method not found: %1, %2', parameters: ['flatrate', 'express'] }],
    );
    const noMethod = await save(
      id,
      info({ shipping_carrier_code: undefined, shipping_method_code: undefined }),
    );
    assert.deepEqual(
      [noMethod.status, noMethod.body],
      [404, { message: 'The shipping method is missing. Select the shipping method and try again.' }],
    );
    const pickup = pickupInfo().addressInformation;
    const nowhere = await save(id, {
      addressInformation: {
        ...pickup,
        shipping_address: { ...CA, extension_attributes: { pickup_location_code: 'warehouse' } },
      },
    });
    assert.deepEqual(
      [nowhere.status, nowhere.body],
      [
        400,
        {
          message: 'The shipping information was unable to be saved. Error: "%message"',
          parameters: {
            message: 'Can not find Pickup Location with code warehouse for website Sales Channel "base".',
          },
        },
      ],
    );
    const virtual = await save(await guestCart(kit, [['WRAP', 1]]), info());
    assert.deepEqual(
      [virtual.status, virtual.body],
      [
        400,
        {
          message: 'The shipping information was unable to be saved. Error: "%message"',
          parameters: {
            message: 'The Cart includes virtual product(s) only, so a shipping address is not used.',
          },
        },
      ],
    );
  });

  test('the address is saved even when the method is then refused (Magento saves first)', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    assert.equal((await save(id, info({ shipping_method_code: 'express' }))).status, 404);
    const assignment = (await g().get<P>(`/V1/guest-carts/${id}`)).body['extension_attributes'][
      'shipping_assignments'
    ][0];
    assert.deepEqual(
      [assignment.shipping.address.city, assignment.shipping.method],
      ['Los Angeles', 'flatrate_express'],
    );
  });

  test('billing address: each assignment is a new address', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    const a = (await g().post<number>(`/V1/guest-carts/${id}/billing-address`, { address: CA })).body;
    const b = (await g().post<number>(`/V1/guest-carts/${id}/billing-address`, { address: ADDRESS })).body;
    assert.notEqual(a, b);
    const read = (await g().get<P>(`/V1/guest-carts/${id}/billing-address`)).body;
    assert.deepEqual(
      [read['id'], read['city'], read['region_id'], read['email']],
      [b, 'Austin', 57, 'pat@example.com'],
    );
  });
});
