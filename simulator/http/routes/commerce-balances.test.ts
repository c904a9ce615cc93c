import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import {
  balances,
  customerClient,
  customerId,
  type MoneyKit,
  type P,
  segments,
  startMoneyShop,
  tillCart,
  totalsOf,
} from './commerce-test-kit.ts';

/**
 * Store credit and reward points (Commerce, 2.4.9 profile for the admin store-credit routes and the
 * admin-issued customer token). Each customer holds 20.00 of credit and 250 points; rates "100 points = 1.00",
 * "1.00 = 1 point". Cart "2 mugs + a tote" = 61.01; cart "1 mug" = 12.00 + 5.00 + 0.99 = 17.99.
 */
let kit: MoneyKit;
before(async () => {
  kit = await startMoneyShop({ version: '2.4.9' });
});
after(() => kit.close());

const config = (values: Record<string, string | number>) => kit.admin.put('/__sim/config', values);

describe('store credit', () => {
  test('POST /V1/carts/mine/balance/apply: the segment, the totals attributes, capped at the grand total', async () => {
    const ann = await customerClient(kit, 'ann@example.com');
    const id = await tillCart(
      kit,
      [
        ['MUG', 2],
        ['TOTE', 1],
      ],
      'ann@example.com',
    );
    assert.deepEqual(await ann.post('/V1/carts/mine/balance/apply').then((r) => [r.status, r.body]), [
      200,
      true,
    ]);
    const t = await totalsOf(kit, id);
    assert.deepEqual(segments(t).slice(3), [
      ['customerbalance', -20],
      ['grand_total', 41.01],
    ]);
    assert.equal(t['total_segments'][3].title, 'Store Credit');
    assert.deepEqual(t['extension_attributes'], {
      base_customer_balance_amount: 20,
      customer_balance_amount: 20,
    });
  });

  test('2.4.9 admin routes: unapply and apply by cart id; a guest cart gets no credit', async () => {
    const cara = await customerClient(kit, 'cara@example.com');
    const id = await tillCart(kit, [['MUG', 1]], 'cara@example.com');
    await cara.post('/V1/carts/mine/balance/apply');
    assert.deepEqual(segments(await totalsOf(kit, id)).slice(3), [
      ['customerbalance', -17.99],
      ['grand_total', 0],
    ]);
    assert.deepEqual(
      await kit.admin.delete(`/V1/carts/${id}/balance/unapply`).then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.deepEqual(
      segments(await totalsOf(kit, id)).map(([c]) => c),
      ['subtotal', 'shipping', 'tax', 'grand_total'],
    );
    assert.deepEqual(await kit.admin.post(`/V1/carts/${id}/balance/apply`).then((r) => [r.status, r.body]), [
      200,
      true,
    ]);
    assert.equal((await totalsOf(kit, id))['grand_total'], 0);
    const anonymous = await tillCart(kit, [['MUG', 1]]);
    assert.deepEqual(
      await kit.admin.post(`/V1/carts/${anonymous}/balance/apply`).then((r) => [r.status, r.body]),
      [200, true],
    );
    assert.equal((await totalsOf(kit, anonymous))['grand_total'], 17.99);
    await kit.admin.delete(`/V1/carts/${id}/balance/unapply`);
  });

  test('GET /V1/customers/:customerId/balance/:websiteId', async () => {
    const annId = await customerId(kit, 'ann@example.com');
    const bobId = await customerId(kit, 'bob@example.com');
    const mine = (await kit.admin.get<P>(`/V1/customers/${annId}/balance/1`)).body;
    assert.deepEqual(
      { ...mine, balance_id: typeof mine['balance_id'] },
      {
        balance_id: 'number',
        customer_id: annId,
        website_id: 1,
        amount: 20,
        base_currency_code: 'USD',
      },
    );
    assert.deepEqual((await kit.admin.get(`/V1/customers/${bobId}/balance/1`)).body, {
      customer_id: bobId,
      website_id: 1,
      amount: 0,
      base_currency_code: 'USD',
    });
    const missing = await kit.admin.get('/V1/customers/999/balance/1');
    assert.deepEqual(
      [missing.status, missing.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'customerId', fieldValue: 999 },
        },
      ],
    );
  });
});

