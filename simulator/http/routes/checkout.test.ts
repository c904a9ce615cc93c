import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADDRESS,
  customerClient,
  guestCart,
  type Kit,
  ordersOfCart,
  type P,
  pickupInfo,
  reservationsOf,
  salableQty,
  startShop,
} from './quote-test-kit.ts';

let kit: Kit;
before(async () => {
  kit = await startShop();
});
after(() => kit.close());

const cartNumber = async (masked: string) => (await kit.guest.get<P>(`/V1/guest-carts/${masked}`)).body['id'];

describe('guest cash sale with in-store pickup', () => {
  test('cart → pickup at the shop → totals taxed at the shop → cash → one order, one reservation per SKU', async () => {
    const g = kit.guest;
    const mugBefore = await salableQty(kit, 'MUG');
    const id = await guestCart(kit, [
      ['MUG', 2],
      ['TOTE', 1],
      ['MUG', 1],
    ]);
    // The buyer lives in California; pickup replaces the shipping address with the shop's (Texas).
    const billing = { ...ADDRESS, city: 'Los Angeles', postcode: '90034', region_id: 12 };
    const info = await g.post<P>(`/V1/guest-carts/${id}/shipping-information`, pickupInfo(billing));
    assert.equal(info.status, 200);
    assert.deepEqual(info.body['payment_methods'], [
      { code: 'checkmo', title: 'Check / Money order' },
      { code: 'pos_cash', title: 'Cash (POS)' },
    ]);
    const t = info.body['totals'];
    // 3 × 12 + 18.5 = 54.50; Texas 8.25 % = 4.49625 → 4.50 (shipping based, the shop's address)
    assert.equal(t['subtotal'], 54.5);
    assert.equal(t['tax_amount'], 4.5);
    assert.equal(t['shipping_amount'], 0);
    assert.equal(t['grand_total'], 59);
    assert.equal(t['base_grand_total'], 59);
    assert.equal(t['items_qty'], 4);
    assert.deepEqual(
      t['total_segments'].map((s: P) => [s.code, s.value]),
      [
        ['subtotal', 54.5],
        ['shipping', 0],
        ['tax', 4.5],
        ['grand_total', 59],
      ],
    );
    const tax = t['total_segments'][2];
    assert.deepEqual(tax.extension_attributes.tax_grandtotal_details, [
      { amount: 4.5, rates: [{ percent: '8.25', title: 'US-TX' }], group_id: 1 },
    ]);
    assert.equal(
      t['total_segments'][1].title,
      'Shipping & Handling (In-Store Pickup Delivery - Pick in Store)',
    );

    const placed = await g.post(`/V1/guest-carts/${id}/payment-information`, {
      email: 'pat@example.com',
      paymentMethod: { method: 'pos_cash' },
    });
    assert.equal(placed.status, 200);
    assert.equal(typeof placed.body, 'number');
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['entity_id'], placed.body);
    assert.equal(order['state'], 'new');
    assert.equal(order['status'], 'pending');
    assert.equal(order['quote_id'], await cartNumber(id));
    assert.equal(order['store_id'], 1);
    assert.equal(order['store_name'], 'Main Website\nAustin Store\nDefault Store View');
    assert.equal(order['customer_id'], null);
    assert.equal(order['customer_is_guest'], 1);
    assert.equal(order['customer_group_id'], 0);
    assert.equal(order['customer_email'], 'pat@example.com');
    assert.equal(order['grand_total'], 59);
    assert.equal(order['tax_amount'], 4.5);
    assert.equal(order['payment']['method'], 'pos_cash');
    assert.deepEqual(order['payment']['additional_information'], ['Cash (POS)']);
    assert.equal(order['payment']['amount_ordered'], 59);
    assert.equal(order['extension_attributes']['pickup_location_code'], 'shop_a');
    const assignment = order['extension_attributes']['shipping_assignments'][0];
    assert.equal(assignment.shipping.method, 'instore_pickup');
    assert.equal(assignment.shipping.address.city, 'Austin');
    assert.deepEqual(assignment.shipping.address.street, ['500 Congress Ave']);
    assert.equal(assignment.shipping.address.firstname, 'Pat');
    assert.equal(assignment.stock_id, 2);
    assert.deepEqual(
      order['extension_attributes']['applied_taxes'].map((x: P) => [x.code, x.amount]),
      [['US-TX', 4.5]],
    );
    assert.deepEqual(
      order['items'].map((i: P) => [i.sku, i.qty_ordered, i.price, i.tax_amount, i.row_total_incl_tax]),
      [
        ['MUG', 3, 12, 2.97, 38.97],
        ['TOTE', 1, 18.5, 1.53, 20.03],
      ],
    );
    assert.equal(order['billing_address']['city'], 'Los Angeles');

    const reservations = await reservationsOf(kit, order['increment_id']);
    assert.deepEqual(
      reservations.map((r) => [r['sku'], r['quantity'], r['stock_id'], JSON.parse(r['metadata'])]),
      ['MUG', 'TOTE'].map((sku) => [
        sku,
        sku === 'MUG' ? -3 : -1,
        2,
        {
          event_type: 'order_placed',
          object_type: 'order',
          object_id: '',
          object_increment_id: order['increment_id'],
        },
      ]),
    );
    assert.equal(await salableQty(kit, 'MUG'), mugBefore - 3);

    const cart = (await g.get<P>(`/V1/guest-carts/${id}`)).body;
    assert.equal(cart['is_active'], false);
    assert.equal(cart['reserved_order_id'], order['increment_id']);
    assert.equal((await ordersOfCart(kit, order['quote_id'])).length, 1);
  });
});

