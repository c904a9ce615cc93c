import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discounterFor } from './discount.ts';
import { applicableRules, type SalesRule } from './sales-rules.ts';

const rule = (over: Partial<SalesRule>): SalesRule =>
  ({
    rule_id: 1,
    website_ids: [1],
    customer_group_ids: [0, 1],
    is_active: true,
    stop_rules_processing: true,
    sort_order: 0,
    simple_action: 'by_percent',
    discount_amount: 10,
    coupon_type: 'SPECIFIC_COUPON',
    ...over,
  }) as SalesRule;
const line = (code: string, qty: number, priceExclTax: number) => ({
  code,
  sku: code,
  qty,
  unitPrice: priceExclTax,
  productTaxClassId: 2,
  priceExclTax,
});

test('by_percent: row × percent, remainder carried across rows of the same percent', () => {
  const d = discounterFor([rule({ discount_amount: 10 })]);
  // 0.15 → 0.015 → 0.02 (carry −0.005) ; 0.15 → 0.015 − 0.005 = 0.01 ; 0.15 → 0.02
  const out = d([line('a', 1, 0.15), line('b', 1, 0.15), line('c', 1, 0.15)]);
  assert.deepEqual([...out.values()], [0.02, 0.01, 0.02]);
});

test('by_fixed: qty × amount, never more than the row', () => {
  const out = discounterFor([rule({ simple_action: 'by_fixed', discount_amount: 3 })])([
    line('a', 2, 10),
    line('b', 1, 2),
  ]);
  assert.deepEqual(
    [...out.entries()],
    [
      ['a', 6],
      ['b', 2],
    ],
  );
});

test('applicable rules: coupon, group, website, dates, order, stop; conditions make a rule unsupported', () => {
  const book = {
    rules: [
      rule({ rule_id: 1, sort_order: 2 }),
      rule({ rule_id: 2, coupon_type: 'NO_COUPON', sort_order: 1, stop_rules_processing: false }),
      rule({ rule_id: 3, coupon_type: 'NO_COUPON', customer_group_ids: [2] }),
      rule({ rule_id: 4, coupon_type: 'NO_COUPON', to_date: '2020-01-01' }),
      rule({ rule_id: 5, coupon_type: 'NO_COUPON', sort_order: 0, is_active: false }),
    ],
    coupons: [{ coupon_id: 1, rule_id: 1, code: 'TENOFF' }],
  };
  const scope = { websiteId: 1, customerGroupId: 0, today: '2026-11-27' };
  assert.deepEqual(
    applicableRules(book, { ...scope, coupon: 'tenoff' }).rules.map((r) => r.rule_id),
    [2, 1],
  );
  assert.equal(applicableRules(book, { ...scope, coupon: 'tenoff' }).couponValid, true);
  assert.deepEqual(
    applicableRules(book, scope).rules.map((r) => r.rule_id),
    [2],
  );
  assert.equal(applicableRules(book, { ...scope, coupon: 'NOPE' }).couponValid, false);
  const withCondition = {
    ...book,
    rules: [rule({ coupon_type: 'NO_COUPON', condition: { conditions: [{}] } })],
  };
  assert.equal(applicableRules(withCondition, scope).unsupported.length, 1);
});