describe('reward points', () => {
  test('use-reward: 250 points are worth 2.00 (whole 100-point steps), 200 are spent', async () => {
    const dave = await customerClient(kit, 'dave@example.com');
    const id = await tillCart(
      kit,
      [
        ['MUG', 2],
        ['TOTE', 1],
      ],
      'dave@example.com',
    );
    assert.deepEqual(await dave.post('/V1/reward/mine/use-reward').then((r) => [r.status, r.body]), [
      200,
      true,
    ]);
    const t = await totalsOf(kit, id);
    assert.deepEqual(segments(t).slice(3), [
      ['reward', -2],
      ['grand_total', 59.01],
    ]);
    assert.equal(t['total_segments'][3].title, '200 Reward points');
    assert.deepEqual(t['extension_attributes'], {
      reward_points_balance: 200,
      reward_currency_amount: 2,
      base_reward_currency_amount: 2,
    });
  });

  test('points covering the cart spend only what is needed, rounded up to a rate step', async () => {
    await config({ 'websites/base/magento_reward/rate_to_currency/points': 10 });
    try {
      const erin = await customerClient(kit, 'erin@example.com');
      const id = await tillCart(kit, [['MUG', 1]], 'erin@example.com');
      assert.equal((await erin.post('/V1/reward/mine/use-reward')).body, true);
      const t = await totalsOf(kit, id);
      // 250 points = 25.00 ≥ 17.99: ceil(17.99 / 1.00) = 18 steps of 10 points.
      assert.deepEqual(segments(t).slice(3), [
        ['reward', -17.99],
        ['grand_total', 0],
      ]);
      assert.equal(t['extension_attributes']['reward_points_balance'], 180);
    } finally {
      await config({ 'websites/base/magento_reward/rate_to_currency/points': 100 });
    }
  });

  test('rewards off on the storefront: false; below the minimum balance or without points: true, nothing spent', async () => {
    const finn = await customerClient(kit, 'finn@example.com');
    const id = await tillCart(kit, [['MUG', 1]], 'finn@example.com');
    await config({ 'magento_reward/general/is_enabled_on_front': 0 });
    assert.deepEqual(await finn.post('/V1/reward/mine/use-reward').then((r) => r.body), false);
    await config({
      'magento_reward/general/is_enabled_on_front': 1,
      'magento_reward/general/min_points_balance': 300,
    });
    assert.deepEqual(await finn.post('/V1/reward/mine/use-reward').then((r) => r.body), true);
    assert.deepEqual(
      segments(await totalsOf(kit, id)).map(([c]) => c),
      ['subtotal', 'shipping', 'tax', 'grand_total'],
    );
    await config({ 'magento_reward/general/min_points_balance': 0 });
    const bob = await customerClient(kit, 'bob@example.com');
    const bobCart = await tillCart(kit, [['MUG', 1]], 'bob@example.com');
    assert.deepEqual(await bob.post('/V1/reward/mine/use-reward').then((r) => r.body), true);
    assert.equal((await totalsOf(kit, bobCart))['grand_total'], 17.99);
  });

  test('an order placed through core PUT /V1/carts/:cartId/order spends the points once', async () => {
    const gail = await customerClient(kit, 'gail@example.com');
    const cart = await tillCart(
      kit,
      [
        ['MUG', 2],
        ['TOTE', 1],
      ],
      'gail@example.com',
    );
    await gail.post('/V1/reward/mine/use-reward');
    await kit.admin.put(`/V1/carts/${cart}/selected-payment-method`, { method: { method: 'pos_cash' } });
    const placed = await kit.admin.put<number>(`/V1/carts/${cart}/order`, {});
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.equal(order['grand_total'], 59.01);
    assert.equal(order['extension_attributes']['reward_points_balance'], 200);
    // 250 − 200 spent + 40 earned (59.01 − 15.00 shipping − 3.51 tax = 40.50 → 40 points).
    assert.equal((await balances(kit, 'gail@example.com')).points, 90);
  });
});

describe('2.4.9 admin-issued customer token', () => {
  test('POST /V1/customers/:customerId/token answers a token that works on customer routes', async () => {
    const annId = await customerId(kit, 'ann@example.com');
    const r = await kit.admin.post<string>(`/V1/customers/${annId}/token`);
    assert.equal(r.status, 200);
    assert.match(r.body, /^[0-9a-f]{32}$/);
    const c = new MagentoTestClient(kit.sim.url);
    c.token = r.body;
    assert.equal((await c.get<P>('/V1/customers/me')).body['email'], 'ann@example.com');
    const missing = await kit.admin.post('/V1/customers/999/token');
    assert.deepEqual(
      [missing.status, missing.body],
      [
        404,
        {
          message: 'No such entity with %fieldName = %fieldValue',
          parameters: { fieldName: 'customerId', fieldValue: 999 },
        },
      ],
    );
    assert.equal((await kit.guest.post(`/V1/customers/${annId}/token`)).status, 401);
  });
});
