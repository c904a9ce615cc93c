import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADDRESS,
  customerClient,
  guestCart,
  type Kit,
  type P,
  pickupInfo,
  reservationsOf,
  startShop,
} from './quote-test-kit.ts';

let kit: Kit;
let v247: Kit;
before(async () => {
  [kit, v247] = await Promise.all([startShop(), startShop({ version: '2.4.7' })]);
});
after(() => Promise.all([kit.close(), v247.close()]));

const cash = { email: 'pat@example.com', paymentMethod: { method: 'pos_cash' } };
const SERVER_ERROR =
  'A server error stopped your order from being placed. Please try to place your order again.';

async function readyGuestCart(lines: Array<[string, number]> = [['MUG', 1]]): Promise<string> {
  const id = await guestCart(kit, lines);
  await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
  return id;
}

describe('a converted cart answers a retry without a second order', () => {
  test('guest: PUT .../order and payment-information → 404 cartId (the number, as a string)', async () => {
    const id = await readyGuestCart();
    assert.equal((await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, cash)).status, 200);
    const number = String((await kit.guest.get<P>(`/V1/guest-carts/${id}`)).body['id']);
    const gone = {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'cartId', fieldValue: number },
    };
    const put = await kit.guest.put(`/V1/guest-carts/${id}/order`);
    assert.deepEqual([put.status, put.body], [404, gone]);
    const again = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, cash);
    assert.deepEqual([again.status, again.body], [404, gone]);
  });

  test('admin: PUT /V1/carts/:cartId/order → 404 cartId (the URL number)', async () => {
    const cartId = (await kit.admin.post<number>('/V1/carts/')).body;
    await kit.admin.post(`/V1/carts/${cartId}/items`, { cartItem: { sku: 'MUG', qty: 1, quote_id: cartId } });
    await kit.admin.post(`/V1/carts/${cartId}/shipping-information`, pickupInfo());
    const first = await kit.admin.put(`/V1/carts/${cartId}/order`, { paymentMethod: { method: 'pos_cash' } });
    assert.equal(first.status, 200);
    const retry = await kit.admin.put(`/V1/carts/${cartId}/order`, { paymentMethod: { method: 'pos_cash' } });
    assert.deepEqual(
      [retry.status, retry.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'cartId', fieldValue: cartId },
        },
      ],
    );
    const order = (await kit.admin.get<P>(`/V1/orders/${first.body}`)).body;
    assert.equal(order['customer_is_guest'], 1, 'an anonymous admin cart is placed as a guest');
    assert.equal(order['customer_email'], 'pat@example.com');
  });

  test('customer: the mine routes no longer find an active cart', async () => {
    const ann = await customerClient(kit);
    await ann.post('/V1/carts/mine');
    await ann.post('/V1/carts/mine/items', { cartItem: { sku: 'MUG', qty: 1 } });
    await ann.post('/V1/carts/mine/shipping-information', pickupInfo({ ...ADDRESS, firstname: 'Ann' }));
    assert.equal(
      (await ann.post('/V1/carts/mine/payment-information', { paymentMethod: { method: 'pos_cash' } }))
        .status,
      200,
    );
    const none = { message: 'Current customer does not have an active cart.' };
    const put = await ann.put('/V1/carts/mine/order');
    assert.deepEqual([put.status, put.body], [404, none]);
    const pay = await ann.post('/V1/carts/mine/payment-information', {
      paymentMethod: { method: 'pos_cash' },
    });
    assert.deepEqual([pay.status, pay.body], [404, none]);
  });
});

