import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { guestCart, type Kit, type P, startShop } from './quote-test-kit.ts';

let kit: Kit;
let v247: Kit;
before(async () => {
  [kit, v247] = await Promise.all([startShop(), startShop({ version: '2.4.7' })]);
});
after(() => Promise.all([kit.close(), v247.close()]));

const REQUIRED = '"%fieldName" is required. Enter and try again.';
const NOT_AVAILABLE = 'Product that you are trying to add is not available.';
const add = (id: string, cartItem: P, k = kit) =>
  k.guest.post<P>(`/V1/guest-carts/${id}/items`, { cartItem });

describe('items', () => {
  test('a simple line, merged by SKU; guest lists show the masked id', async () => {
    const id = await guestCart(kit);
    const first = await add(id, { sku: 'MUG', qty: 2, quote_id: 'ignored-on-guest-routes' });
    assert.equal(first.status, 200);
    const number = String((await kit.guest.get<P>(`/V1/guest-carts/${id}`)).body['id']);
    assert.deepEqual(first.body, {
      item_id: first.body['item_id'],
      sku: 'MUG',
      qty: 2,
      name: 'Coffee Mug',
      price: 12,
      product_type: 'simple',
      quote_id: number,
    });
    const second = await add(id, { sku: 'MUG', qty: 1, price: 1 });
    assert.deepEqual(
      [second.body['item_id'], second.body['qty'], second.body['price']],
      [first.body['item_id'], 3, 12],
    );
    const list = (await kit.guest.get<P[]>(`/V1/guest-carts/${id}/items`)).body;
    assert.deepEqual(
      list.map((i) => [i.sku, i.qty, i.quote_id]),
      [['MUG', 3, id]],
    );
    const half = await add(id, { sku: 'MUG', qty: 0.5 });
    assert.deepEqual(
      [half.status, half.body],
      [400, { message: 'You cannot use decimal quantity for this product.' }],
    );
  });

  test('qty validation, unknown and unavailable products', async () => {
    const id = await guestCart(kit);
    const invalid = (value: unknown) => ({
      message: 'Invalid value of "%value" provided for the %fieldName field.',
      parameters: { fieldName: 'qty', value },
    });
    assert.deepEqual((await add(id, { sku: 'MUG', qty: 0 })).body, invalid(0));
    assert.deepEqual((await add(id, { sku: 'MUG', qty: -1 })).body, invalid(-1));
    assert.deepEqual((await add(id, { sku: 'MUG' })).body, invalid(null));
    const word = await add(id, { sku: 'MUG', qty: 'two' });
    assert.deepEqual([word.status, word.body['parameters']], [400, { value: 'two', type: 'float' }]);
    const unknown = await add(id, { sku: 'NOPE', qty: 1 });
    assert.deepEqual(
      [unknown.status, unknown.body],
      [404, { message: "The product that was requested doesn't exist. Verify the product and try again." }],
    );
    for (const sku of ['OFF', 'POSTER']) {
      const r = await add(id, { sku, qty: 1 });
      assert.deepEqual([r.status, r.body], [400, { message: NOT_AVAILABLE }], sku);
    }
  });

  test('more than the salable quantity: the version message (2.4.8 vs 2.4.7)', async () => {
    const r248 = await add(await guestCart(kit), { sku: 'TOTE', qty: 3 });
    assert.deepEqual([r248.status, r248.body], [400, { message: 'Not enough items for sale' }]);
    const r247 = await add(await guestCart(v247), { sku: 'TOTE', qty: 3 }, v247);
    assert.deepEqual([r247.status, r247.body], [400, { message: 'The requested qty is not available' }]);
    const id = await guestCart(kit, [['TOTE', 2]]);
    const [line] = (await kit.guest.get<P[]>(`/V1/guest-carts/${id}/items`)).body;
    const more = await kit.guest.put<P>(`/V1/guest-carts/${id}/items/${line?.item_id}`, {
      cartItem: { qty: 3 },
    });
    assert.deepEqual([more.status, more.body], [400, { message: 'Not enough items for sale' }]);
  });

  test('a configurable with a custom option: the child SKU, both prices, the options echoed', async () => {
    const tee = (await kit.admin.get<P>('/V1/products/TEE')).body;
    const conf = tee['extension_attributes']['configurable_product_options'][0];
    const note = tee['options'][0];
    const id = await guestCart(kit);
    const sizes = (await kit.admin.get<P>(`/V1/products/attributes/size`)).body;
    const m = sizes['options'].find((o: P) => o.label === 'M').value;
    const r = await add(id, {
      sku: 'TEE',
      qty: 1,
      product_option: {
        extension_attributes: {
          configurable_item_options: [{ option_id: conf.attribute_id, option_value: Number(m) }],
          custom_options: [{ option_id: String(note.option_id), option_value: 'Happy birthday' }],
        },
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(
      [r.body['sku'], r.body['name'], r.body['price'], r.body['product_type']],
      ['TEE-M', 'Logo Tee', 23, 'configurable'],
    );
    assert.deepEqual(r.body['product_option'], {
      extension_attributes: {
        custom_options: [{ option_id: String(note.option_id), option_value: 'Happy birthday' }],
        configurable_item_options: [{ option_id: conf.attribute_id, option_value: Number(m) }],
      },
    });
    const totals = (await kit.guest.get<P>(`/V1/guest-carts/${id}/totals`)).body;
    assert.equal(
      totals['items'][0].options,
      '[{"value":"M","label":"Size"},{"value":"Happy birthday","label":"Gift note"}]',
    );
    const none = await add(id, { sku: 'TEE', qty: 1 });
    assert.deepEqual(
      [none.status, none.body],
      [400, { message: 'You need to choose options for your item.' }],
    );
  });

  test('a required custom option must be given', async () => {
    const id = await guestCart(kit);
    const pen = (await kit.admin.get<P>('/V1/products/PEN')).body;
    const missing = await add(id, { sku: 'PEN', qty: 1 });
    assert.deepEqual(
      [missing.status, missing.body],
      [
        400,
        {
          message:
            "The product's required option(s) weren't entered. Make sure the options are entered and try again.",
        },
      ],
    );
    const ok = await add(id, {
      sku: 'PEN',
      qty: 1,
      product_option: {
        extension_attributes: {
          custom_options: [{ option_id: pen['options'][0].option_id, option_value: 'AL' }],
        },
      },
    });
    assert.deepEqual([ok.status, ok.body['price']], [200, 12.5]);
  });

  test('admin items: quote_id comes from the body; unknown lines are 404', async () => {
    const cartId = (await kit.admin.post<number>('/V1/carts/')).body;
    const noQuote = await kit.admin.post(`/V1/carts/${cartId}/items`, { cartItem: { sku: 'MUG', qty: 1 } });
    assert.deepEqual(
      [noQuote.status, noQuote.body],
      [400, { message: REQUIRED, parameters: { fieldName: 'quoteId' } }],
    );
    const noItem = await kit.admin.post(`/V1/carts/${cartId}/items`, {});
    assert.deepEqual(noItem.body, { message: REQUIRED, parameters: { fieldName: 'cartItem' } });
    const line = (
      await kit.admin.post<P>(`/V1/carts/${cartId}/items`, {
        cartItem: { sku: 'MUG', qty: 1, quote_id: cartId },
      })
    ).body;
    const put = await kit.admin.put<P>(`/V1/carts/${cartId}/items/${line['item_id']}`, {
      cartItem: { qty: 4, quote_id: cartId },
    });
    assert.deepEqual([put.status, put.body['qty']], [200, 4]);
    const other = await kit.admin.put(`/V1/carts/${cartId}/items/999`, {
      cartItem: { qty: 1, quote_id: cartId },
    });
    assert.deepEqual(
      [other.status, other.body],
      [404, { message: "The %1 Cart doesn't contain the %2 item.", parameters: [String(cartId), 999] }],
    );
    const del = await kit.admin.delete(`/V1/carts/${cartId}/items/999`);
    assert.deepEqual(
      [del.status, del.body],
      [404, { message: "The %1 Cart doesn't contain the %2 item.", parameters: [cartId, 999] }],
    );
    assert.equal((await kit.admin.delete(`/V1/carts/${cartId}/items/${line['item_id']}`)).body, true);
    assert.deepEqual((await kit.admin.get(`/V1/carts/${cartId}/items`)).body, []);
  });
});