describe('customer carts', () => {
  test('mine: the customer cart, flat rate to California, payment-information → order linked to the customer', async () => {
    const ann = await customerClient(kit);
    const cartId = (await ann.post<number>('/V1/carts/mine')).body;
    assert.equal(typeof cartId, 'number');
    assert.equal(
      (await ann.post<number>('/V1/carts/mine')).body,
      cartId,
      'the active cart is returned again',
    );
    assert.equal((await ann.post('/V1/carts/mine/items', { cartItem: { sku: 'MUG', qty: 2 } })).status, 200);
    const ca = {
      ...ADDRESS,
      firstname: 'Ann',
      lastname: 'Lee',
      city: 'Los Angeles',
      postcode: '90034',
      region_id: 12,
    };
    const info = await ann.post<P>('/V1/carts/mine/shipping-information', {
      addressInformation: {
        shipping_address: ca,
        billing_address: ca,
        shipping_carrier_code: 'flatrate',
        shipping_method_code: 'flatrate',
      },
    });
    assert.equal(info.status, 200);
    // 24.00 + flat rate 2 × 5.00; California 7.25 % on the goods: 1.74
    assert.deepEqual(
      [
        info.body['totals']['subtotal'],
        info.body['totals']['shipping_amount'],
        info.body['totals']['tax_amount'],
      ],
      [24, 10, 1.74],
    );
    const placed = await ann.post<number>('/V1/carts/mine/payment-information', {
      paymentMethod: { method: 'checkmo' },
    });
    assert.equal(placed.status, 200);
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['quote_id'], cartId);
    assert.equal(order['customer_is_guest'], 0);
    assert.equal(order['customer_email'], 'ann@example.com');
    assert.equal(order['customer_group_id'], 1);
    assert.equal(typeof order['customer_id'], 'number');
    assert.equal(order['grand_total'], 35.74);
    assert.equal(order['shipping_description'], 'Flat Rate - Fixed');
    assert.equal(
      order['extension_attributes']['shipping_assignments'][0].shipping.method,
      'flatrate_flatrate',
    );
    assert.deepEqual(order['payment']['additional_information'], ['Check / Money order']);
  });

  test('admin: POST /V1/customers/:id/carts returns the active cart; PUT /V1/carts/:id/order with a payment method', async () => {
    const ann = await customerClient(kit);
    const me = (await ann.get<P>('/V1/customers/me')).body;
    const cartId = (await kit.admin.post<number>(`/V1/customers/${me['id']}/carts`)).body;
    assert.equal((await ann.get<P>('/V1/carts/mine')).body['id'], cartId);
    assert.equal((await kit.admin.post<number>(`/V1/customers/${me['id']}/carts`)).body, cartId);
    const add = await kit.admin.post<P>(`/V1/carts/${cartId}/items`, {
      cartItem: { sku: 'WRAP', qty: 1, quote_id: String(cartId) },
    });
    assert.equal(add.status, 200);
    assert.equal(add.body['quote_id'], String(cartId));
    await kit.admin.post(`/V1/carts/${cartId}/billing-address`, { address: ADDRESS });
    const placed = await kit.admin.put<number>(`/V1/carts/${cartId}/order`, {
      paymentMethod: { method: 'checkmo' },
    });
    assert.equal(placed.status, 200);
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['customer_id'], me['id']);
    assert.equal(order['customer_is_guest'], 0);
    assert.equal(order['is_virtual'], 1);
    // Virtual: taxed on the billing address (Texas): 4.00 × 8.25 % = 0.33
    assert.equal(order['tax_amount'], 0.33);
    assert.equal(order['extension_attributes']['shipping_assignments'][0].shipping.address, undefined);
  });
});