describe('placement refusals', () => {
  test('no shipping method, no payment method, incomplete billing address', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    await kit.guest.post(`/V1/guest-carts/${id}/billing-address`, { address: ADDRESS, useForShipping: true });
    const noMethod = await kit.guest.put(`/V1/guest-carts/${id}/order`);
    assert.deepEqual(
      [noMethod.status, noMethod.body],
      [400, { message: 'The shipping method is missing. Select the shipping method and try again.' }],
    );
    const { telephone: _t, ...noPhone } = ADDRESS;
    await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo(noPhone));
    const billing = await kit.guest.put(`/V1/guest-carts/${id}/order`);
    assert.deepEqual(
      [billing.status, billing.body],
      [
        400,
        {
          message: 'Please check the shipping address information. %1',
          parameters: ['"telephone" is required. Enter and try again.'],
        },
      ],
    );
    await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    const noPayment = await kit.guest.put(`/V1/guest-carts/${id}/order`);
    assert.deepEqual(
      [noPayment.status, noPayment.body],
      [400, { message: 'Enter a valid payment method and try again.' }],
    );
    const disabled = await kit.guest.put(`/V1/guest-carts/${id}/order`, {
      paymentMethod: { method: 'pos_card' },
    });
    assert.deepEqual(
      [disabled.status, disabled.body],
      [400, { message: 'The requested Payment Method is not available.' }],
    );
  });

  test('through payment-information a refusal loses its parameters (CouldNotSaveException)', async () => {
    const id = await guestCart(kit, [['MUG', 1]]);
    const { city: _c, ...noCity } = ADDRESS;
    await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, {
      addressInformation: { ...pickupInfo().addressInformation, billing_address: noCity },
    });
    const r = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, cash);
    assert.deepEqual(
      [r.status, r.body],
      [
        400,
        { message: 'Please check the billing address information. "city" is required. Enter and try again.' },
      ],
    );
  });

  test('an empty cart cannot be placed', async () => {
    const cartId = (await kit.admin.post<number>('/V1/carts/')).body;
    const r = await kit.admin.put(`/V1/carts/${cartId}/order`);
    assert.deepEqual([r.status, r.body], [400, { message: SERVER_ERROR }]);
  });

  test('stock sold elsewhere since the cart was filled: the stock message at placement (2.4.8)', async () => {
    const slow = await readyGuestCart([['TOTE', 2]]);
    const fast = await readyGuestCart([['TOTE', 1]]);
    assert.equal((await kit.guest.post(`/V1/guest-carts/${fast}/payment-information`, cash)).status, 200);
    const r = await kit.guest.put(`/V1/guest-carts/${slow}/order`, { paymentMethod: { method: 'pos_cash' } });
    assert.deepEqual([r.status, r.body], [400, { message: 'Not enough items for sale' }]);
  });
});

describe('more placement refusals', () => {
  test('a line whose stock went out: `Some of the products are out of stock.`', async () => {
    const id = await readyGuestCart([['TOTE', 1]]);
    await kit.admin.post('/V1/inventory/source-items', {
      sourceItems: [{ sku: 'TOTE', source_code: 'shop_a', quantity: 0, status: 0 }],
    });
    const r = await kit.guest.put(`/V1/guest-carts/${id}/order`, { paymentMethod: { method: 'pos_cash' } });
    assert.deepEqual([r.status, r.body], [400, { message: 'Some of the products are out of stock.' }]);
  });

  test('guest payment-information on an empty cart: `Some of the products are disabled.`', async () => {
    const id = await guestCart(kit);
    const r = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, cash);
    assert.deepEqual([r.status, r.body], [400, { message: 'Some of the products are disabled.' }]);
  });

  test('an increment id already taken in the store: the save fails and MSI compensates', async () => {
    const sequences = (await kit.admin.get<P>('/__sim/state')).body['sequences'];
    const next = String((sequences['sequence_order_1'] ?? 0) + 1).padStart(9, '0');
    const raw = await kit.admin.post('/V1/orders', {
      entity: { increment_id: next, store_id: 1, state: 'new', status: 'pending', customer_email: 'x@y.z' },
    });
    assert.equal(raw.status, 200);
    const id = await readyGuestCart([['MUG', 1]]);
    const r = await kit.guest.put(`/V1/guest-carts/${id}/order`, { paymentMethod: { method: 'pos_cash' } });
    assert.deepEqual([r.status, r.body], [400, { message: 'Unique constraint violation found' }]);
    const ledger = await reservationsOf(kit, next);
    assert.deepEqual(
      ledger.map((x) => [JSON.parse(x['metadata']).event_type, x['sku'], x['quantity']]),
      [
        ['order_placed', 'MUG', -1],
        ['order_place_failed', 'MUG', 1],
      ],
    );
  });

  test('2.4.7 words the stock refusal at placement its own way', async () => {
    const id = (await v247.guest.post<string>('/V1/guest-carts')).body;
    await v247.guest.post(`/V1/guest-carts/${id}/items`, { cartItem: { sku: 'TOTE', qty: 2 } });
    await v247.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    await v247.admin.post('/V1/inventory/source-items', {
      sourceItems: [{ sku: 'TOTE', source_code: 'shop_a', quantity: 1, status: 1 }],
    });
    const r = await v247.guest.post(`/V1/guest-carts/${id}/payment-information`, cash);
    assert.deepEqual([r.status, r.body], [400, { message: 'The requested qty is not available' }]);
  });
});
