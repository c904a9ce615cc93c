import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateDiscounts } from './calculate.ts';
import type { DiscountInput, DiscountItem, DiscountRule } from './types.ts';

const rule = (over: Partial<DiscountRule> = {}): DiscountRule => ({
  rule_id: 1,
  is_active: true,
  website_ids: [1],
  customer_group_ids: [0, 1],
  coupon_type: 1,
  simple_action: 'by_percent',
  discount_amount: 10,
  stop_rules_processing: false,
  ...over,
});
const line = (code: string, price: number, qty = 1): DiscountItem => ({ code, price, qty });
const run = (items: DiscountItem[], rules: DiscountRule[], over: Partial<DiscountInput> = {}) =>
  calculateDiscounts({ items, rules, customerGroupId: 1, websiteId: 1, now: '2025-06-15', ...over });
const amounts = (r: ReturnType<typeof run>) => r.items.map((i) => i.discountAmount);

describe('by_percent', () => {
  test('each line is rounded with the percent delta: 3 × 10.05 at 5 % → 0.50, 0.51, 0.50', () => {
    // exact 0.5025 each; carry +0.0025 makes the second 0.505 → 0.51, the third 0.4975 → 0.50
    const r = run([line('A', 10.05), line('B', 10.05), line('C', 10.05)], [rule({ discount_amount: 5 })]);
    assert.deepEqual(amounts(r), [0.5, 0.51, 0.5]);
    assert.equal(r.totalDiscount, 1.51);
    assert.deepEqual(
      r.items.map((i) => [i.discountPercent, i.appliedRuleIds]),
      [
        [5, [1]],
        [5, [1]],
        [5, [1]],
      ],
    );
  });

  test('per row: 3 × 19.99 at 15 % is 8.9955 → 9.00; a second rule takes its percent of what is left', () => {
    const r = run(
      [line('A', 19.99, 3), line('B', 100)],
      [rule({ discount_amount: 15 }), rule({ rule_id: 2, discount_amount: 20, sort_order: 1 })],
    );
    // A: 8.9955 → 9.00, then (59.97 − 9.00) × 20 % = 10.194 → 10.19 (key "35": own carry) → 19.19
    // B: 15.00, then (100 − 15) × 20 % = 17.00 → 32.00
    assert.deepEqual(amounts(r), [19.19, 32]);
    assert.deepEqual(
      r.items.map((i) => i.discountPercent),
      [35, 35],
    );
    assert.deepEqual(
      r.items[0]?.discounts.map((d) => d.amount),
      [9, 10.19],
    );
    assert.equal(r.totalDiscount, 51.19);
  });

  test('100 % never goes below zero; discount_qty caps the units and keeps the percent off the line', () => {
    const full = run([line('A', 12.34, 2)], [rule({ discount_amount: 150 })]);
    assert.deepEqual([amounts(full), full.items[0]?.discountPercent], [[24.68], 100]);
    const capped = run([line('A', 10, 5)], [rule({ discount_amount: 10, discount_qty: 2 })]);
    assert.deepEqual([amounts(capped), capped.items[0]?.discountPercent], [[2], 0]);
  });
});

