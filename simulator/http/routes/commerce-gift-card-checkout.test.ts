import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { saveGiftCardAccount } from '../../modules/commerce/index.ts';
import {
  AUSTIN,
  balances,
  customerClient,
  giftCard,
  type MoneyKit,
  type P,
  startMoneyShop,
  stateOf,
  tillCart,
} from './commerce-test-kit.ts';

/**
 * Gift cards through the customer and guest route families and Magento's own checkout (guest
 * payment-information, admin `PUT .../order`): the Commerce placement hook records the cards on
 * the order and charges them once. Guest cart "a tote" = 18.50 + 5.00 + 1.53 = 25.03.
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

const settlementsOf = async (orderId: number) =>
  Object.values((await stateOf(kit))['commerce_settlements'] ?? {}).filter((r) => r['order_id'] === orderId);

describe('guest and customer families', () => {
  test('guest: POST /V1/carts/guest-carts/:maskedId/giftCards, checkGiftCard, DELETE', async () => {
    const g = kit.guest;
    const masked = (await g.post<string>('/V1/guest-carts')).body;
    await g.post(`/V1/guest-carts/${masked}/items`, { cartItem: { sku: 'TOTE', qty: 1, quote_id: masked } });
    const base = `/V1/carts/guest-carts/${masked}`;
    assert.deepEqual(
      await g
        .post(`${base}/giftCards`, { giftCardAccountData: { gift_cards: ['GC-FIFTY'] } })
        .then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.deepEqual(
      await g.get(`${base}/checkGiftCard/GC-FIFTY`).then((r) => [r.status, r.body]),
      [200, 50],
    );
    assert.deepEqual(await g.delete(`${base}/giftCards/GC-FIFTY`).then((r) => [r.status, r.body]), [
      200,
      true,
    ]);
    assert.equal(
      (await g.get(`/V1/guest-carts/${masked}/giftCards`)).status,
      404,
      "not Magento's guest path",
    );
  });

  test('checkGiftCard: the balance, 404 "No such entity." for an unknown code, 404 for an unusable one', async () => {
    const ann = await customerClient(kit, 'ann@example.com');
    await tillCart(kit, [['MUG', 1]], 'ann@example.com');
    assert.deepEqual(
      await ann.get('/V1/carts/mine/checkGiftCard/GC-FIFTY').then((r) => [r.status, r.body]),
      [200, 50],
    );
    assert.deepEqual(
      await ann.get('/V1/carts/mine/checkGiftCard/GC-EMPTY').then((r) => [r.status, r.body]),
      [200, 0],
    );
    assert.deepEqual(await ann.get('/V1/carts/mine/checkGiftCard/NOPE').then((r) => [r.status, r.body]), [
      404,
      { message: 'No such entity.' },
    ]);
    const incorrect = { message: 'The gift card code is either incorrect or expired. Verify and try again.' };
    for (const code of ['GC-OFF', 'GC-OLD', 'GC-ADMIN']) {
      assert.deepEqual(
        await ann.get(`/V1/carts/mine/checkGiftCard/${code}`).then((r) => [r.status, r.body]),
        [404, incorrect],
      );
    }
  });

  test('mine: POST /V1/carts/mine/giftCards and DELETE /V1/carts/mine/giftCards/:code on the active cart', async () => {
    const ann = await customerClient(kit, 'cara@example.com');
    const id = await tillCart(kit, [['MUG', 1]], 'cara@example.com');
    assert.deepEqual(
      await ann
        .post('/V1/carts/mine/giftCards', { giftCardAccountData: { gift_cards: ['GC-FIFTY'] } })
        .then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.deepEqual((await kit.admin.get<P>(`/V1/carts/${id}/giftCards`)).body['gift_cards'], ['GC-FIFTY']);
    assert.deepEqual(await ann.delete('/V1/carts/mine/giftCards/GC-FIFTY').then((r) => [r.status, r.body]), [
      200,
      true,
    ]);
    assert.deepEqual((await kit.admin.get<P>(`/V1/carts/${id}/giftCards`)).body['gift_cards'], []);
    const anon = new MagentoTestClient(kit.sim.url);
    assert.equal(
      (await anon.post('/V1/carts/mine/giftCards', { giftCardAccountData: { gift_cards: ['X'] } })).status,
      401,
    );
  });
});

describe("Magento's checkout", () => {
  test('guest payment-information: the card pays 10.00, the order carries it, it is charged once', async () => {
    const g = kit.guest;
    const masked = (await g.post<string>('/V1/guest-carts')).body;
    await g.post(`/V1/guest-carts/${masked}/items`, { cartItem: { sku: 'TOTE', qty: 1, quote_id: masked } });
    await g.post(`/V1/guest-carts/${masked}/shipping-information`, {
      addressInformation: {
        shipping_address: AUSTIN,
        billing_address: AUSTIN,
        shipping_carrier_code: 'flatrate',
        shipping_method_code: 'flatrate',
      },
    });
    await g.post(`/V1/carts/guest-carts/${masked}/giftCards`, {
      giftCardAccountData: { gift_cards: ['GC-TEN'] },
    });
    const pay = { email: 'pat@example.com', paymentMethod: { method: 'pos_cash' } };
    const placed = await g.post<number>(`/V1/guest-carts/${masked}/payment-information`, pay);
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['grand_total'], 15.03);
    const id = (await giftCard(kit, 'GC-TEN'))['id'];
    assert.deepEqual(order['extension_attributes']['gift_cards'], [
      { id, code: 'GC-TEN', amount: 10, base_amount: 10 },
    ]);
    assert.equal(order['extension_attributes']['gift_cards_amount'], 10);
    assert.equal((await giftCard(kit, 'GC-TEN'))['balance'], 0);
    assert.notEqual((await g.post(`/V1/guest-carts/${masked}/payment-information`, pay)).status, 200);
    assert.equal((await giftCard(kit, 'GC-TEN'))['balance'], 0);
    assert.equal((await settlementsOf(placed.body)).length, 1);
  });

  test('admin PUT .../order: 50.00 of gift card, 11.01 of store credit, nothing left to pay', async () => {
    const id = await tillCart(
      kit,
      [
        ['MUG', 2],
        ['TOTE', 1],
      ],
      'dave@example.com',
    );
    await kit.admin.put(`/V1/carts/${id}/giftCards`, { giftCardAccountData: { gift_cards: ['GC-FIFTY'] } });
    assert.equal((await kit.admin.post(`/V1/pos/carts/${id}/store-credit`, {})).status, 200);
    const placed = await kit.admin.put<number>(`/V1/carts/${id}/order`, {
      paymentMethod: { method: 'free' },
    });
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['grand_total'], 0);
    const ext = order['extension_attributes'];
    assert.deepEqual([ext.gift_cards_amount, ext.customer_balance_amount], [50, 11.01]);
    assert.equal((await giftCard(kit, 'GC-FIFTY'))['balance'], 0);
    assert.deepEqual(await balances(kit, 'dave@example.com'), { credit: 8.99, points: 250 });
    assert.equal((await settlementsOf(placed.body)).length, 1);
  });
});
