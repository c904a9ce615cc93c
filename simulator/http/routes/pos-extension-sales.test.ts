import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  balances,
  customerId,
  type MoneyKit,
  type P,
  segments,
  startMoneyShop,
  tillCart,
  totalsOf,
} from './commerce-test-kit.ts';

/**
 * The POS extension (docs/pos-extension.md) on a Commerce 2.4.8 till: client sale ids (unique or
 * not), store credit and reward points on admin carts, and the lookups a till needs.
 * Cart "2 mugs + a tote" = 42.50 + 15.00 + 3.51 = 61.01; cart "1 mug" = 17.99.
 */
let kit: MoneyKit;
before(async () => {
  kit = await startMoneyShop();
});
after(() => kit.close());

const orderCount = async () => (await kit.admin.get<P>('/V1/orders?searchCriteria=')).body['total_count'];

describe('client sale id', () => {
  const sale = async (id: string) => {
    const cart = await tillCart(kit, [['MUG', 1]]);
    await kit.admin.put(`/V1/carts/${cart}/selected-payment-method`, { method: { method: 'pos_cash' } });
    const set = await kit.admin.put(`/V1/pos/carts/${cart}/client-sale-id`, { client_sale_id: id });
    assert.deepEqual([set.status, set.body], [200, true]);
    return { cart, placed: await kit.admin.put<P>(`/V1/pos/carts/${cart}/order`, {}) };
  };
  const lookup = async (id: string) =>
    (await kit.admin.get<P>(`/V1/pos/orders/by-client-sale-id/${id}`)).body;

  test('not unique by default (like ConnectPOS): two orders, both found', async () => {
    const first = await sale('REG2-000001');
    const second = await sale('REG2-000001');
    assert.deepEqual([first.placed.status, second.placed.status], [200, 200]);
    const found = await lookup('REG2-000001');
    assert.equal(found['total_count'], 2);
    assert.deepEqual(
      found['items'].map((o: P) => o.entity_id),
      [first.placed.body, second.placed.body],
    );
    assert.equal(found['items'][0]['extension_attributes']['pos_client_sale_id'], 'REG2-000001');
    assert.deepEqual(await lookup('REG2-404'), { items: [], total_count: 0 });
  });

  test('enforced: the second placement is refused, naming the first order; no order, cart still open', async () => {
    const first = await sale('REG3-000007');
    const increment = (await kit.admin.get<P>(`/V1/orders/${first.placed.body}`)).body['increment_id'];
    await kit.admin.put('/__sim/config', { 'posgate/pos_extension/enforce_unique_client_sale_id': 1 });
    try {
      const count = await orderCount();
      const again = await sale('REG3-000007');
      assert.deepEqual(
        [again.placed.status, again.placed.body],
        [
          400,
          {
            message: 'The client sale id "%1" was already used by order %2.',
            parameters: ['REG3-000007', increment],
          },
        ],
      );
      assert.equal(await orderCount(), count);
      assert.equal((await kit.admin.get<P>(`/V1/carts/${again.cart}`)).body['is_active'], true);
      const other = await kit.admin.put<number>(`/V1/pos/carts/${again.cart}/order`, {
        client_sale_id: 'REG3-000008',
      });
      assert.equal(other.status, 200);
    } finally {
      await kit.admin.put('/__sim/config', { 'posgate/pos_extension/enforce_unique_client_sale_id': 0 });
    }
  });

  test('an empty or too long id is refused', async () => {
    const cart = await tillCart(kit, [['MUG', 1]]);
    for (const id of ['  ', 'x'.repeat(65)]) {
      const r = await kit.admin.put(`/V1/pos/carts/${cart}/client-sale-id`, { client_sale_id: id });
      assert.deepEqual(
        [r.status, r.body],
        [400, { message: 'The client sale id must be 1 to %1 characters long.', parameters: [64] }],
      );
    }
  });

  test('core placement copies the cart client sale id to the order', async () => {
    const cart = await tillCart(kit, [['MUG', 1]]);
    await kit.admin.put(`/V1/pos/carts/${cart}/client-sale-id`, { client_sale_id: 'REG4-1' });
    const placed = await kit.admin.put<number>(`/V1/carts/${cart}/order`, {
      paymentMethod: { method: 'pos_cash' },
    });
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['extension_attributes']['pos_client_sale_id'], 'REG4-1');
  });
});

