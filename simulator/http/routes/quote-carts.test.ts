import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { searchQuery } from '../../../test/support/magento-client.ts';
import { customerClient, guestCart, type Kit, type P, startShop } from './quote-test-kit.ts';

let kit: Kit;
before(async () => {
  kit = await startShop();
});
after(() => kit.close());

describe('carts', () => {
  test('a guest cart is a 32-character masked id; a fresh one reads like Magento', async () => {
    const r = await kit.guest.post<string>('/V1/guest-carts');
    assert.equal(r.status, 200);
    assert.match(r.body, /^[0-9a-f]{32}$/);
    const cart = (await kit.guest.get<P>(`/V1/guest-carts/${r.body}`)).body;
    assert.deepEqual(Object.keys(cart), [
      'id',
      'created_at',
      'updated_at',
      'is_active',
      'is_virtual',
      'items',
      'items_count',
      'items_qty',
      'customer',
      'billing_address',
      'orig_order_id',
      'currency',
      'customer_is_guest',
      'customer_note_notify',
      'customer_tax_class_id',
      'store_id',
      'extension_attributes',
    ]);
    assert.deepEqual(cart['customer'], { email: null, firstname: null, lastname: null });
    assert.deepEqual(cart['billing_address'], {
      id: cart['billing_address'].id,
      region: null,
      region_id: null,
      region_code: null,
      country_id: null,
      street: [''],
      telephone: null,
      postcode: null,
      city: null,
      firstname: null,
      lastname: null,
      email: null,
      same_as_billing: 0,
      save_in_address_book: 0,
    });
    assert.deepEqual(
      [
        cart['is_active'],
        cart['items_count'],
        cart['customer_is_guest'],
        cart['store_id'],
        cart['customer_tax_class_id'],
      ],
      [true, 0, false, 1, 3],
    );
    assert.deepEqual(cart['extension_attributes'], { shipping_assignments: [] });
  });

  test('an unknown masked id is 404 with cartId null', async () => {
    const r = await kit.guest.get('/V1/guest-carts/0123456789abcdef0123456789abcdef');
    assert.deepEqual(
      [r.status, r.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'cartId', fieldValue: null },
        },
      ],
    );
  });

  test('admin carts: number ids, Magento_Cart::manage, int path values', async () => {
    const created = await kit.admin.post<number>('/V1/carts/');
    assert.equal(typeof created.body, 'number');
    assert.equal((await kit.admin.get<P>(`/V1/carts/${created.body}`)).body['id'], created.body);
    const anonymous = await kit.guest.get(`/V1/carts/${created.body}`);
    assert.deepEqual(
      [anonymous.status, anonymous.body],
      [
        401,
        {
          message: "The consumer isn't authorized to access %resources.",
          parameters: { resources: 'Magento_Cart::manage' },
        },
      ],
    );
    const missing = await kit.admin.get('/V1/carts/99999');
    assert.deepEqual(missing.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'cartId', fieldValue: 99999 },
    });
    const word = await kit.admin.get('/V1/carts/abc');
    assert.deepEqual(
      [word.status, word.body],
      [
        400,
        {
          message:
            'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.',
          parameters: { value: 'abc', type: 'int' },
        },
      ],
    );
  });

  test('mine: no active cart is 404 (customerId on GET, "Current customer..." elsewhere)', async () => {
    const ann = await customerClient(kit);
    const me = (await ann.get<P>('/V1/customers/me')).body;
    const get = await ann.get('/V1/carts/mine');
    assert.deepEqual(
      [get.status, get.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'customerId', fieldValue: me['id'] },
        },
      ],
    );
    const items = await ann.get('/V1/carts/mine/items');
    assert.deepEqual(
      [items.status, items.body],
      [404, { message: 'Current customer does not have an active cart.' }],
    );
    const id = (await ann.post<number>('/V1/carts/mine')).body;
    const cart = (await ann.get<P>('/V1/carts/mine')).body;
    assert.equal(cart['id'], id);
    assert.equal(cart['customer']['email'], 'ann@example.com');
    assert.equal(cart['customer_tax_class_id'], 3);
  });

  test('assigning a guest cart to a customer: store and anonymity checks, then the mask is gone', async () => {
    const ann = await customerClient(kit);
    const me = (await ann.get<P>('/V1/customers/me')).body;
    const id = await guestCart(kit, [['MUG', 1]]);
    const number = (await kit.guest.get<P>(`/V1/guest-carts/${id}`)).body['id'];
    const wrongStore = await kit.admin.put(`/V1/carts/${number}`, { customerId: me['id'], storeId: 99 });
    assert.deepEqual(
      [wrongStore.status, wrongStore.body],
      [
        400,
        { message: "The customer can't be assigned to the cart. The cart belongs to a different store." },
      ],
    );
    assert.equal(
      (await kit.admin.put(`/V1/carts/${number}`, { customer_id: me['id'], store_id: 1 })).body,
      true,
    );
    const again = await kit.admin.put(`/V1/carts/${number}`, { customerId: me['id'], storeId: 1 });
    assert.deepEqual(
      [again.status, again.body],
      [400, { message: "The customer can't be assigned to the cart because the cart isn't anonymous." }],
    );
    assert.equal((await kit.guest.get(`/V1/guest-carts/${id}`)).status, 404);
    assert.equal((await ann.get<P>('/V1/carts/mine')).body['id'], number);
    const q = searchQuery({
      filters: [[{ field: 'customer_id', value: me['id'] }], [{ field: 'is_active', value: 1 }]],
    });
    const found = (await kit.admin.get<P>(`/V1/carts/search?${q}`)).body;
    assert.deepEqual([found['total_count'], found['items'][0].id], [1, number]);
  });
});
