import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { saveGiftCardAccount } from '../../modules/commerce/index.ts';
import {
  giftCard,
  type MoneyKit,
  type P,
  segments,
  startMoneyShop,
  stateOf,
  tillCart,
  totalsOf,
} from './commerce-test-kit.ts';

/**
 * Gift card accounts on carts (Commerce): the three route families, Magento's messages, the
 * `giftcardaccount` segment (smallest card first), the order's `gift_cards` attributes and a
 * single debit per placement. Cart "2 mugs + a tote": 42.50 + shipping 15.00 + tax 3.51 = 61.01.
 */
let kit: MoneyKit;
before(async () => {
  kit = await startMoneyShop({
    prepare: [
      (s) => {
        saveGiftCardAccount(s, { code: 'GC-OFF', balance: 30, website_id: 1, status: 0 });
        saveGiftCardAccount(s, { code: 'GC-OLD', balance: 30, website_id: 1, expires_at: '2000-01-01' });
        saveGiftCardAccount(s, { code: 'GC-ADMIN', balance: 30, website_id: 0 });
        saveGiftCardAccount(s, { code: 'GC-EMPTY', balance: 0, website_id: 1 });
      },
    ],
  });
});
after(() => kit.close());

const COULD_NOT_ADD = "The gift card code couldn't be added. Verify your information and try again.";
const add = (id: number, code: string) =>
  kit.admin.put(`/V1/carts/${id}/giftCards`, { giftCardAccountData: { gift_cards: [code] } });
const orderCount = async () => (await kit.admin.get<P>('/V1/orders?searchCriteria=')).body['total_count'];

