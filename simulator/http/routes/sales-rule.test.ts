import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

/** Magento's RuleRepositoryTest::getSalesRuleData. */
const input = {
  name: '40% Off on Large Orders',
  store_labels: [
    { store_id: 0, store_label: 'TestRule_Label' },
    { store_id: 1, store_label: 'TestRule_Label_default' },
  ],
  description: 'Test sales rule',
  website_ids: [1],
  customer_group_ids: [0, 1, 3],
  from_date: '2015-06-09',
  to_date: '2018-06-09',
  uses_per_customer: 2,
  is_active: 1,
  condition: {
    condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Combine',
    conditions: [
      {
        condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Address',
        operator: '>',
        attribute_name: 'base_subtotal',
        value: 800,
      },
    ],
    aggregator_type: 'all',
    operator: null,
    value: null,
  },
  stop_rules_processing: true,
  is_advanced: true,
  sort_order: 2,
  simple_action: 'cart_fixed',
  discount_amount: 40,
  discount_qty: 2,
  discount_step: 0,
  apply_to_shipping: false,
  times_used: 1,
  is_rss: true,
  coupon_type: 'SPECIFIC_COUPON',
  use_auto_generation: false,
  uses_per_coupon: 0,
  simple_free_shipping: 0,
};
const EMPTY_ACTIONS = {
  condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine',
  aggregator_type: 'all',
  operator: null,
  value: '1',
};
const expected = (id: number) => ({
  rule_id: id,
  ...input,
  is_active: true,
  condition: {
    ...input.condition,
    conditions: [{ ...input.condition.conditions[0], value: '800' }],
  },
  action_condition: EMPTY_ACTIONS,
  simple_free_shipping: '0',
});
const NO_SUCH = { message: 'No such entity.' };

describe('cart price rules', () => {
  test("POST creates the rule of Magento's api test; GET and search return it", async () => {
    const r = await c.post<P>('/V1/salesRules', { rule: input });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, expected(1));
    assert.deepEqual((await c.get('/V1/salesRules/1')).body, expected(1));
    const found = await c.get<P>(
      `/V1/salesRules/search?${searchQuery({ filters: [[{ field: 'rule_id', value: 1 }]], pageSize: 2, currentPage: 1 })}`,
    );
    assert.deepEqual([found.body.items, found.body.total_count], [[expected(1)], 1]);
  });

  test('a minimal rule gets the column defaults (stop further rules, no coupon, empty conditions)', async () => {
    const r = await c.post<P>('/V1/salesRules', {
      rule: {
        name: 'Ten',
        website_ids: [1],
        customer_group_ids: [0],
        simple_action: 'by_percent',
        discount_amount: 10,
      },
    });
    assert.deepEqual(r.body, {
      rule_id: 2,
      name: 'Ten',
      store_labels: [],
      website_ids: [1],
      customer_group_ids: [0],
      uses_per_customer: 0,
      is_active: false,
      condition: {
        condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Combine',
        aggregator_type: 'all',
        operator: null,
        value: '1',
      },
      action_condition: EMPTY_ACTIONS,
      stop_rules_processing: true,
      is_advanced: true,
      sort_order: 0,
      simple_action: 'by_percent',
      discount_amount: 10,
      discount_step: 0,
      apply_to_shipping: false,
      times_used: 0,
      is_rss: false,
      coupon_type: 'NO_COUPON',
      use_auto_generation: false,
      uses_per_coupon: 0,
    });
  });

  test('PUT takes the id from the URL and merges over the stored rule', async () => {
    const r = await c.put<P>('/V1/salesRules/1', {
      rule: { rule_id: 77, times_used: 2, discount_amount: 30, customer_group_ids: [0, 1, 3] },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { ...expected(1), times_used: 2, discount_amount: 30 });
  });

  test('validateData: dates in order, websites and groups not emptied, messages joined with "; "', async () => {
    const r = await c.post('/V1/salesRules', {
      rule: {
        name: 'Bad',
        website_ids: [],
        customer_group_ids: [],
        from_date: '2025-02-01',
        to_date: '2025-01-01',
      },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message:
        'End Date must follow Start Date.; Please specify a website.; Please specify Customer Groups.; ',
    });
    const emptied = await c.put('/V1/salesRules/2', { rule: { website_ids: [] } });
    assert.deepEqual([emptied.status, emptied.body], [400, { message: 'Please specify a website.; ' }]);
  });

  test('unknown rule: 404 with the bare "No such entity." on GET, PUT and DELETE', async () => {
    for (const r of [
      await c.get('/V1/salesRules/99'),
      await c.put('/V1/salesRules/99', { rule: { name: 'x' } }),
      await c.delete('/V1/salesRules/99'),
    ]) {
      assert.deepEqual([r.status, r.body], [404, NO_SUCH]);
    }
  });
});