describe('store credit and reward points on a till cart (Commerce)', () => {
  test('hugo pays with 7.50 of credit and 150 points (worth 1.00, 100 spent), the rest cash; settled once', async () => {
    const cart = await tillCart(
      kit,
      [
        ['MUG', 2],
        ['TOTE', 1],
      ],
      'hugo@example.com',
    );
    assert.deepEqual(
      await kit.admin
        .post(`/V1/pos/carts/${cart}/store-credit`, { amount: 7.5 })
        .then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.deepEqual(
      await kit.admin
        .post(`/V1/pos/carts/${cart}/reward-points`, { points: 150 })
        .then((r) => [r.status, r.body]),
      [200, true],
    );
    const t = await totalsOf(kit, cart);
    assert.deepEqual(segments(t).slice(3), [
      ['reward', -1],
      ['customerbalance', -7.5],
      ['grand_total', 52.51],
    ]);
    await kit.admin.put(`/V1/carts/${cart}/selected-payment-method`, { method: { method: 'pos_cash' } });
    const placed = await kit.admin.put<number>(`/V1/pos/carts/${cart}/order`, {});
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    const ext = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body['extension_attributes'];
    assert.deepEqual(
      [
        ext.customer_balance_amount,
        ext.base_customer_balance_amount,
        ext.reward_points_balance,
        ext.reward_currency_amount,
      ],
      [7.5, 7.5, 100, 1],
    );
    // 250 − 100 spent + 34 earned (52.51 − 15.00 shipping − 3.51 tax = 34.00).
    assert.deepEqual(await balances(kit, 'hugo@example.com'), { credit: 12.5, points: 184 });
    const hugo = await customerId(kit, 'hugo@example.com');
    assert.deepEqual((await kit.admin.get(`/V1/pos/customers/${hugo}/balances`)).body, {
      customer_id: hugo,
      store_credit: [{ website_id: 1, amount: 12.5 }],
      reward_points: [{ website_id: 1, points_balance: 184, currency_amount: 1 }],
    });
  });

  test('refusals: anonymous cart, nothing to spend, more than the balance, not positive', async () => {
    const anonymous = await tillCart(kit, [['MUG', 1]]);
    const bob = await tillCart(kit, [['MUG', 1]], 'bob@example.com');
    const ivy = await tillCart(kit, [['MUG', 1]], 'ivy@example.com');
    const credit = (id: number, body: P) =>
      kit.admin.post(`/V1/pos/carts/${id}/store-credit`, body).then((r) => [r.status, r.body]);
    const points = (id: number, body: P) =>
      kit.admin.post(`/V1/pos/carts/${id}/reward-points`, body).then((r) => [r.status, r.body]);
    assert.deepEqual(await credit(anonymous, {}), [
      400,
      { message: "Store credit can only be applied to a customer's cart." },
    ]);
    assert.deepEqual(await points(anonymous, {}), [
      400,
      { message: "Reward points can only be applied to a customer's cart." },
    ]);
    assert.deepEqual(await credit(bob, {}), [400, { message: 'The customer has no store credit.' }]);
    assert.deepEqual(await points(bob, {}), [
      400,
      {
        message: 'The customer has %1 reward points; at least %2 are needed to spend them.',
        parameters: [0, 1],
      },
    ]);
    assert.deepEqual(await credit(ivy, { amount: 25 }), [
      400,
      {
        message: "The store credit amount %1 is more than the customer's balance of %2.",
        parameters: [25, 20],
      },
    ]);
    assert.deepEqual(await credit(ivy, { amount: 0 }), [
      400,
      { message: 'The store credit amount must be greater than 0.' },
    ]);
    assert.deepEqual(await points(ivy, { points: 300 }), [
      400,
      {
        message: "The number of points %1 is more than the customer's balance of %2.",
        parameters: [300, 250],
      },
    ]);
    assert.deepEqual(await points(ivy, { points: 0 }), [
      400,
      { message: 'The number of points must be greater than 0.' },
    ]);
    await kit.admin.put('/__sim/config', {
      'customer/magento_customerbalance/is_enabled': 0,
      'magento_reward/general/is_enabled_on_front': 0,
    });
    try {
      assert.deepEqual(await credit(ivy, {}), [
        400,
        { message: 'Store credit is disabled for this website.' },
      ]);
      assert.deepEqual(await points(ivy, {}), [
        400,
        { message: 'Reward points are disabled for this website.' },
      ]);
    } finally {
      await kit.admin.put('/__sim/config', {
        'customer/magento_customerbalance/is_enabled': 1,
        'magento_reward/general/is_enabled_on_front': 1,
      });
    }
    assert.deepEqual(await credit(ivy, {}), [200, true]);
    assert.equal((await totalsOf(kit, ivy))['grand_total'], 0);
    assert.deepEqual(await kit.admin.delete(`/V1/pos/carts/${ivy}/store-credit`).then((r) => r.body), true);
    assert.equal((await totalsOf(kit, ivy))['grand_total'], 17.99);
  });

  test('gift card lookup without a cart', async () => {
    const card = (await kit.admin.get<P>('/V1/pos/gift-cards/gc-five')).body;
    assert.deepEqual(
      { ...card, id: typeof card['id'] },
      {
        id: 'number',
        code: 'GC-FIVE',
        balance: 5,
        website_id: 1,
        status: 1,
        state: 0,
        expires_at: null,
      },
    );
    const missing = await kit.admin.get('/V1/pos/gift-cards/NOPE');
    assert.deepEqual(
      [missing.status, missing.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'code', fieldValue: 'NOPE' },
        },
      ],
    );
  });
});