describe('cart_fixed', () => {
  test('10.00 over three 10.00 lines: 3.33, 3.34, 3.33 (the delta carry places the odd cent)', () => {
    const r = run([line('A', 10), line('B', 10), line('C', 10)], [rule({ simple_action: 'cart_fixed' })]);
    assert.deepEqual(amounts(r), [3.33, 3.34, 3.33]);
    assert.equal(r.totalDiscount, 10);
  });

  test('shares follow the rows: 5.00 over 7.00 and 3 × 1.00 → 3.50 and 1.50; never more than the cart', () => {
    const r = run(
      [line('A', 7), line('B', 1, 3)],
      [rule({ simple_action: 'cart_fixed', discount_amount: 5 })],
    );
    assert.deepEqual(amounts(r), [3.5, 1.5]);
    const over = run(
      [line('A', 4), line('B', 2)],
      [rule({ simple_action: 'cart_fixed', discount_amount: 50 })],
    );
    assert.deepEqual(amounts(over), [4, 2]);
  });

  test('after a percent rule it shares what is left: 10 % then 9.00 fixed on 20.00 + 10.00', () => {
    const r = run(
      [line('A', 20), line('B', 10)],
      [
        rule({ discount_amount: 10 }),
        rule({ rule_id: 2, simple_action: 'cart_fixed', discount_amount: 9, sort_order: 1 }),
      ],
    );
    // left 18.00 and 9.00 of 27.00 → 6.00 and 3.00 on top of 2.00 and 1.00
    assert.deepEqual(amounts(r), [8, 4]);
    assert.equal(r.totalDiscount, 12);
  });

  test('with "apply to shipping" lines and shipping share by amount: 10.00 over 2 × 10.00 + 5.00 shipping', () => {
    const r = run(
      [line('A', 10), line('B', 10)],
      [rule({ simple_action: 'cart_fixed', apply_to_shipping: true })],
      {
        shippingAmount: 5,
      },
    );
    assert.deepEqual(amounts(r), [4, 4]);
    assert.equal(r.shippingDiscountAmount, 2);
    assert.equal(r.totalDiscount, 10);
  });
});

describe('by_fixed and buy_x_get_y', () => {
  test('by_fixed is per unit, capped at the row: 5.00 off 3 × 20.00 and 2 × 3.00', () => {
    const r = run(
      [line('A', 20, 3), line('B', 3, 2)],
      [rule({ simple_action: 'by_fixed', discount_amount: 5 })],
    );
    assert.deepEqual(amounts(r), [15, 6]);
    assert.equal(r.totalDiscount, 21);
    const stepped = run(
      [line('A', 20, 5)],
      [rule({ simple_action: 'by_fixed', discount_amount: 1, discount_step: 2 })],
    );
    assert.deepEqual(amounts(stepped), [4], 'discount_step 2 rounds 5 units down to 4');
  });

  test('buy 2 get 1: 7 × 4.00 gives 2 free units = 8.00', () => {
    const r = run(
      [line('A', 4, 7)],
      [rule({ simple_action: 'buy_x_get_y', discount_step: 2, discount_amount: 1 })],
    );
    assert.deepEqual(amounts(r), [8]);
  });

  test('an unknown action fails like the calculator factory', () => {
    assert.throws(() => run([line('A', 1)], [rule({ simple_action: 'free_gift' })]), {
      message: 'free_gift is unknown type',
    });
  });
});