describe('coupons', () => {
  test('POST adds a coupon that takes expiry and limits from its rule', async () => {
    const r = await c.post<P>('/V1/coupons', {
      coupon: { rule_id: 1, code: 'LARGE40', times_used: 0, is_primary: true },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      coupon_id: 1,
      rule_id: 1,
      code: 'LARGE40',
      usage_limit: 0,
      usage_per_customer: 2,
      times_used: 0,
      expiration_date: '2018-06-09 00:00:00',
      is_primary: true,
      type: 0,
    });
    assert.deepEqual((await c.get('/V1/coupons/1')).body, r.body);
  });

  test('rule problems are wrapped in "Error occurred when saving coupon: %1"', async () => {
    const wrap = (why: string) => ({ message: 'Error occurred when saving coupon: %1', parameters: [why] });
    const auto = await c.post<P>('/V1/salesRules', {
      rule: {
        name: 'Auto',
        website_ids: [1],
        customer_group_ids: [0],
        coupon_type: 'AUTO',
        use_auto_generation: true,
      },
    });
    const cases: Array<[P, P]> = [
      [{ rule_id: 999, code: 'A' }, wrap('No such entity with rule_id = 999')],
      [{ rule_id: 2, code: 'B' }, wrap('Specified rule does not allow coupons')],
      [{ rule_id: 1, code: 'C', type: 1 }, wrap('Specified rule does not allow auto generated coupons')],
      [{ rule_id: auto.body.rule_id, code: 'D' }, wrap('Specified rule only allows auto generated coupons')],
    ];
    for (const [coupon, body] of cases) {
      const r = await c.post('/V1/coupons', { coupon: { times_used: 0, is_primary: false, ...coupon } });
      assert.deepEqual([r.status, r.body], [400, body]);
    }
  });

  test('codes are unique in any case; one primary coupon per rule', async () => {
    const dup = await c.post('/V1/coupons', {
      coupon: { rule_id: 1, code: 'large40', times_used: 0, is_primary: false },
    });
    assert.deepEqual(dup.body, { message: '%1 already exists.', parameters: ['Coupon with the same code'] });
    const primary = await c.post('/V1/coupons', {
      coupon: { rule_id: 1, code: 'OTHER', times_used: 0, is_primary: true },
    });
    assert.deepEqual([primary.status, primary.body], [400, { message: 'Unique constraint violation found' }]);
    const second = await c.post<P>('/V1/coupons', {
      coupon: { rule_id: 1, code: 'LARGE40-B', times_used: 0, is_primary: false },
    });
    assert.deepEqual([second.status, second.body.coupon_id, second.body.is_primary], [200, 2, null]);
  });

  test('search by rule; PUT by URL id; DELETE; then 404 "No such entity."', async () => {
    const found = await c.get<P>(
      `/V1/coupons/search?${searchQuery({ filters: [[{ field: 'rule_id', value: 1 }]] })}`,
    );
    assert.deepEqual(
      found.body.items.map((x: P) => x.code),
      ['LARGE40', 'LARGE40-B'],
    );
    const renamed = await c.put<P>('/V1/coupons/2', {
      coupon: { rule_id: 1, code: 'LARGE40-C', times_used: 3, is_primary: false },
    });
    assert.deepEqual(
      [renamed.body.coupon_id, renamed.body.code, renamed.body.times_used],
      [2, 'LARGE40-C', 3],
    );
    assert.deepEqual(await c.delete('/V1/coupons/2').then((r) => [r.status, r.body]), [200, true]);
    for (const r of [await c.get('/V1/coupons/2'), await c.delete('/V1/coupons/2')]) {
      assert.deepEqual([r.status, r.body], [404, NO_SUCH]);
    }
  });

  test('a rule switched to "no coupon" loses its primary coupon; deleting a rule deletes its coupons', async () => {
    const off = await c.put<P>('/V1/salesRules/1', { rule: { coupon_type: 'NO_COUPON' } });
    assert.equal(off.body.coupon_type, 'NO_COUPON');
    assert.equal((await c.get('/V1/coupons/1')).status, 404);
    await c.put('/V1/salesRules/1', { rule: { coupon_type: 'SPECIFIC_COUPON' } });
    assert.equal(
      (await c.post('/V1/coupons', { coupon: { rule_id: 1, code: 'BACK', times_used: 0, is_primary: true } }))
        .status,
      200,
    );
    assert.deepEqual(await c.delete('/V1/salesRules/1').then((r) => [r.status, r.body]), [200, true]);
    const left = await c.get<P>(`/V1/coupons/search?${searchQuery({})}`);
    assert.equal(left.body.total_count, 0);
  });
});