describe('admin (till) cart', () => {
  test('one card pays 10.00: segment, grand total and the list', async () => {
    const id = await tillCart(kit, [
      ['MUG', 2],
      ['TOTE', 1],
    ]);
    assert.deepEqual(await add(id, 'GC-TEN').then((r) => [r.status, r.body]), [200, true]);
    const t = await totalsOf(kit, id);
    assert.deepEqual(segments(t), [
      ['subtotal', 42.5],
      ['shipping', 15],
      ['tax', 3.51],
      ['giftcardaccount', -10],
      ['grand_total', 51.01],
    ]);
    assert.equal(t['grand_total'], 51.01);
    const seg = t['total_segments'].find((x: P) => x.code === 'giftcardaccount');
    assert.equal(seg.title, 'Gift Cards');
    const cards = JSON.parse(seg.extension_attributes.gift_cards);
    assert.deepEqual(cards, [{ i: (await giftCard(kit, 'GC-TEN'))['id'], c: 'GC-TEN', a: 10, ba: 10 }]);
    assert.deepEqual((await kit.admin.get(`/V1/carts/${id}/giftCards`)).body, {
      gift_cards: ['GC-TEN'],
      gift_cards_amount: 10,
      base_gift_cards_amount: 10,
      gift_cards_amount_used: 10,
      base_gift_cards_amount_used: 10,
    });
  });

  test('three cards covering the cart pay smallest first; the order carries them; each is charged once', async () => {
    const id = await tillCart(kit, [
      ['MUG', 2],
      ['TOTE', 1],
    ]);
    for (const code of ['GC-FIFTY', 'GC-TEN', 'GC-FIVE']) assert.equal((await add(id, code)).status, 200);
    const t = await totalsOf(kit, id);
    assert.deepEqual(segments(t).slice(3), [
      ['giftcardaccount', -61.01],
      ['grand_total', 0],
    ]);
    const paying = JSON.parse(t['total_segments'][3].extension_attributes.gift_cards).map((c: P) => [
      c.c,
      c.ba,
    ]);
    assert.deepEqual(paying, [
      ['GC-FIVE', 5],
      ['GC-TEN', 10],
      ['GC-FIFTY', 46.01],
    ]);
    const list = (await kit.admin.get<P>(`/V1/carts/${id}/giftCards`)).body;
    assert.deepEqual([list['gift_cards_amount'], list['gift_cards_amount_used']], [65, 61.01]);
    const methods = (await kit.admin.get<P[]>(`/V1/carts/${id}/payment-methods`)).body.map((m) => m['code']);
    assert.ok(methods.includes('free'), 'a zero total offers `free`');
    assert.equal(
      (await kit.admin.put(`/V1/carts/${id}/selected-payment-method`, { method: { method: 'free' } })).status,
      200,
    );

    const placed = await kit.admin.put<number>(`/V1/pos/carts/${id}/order`, {});
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['grand_total'], 0);
    assert.equal(order['payment']['method'], 'free');
    const ids = Object.fromEntries(
      await Promise.all(
        ['GC-FIVE', 'GC-TEN', 'GC-FIFTY'].map(async (c) => [c, (await giftCard(kit, c))['id']]),
      ),
    );
    assert.deepEqual(order['extension_attributes']['gift_cards'], [
      { id: ids['GC-FIVE'], code: 'GC-FIVE', amount: 5, base_amount: 5 },
      { id: ids['GC-TEN'], code: 'GC-TEN', amount: 10, base_amount: 10 },
      { id: ids['GC-FIFTY'], code: 'GC-FIFTY', amount: 46.01, base_amount: 46.01 },
    ]);
    assert.equal(order['extension_attributes']['gift_cards_amount'], 61.01);
    assert.equal(order['extension_attributes']['base_gift_cards_amount'], 61.01);
    const after1 = await Promise.all(['GC-FIVE', 'GC-TEN', 'GC-FIFTY'].map((c) => giftCard(kit, c)));
    assert.deepEqual(
      after1.map((c) => [c['balance'], c['state']]),
      [
        [0, 1],
        [0, 1],
        [3.99, 0],
      ],
    );

    // A retried placement finds the cart converted: no second order, no second charge.
    const count = await orderCount();
    assert.equal((await kit.admin.put(`/V1/pos/carts/${id}/order`, {})).status, 404);
    assert.equal(await orderCount(), count);
    const after2 = await Promise.all(['GC-FIVE', 'GC-TEN', 'GC-FIFTY'].map((c) => giftCard(kit, c)));
    assert.deepEqual(after2, after1);
    const settled = Object.values((await stateOf(kit))['commerce_settlements'] ?? {});
    assert.equal(settled.filter((r) => r['order_id'] === placed.body).length, 1);
  });

  test('a spent card drops out of the carts it was applied to, and cannot be added again', async () => {
    const id = await tillCart(kit, [['MUG', 1]]);
    assert.deepEqual(await add(id, 'GC-TEN').then((r) => [r.status, r.body]), [
      400,
      { message: COULD_NOT_ADD },
    ]);
    assert.equal((await add(id, 'GC-FIFTY')).status, 200);
    const t = await totalsOf(kit, id);
    // 12.00 + 5.00 + 0.99 = 17.99; GC-FIFTY has 3.99 left after the previous sale.
    assert.deepEqual(segments(t).slice(3), [
      ['giftcardaccount', -3.99],
      ['grand_total', 14],
    ]);
  });

  test("Magento's refusals: no code, empty cart, unknown, unusable, twice; delete of a card not on the cart", async () => {
    const empty = (await kit.admin.post<number>('/V1/carts/')).body;
    const none = await kit.admin.put(`/V1/carts/${empty}/giftCards`, {
      giftCardAccountData: { gift_cards: [] },
    });
    assert.deepEqual(
      [none.status, none.body],
      [400, { message: 'Requiring a composite gift card account.' }],
    );
    const noItems = await add(empty, 'GC-FIFTY');
    assert.deepEqual(
      [noItems.status, noItems.body],
      [400, { message: 'The "%1" Cart doesn\'t contain products.', parameters: [empty] }],
    );
    const id = await tillCart(kit, [['MUG', 1]]);
    for (const code of ['NOPE', 'GC-OFF', 'GC-OLD', 'GC-ADMIN', 'GC-EMPTY']) {
      assert.deepEqual(await add(id, code).then((r) => [code, r.status, r.body]), [
        code,
        400,
        { message: COULD_NOT_ADD },
      ]);
    }
    assert.equal((await add(id, 'gc-fifty')).status, 200, 'codes compare case-insensitively');
    assert.deepEqual(await add(id, 'GC-FIFTY').then((r) => [r.status, r.body]), [
      400,
      { message: COULD_NOT_ADD },
    ]);
    const del = await kit.admin.delete(`/V1/carts/${id}/giftCards/GC-FIVE`);
    assert.deepEqual(
      [del.status, del.body],
      [400, { message: "The gift card couldn't be deleted from the quote." }],
    );
    assert.deepEqual(
      await kit.admin.delete(`/V1/carts/${id}/giftCards/GC-FIFTY`).then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.deepEqual(
      segments(await totalsOf(kit, id)).map(([c]) => c),
      ['subtotal', 'shipping', 'tax', 'grand_total'],
    );
    const gone = await kit.admin.put('/V1/carts/99999/giftCards', {
      giftCardAccountData: { gift_cards: ['GC-FIFTY'] },
    });
    assert.deepEqual(
      [gone.status, gone.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'cartId', fieldValue: 99999 },
        },
      ],
    );
  });
});