describe('rule selection', () => {
  const coupon = rule({ coupon_type: 2, coupon_code: 'SAVE10', description: 'Summer sale' });

  test('a coupon rule applies to its code (trimmed, any case) and keeps the code', () => {
    const r = run([line('A', 50)], [coupon], { couponCode: ' save10 ' });
    assert.deepEqual([amounts(r), r.couponCode, r.description], [[5], 'save10', 'Summer sale']);
    const plain = run([line('A', 50)], [{ ...coupon, description: null }], { couponCode: 'SAVE10' });
    assert.equal(plain.description, 'SAVE10', 'no label, no description: the code');
  });

  test('a wrong, expired, not-yet-valid, other-website, other-group, inactive or used-up coupon does nothing', () => {
    const cases: Array<[Partial<DiscountRule>, Partial<DiscountInput>]> = [
      [{}, { couponCode: 'NOPE' }],
      [{}, { couponCode: '' }],
      [{ to_date: '2025-06-14' }, {}],
      [{ from_date: '2025-06-16' }, {}],
      [{ coupon_expiration_date: '2025-06-14 00:00:00' }, {}],
      [{}, { websiteId: 2 }],
      [{}, { customerGroupId: 2 }],
      [{ is_active: false }, {}],
      [{ usable: false }, {}],
    ];
    for (const [over, input] of cases) {
      const r = run([line('A', 50)], [{ ...coupon, ...over }], { couponCode: 'SAVE10', ...input });
      assert.deepEqual(
        [r.totalDiscount, r.couponCode, r.appliedRuleIds],
        [0, null, []],
        JSON.stringify([over, input]),
      );
    }
    const lastDay = run(
      [line('A', 50)],
      [{ ...coupon, to_date: '2025-06-15', coupon_expiration_date: '2025-06-15 00:00:00' }],
      {
        couponCode: 'SAVE10',
      },
    );
    assert.equal(lastDay.totalDiscount, 5, 'valid through its last day');
  });

  test('stop_rules_processing: rules run by sort_order and the first stops the rest, coupon rules included', () => {
    const first = rule({ rule_id: 9, sort_order: 1, stop_rules_processing: true });
    const second = rule({ rule_id: 3, sort_order: 2, simple_action: 'by_fixed', discount_amount: 1 });
    const stopped = run([line('A', 10)], [second, first]);
    assert.deepEqual([amounts(stopped), stopped.appliedRuleIds], [[1], [9]]);
    const both = run([line('A', 10)], [second, { ...first, stop_rules_processing: false }]);
    assert.deepEqual([amounts(both), both.appliedRuleIds], [[2], [9, 3]]);
    const blocked = run([line('A', 10)], [first, { ...coupon, rule_id: 4, sort_order: 5 }], {
      couponCode: 'SAVE10',
    });
    assert.deepEqual([blocked.couponCode, blocked.appliedRuleIds], [null, [9]]);
  });

  test('dates are the store-local day: 03:00 UTC on the 15th is still the 14th in Los Angeles', () => {
    const starts = rule({ from_date: '2025-06-15' });
    const now = new Date('2025-06-15T03:00:00Z');
    assert.equal(run([line('A', 10)], [starts], { now }).totalDiscount, 1);
    assert.equal(run([line('A', 10)], [starts], { now, timezone: 'America/Los_Angeles' }).totalDiscount, 0);
  });

  test('labels: the store view label, else the all-stores label, joined for the description', () => {
    const labelled = rule({
      store_labels: [
        { store_id: 0, store_label: 'Promo' },
        { store_id: 2, store_label: 'Promo FR' },
      ],
    });
    const other = rule({
      rule_id: 2,
      simple_action: 'by_fixed',
      discount_amount: 1,
      store_labels: [{ store_id: 0, store_label: 'Extra' }],
    });
    assert.equal(run([line('A', 10)], [labelled, other]).description, 'Promo, Extra');
    assert.equal(run([line('A', 10)], [labelled], { storeId: 2 }).description, 'Promo FR');
    assert.deepEqual(run([line('A', 10)], [labelled, other]).items[0]?.discounts, [
      { ruleId: 1, label: 'Promo', amount: 1 },
      { ruleId: 2, label: 'Extra', amount: 1 },
    ]);
  });
});

describe('shipping', () => {
  test('only rules with apply_to_shipping discount shipping; a percent of what is left, capped', () => {
    const r = run(
      [line('A', 10)],
      [
        rule({ apply_to_shipping: true, discount_amount: 10 }),
        rule({
          rule_id: 2,
          simple_action: 'by_fixed',
          discount_amount: 100,
          apply_to_shipping: true,
          sort_order: 1,
        }),
      ],
      { shippingAmount: 5 },
    );
    assert.equal(r.shippingDiscountAmount, 5);
    assert.deepEqual(r.shippingDiscounts, [{ ruleId: 1, label: '', amount: 0.5 }]);
    assert.equal(r.totalDiscount, 15);
    const none = run([line('A', 10)], [rule()], { shippingAmount: 5 });
    assert.equal(none.shippingDiscountAmount, 0);
  });
});
