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

describe('totals', () => {
  test('tax follows tax/calculation/based_on: shipping (the pickup shop), billing, origin', async () => {
    const id = await guestCart(kit, [['MUG', 3]]);
    await g().post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo(CA));
    const tax = async () => (await g().get<P>(`/V1/guest-carts/${id}/totals`)).body['tax_amount'];
    assert.equal(await tax(), 2.97, 'shipping: the Austin shop, 8.25 % of 36');
    try {
      await setConfig({ 'tax/calculation/based_on': 'billing' });
      assert.equal(await tax(), 2.61, 'billing: California 7.25 % of 36');
      await setConfig({ 'tax/calculation/based_on': 'origin', 'shipping/origin/region_id': '57' });
      assert.equal(await tax(), 2.97, 'origin: the store in Texas');
    } finally {
      await setConfig({ 'tax/calculation/based_on': 'shipping', 'shipping/origin/region_id': '12' });
    }
  });

  test('totals-information computes without saving; collect-totals sets method and payment', async () => {
    const empty = await g().post(`/V1/guest-carts/${await guestCart(kit)}/totals-information`, {
      addressInformation: { address: CA },
    });
    assert.deepEqual(
      [empty.status, empty.body],
      [400, { message: 'Totals calculation is not applicable to empty cart' }],
    );
    const id = await guestCart(kit, [['MUG', 2]]);
    const t = await g().post<P>(`/V1/guest-carts/${id}/totals-information`, {
      addressInformation: {
        address: CA,
        shipping_carrier_code: 'flatrate',
        shipping_method_code: 'flatrate',
      },
    });
    assert.deepEqual(
      [t.body['shipping_amount'], t.body['tax_amount'], t.body['grand_total']],
      [10, 1.74, 35.74],
    );
    assert.equal(
      (await g().get<P>(`/V1/guest-carts/${id}/totals`)).body['shipping_amount'],
      0,
      'nothing was saved',
    );
    await g().post(`/V1/guest-carts/${id}/billing-address`, { address: CA, useForShipping: true });
    const collected = await g().put<P>(`/V1/guest-carts/${id}/collect-totals`, {
      paymentMethod: { method: 'checkmo' },
      shippingCarrierCode: 'flatrate',
      shippingMethodCode: 'flatrate',
    });
    assert.deepEqual([collected.status, collected.body['grand_total']], [200, 35.74]);
    assert.deepEqual((await g().get(`/V1/guest-carts/${id}/selected-payment-method`)).body, {
      method: 'checkmo',
    });
  });
});

describe('coupons', () => {
  test('a valid coupon discounts before tax and shows a discount segment; removal restores', async () => {
    const id = await guestCart(kit, [['MUG', 3]]);
    await g().post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    assert.deepEqual((await g().get(`/V1/guest-carts/${id}/coupons`)).body, []);
    const set = await g().put(`/V1/guest-carts/${id}/coupons/TENOFF`);
    assert.deepEqual([set.status, set.body], [200, true]);
    assert.equal((await g().get(`/V1/guest-carts/${id}/coupons`)).body, 'TENOFF');
    const t = (await g().get<P>(`/V1/guest-carts/${id}/totals`)).body;
    // 36.00 − 3.60 = 32.40; 8.25 % = 2.673 → 2.67
    assert.deepEqual(
      [
        t['discount_amount'],
        t['tax_amount'],
        t['grand_total'],
        t['coupon_code'],
        t['items'][0].discount_amount,
      ],
      [-3.6, 2.67, 35.07, 'TENOFF', 3.6],
    );
    assert.deepEqual(
      t['total_segments'].find((s: P) => s.code === 'discount'),
      { code: 'discount', title: 'Discount (TENOFF)', value: -3.6 },
    );
    assert.equal((await g().delete(`/V1/guest-carts/${id}/coupons`)).body, true);
    const after = (await g().get<P>(`/V1/guest-carts/${id}/totals`)).body;
    assert.deepEqual([after['discount_amount'], after['coupon_code']], [0, undefined]);
    assert.equal(
      after['total_segments'].some((s: P) => s.code === 'discount'),
      false,
    );
  });

  test('an unknown coupon and an empty cart are 404', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    const bad = await g().put(`/V1/guest-carts/${id}/coupons/NOPE`);
    assert.deepEqual(
      [bad.status, bad.body],
      [404, { message: "The coupon code isn't valid. Verify the code and try again." }],
    );
    const emptyCart = await guestCart(kit);
    const number = String((await g().get<P>(`/V1/guest-carts/${emptyCart}`)).body['id']);
    const empty = await g().put(`/V1/guest-carts/${emptyCart}/coupons/TENOFF`);
    assert.deepEqual(
      [empty.status, empty.body],
      [404, { message: 'The "%1" Cart doesn\'t contain products.', parameters: [number] }],
    );
  });
});

describe('payment', () => {
  test('methods listed for the cart; refusals when selecting one', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    assert.deepEqual((await g().get(`/V1/guest-carts/${id}/payment-methods`)).body, [
      { code: 'checkmo', title: 'Check / Money order' },
      { code: 'pos_cash', title: 'Cash (POS)' },
    ]);
    const select = (method: P) => g().put<P>(`/V1/guest-carts/${id}/selected-payment-method`, { method });
    const noAddress = await select({ method: 'pos_cash' });
    assert.deepEqual(
      [noAddress.status, noAddress.body],
      [400, { message: 'The shipping address is missing. Set the address and try again.' }],
    );
    await g().post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    for (const method of ['pos_card', 'bogus']) {
      const r = await select({ method });
      assert.deepEqual(
        [r.status, r.body],
        [400, { message: 'The requested Payment Method is not available.' }],
        method,
      );
    }
    const empty = await select({ method: null });
    assert.deepEqual(
      [empty.status, empty.body],
      [400, { message: 'The payment method you requested is not available.' }],
    );
    const ok = await select({ method: 'pos_cash', po_number: null });
    assert.deepEqual([ok.status, typeof ok.body], [200, 'string']);
    assert.deepEqual((await g().get(`/V1/guest-carts/${id}/selected-payment-method`)).body, {
      method: 'pos_cash',
    });
  });

  test('set-payment-information answers true; payment-information needs the guest email', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    await g().post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    const set = await g().post(`/V1/guest-carts/${id}/set-payment-information`, {
      email: 'pat@example.com',
      paymentMethod: { method: 'checkmo' },
    });
    assert.deepEqual([set.status, set.body], [200, true]);
    const details = (await g().get<P>(`/V1/guest-carts/${id}/payment-information`)).body;
    assert.deepEqual(Object.keys(details), ['payment_methods', 'totals']);
    const noEmail = await g().post(`/V1/guest-carts/${id}/payment-information`, {
      paymentMethod: { method: 'checkmo' },
    });
    assert.deepEqual(
      [noEmail.status, noEmail.body],
      [
        400,
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'email' } },
      ],
    );
  });
});
