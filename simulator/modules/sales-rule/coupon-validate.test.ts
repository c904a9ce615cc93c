import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Services } from '../../context.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { parseScenario } from '../../scenario/load.ts';
import {
  applyCartRuleScenario,
  calculateDiscounts,
  INVALID_COUPON,
  loadDiscountRules,
  recordRuleUsage,
  saveSalesRule,
  validateCoupon,
} from './index.ts';

let sim: Simulator;
let s: Services;

before(async () => {
  sim = await createSimulator({
    control: false,
    scenario: {
      name: 'promo',
      cart_rules: [
        { name: 'Ten percent', coupon_code: 'TEN', simple_action: 'by_percent', discount_amount: 10 },
        { name: 'Two off', simple_action: 'by_fixed', discount_amount: 2, customer_groups: ['General'] },
      ],
    },
  });
  s = sim.runtime.services;
});
after(() => sim.close());

/** Runs `fn` on the scenario's state, then puts it back. */
function isolated(fn: () => void): void {
  const state = s.store.dump();
  try {
    fn();
  } finally {
    s.store.transaction(() => s.store.replace(state));
  }
}
const write = (fn: () => void) => s.store.transaction(fn);
const guest = { websiteId: 1, customerGroupId: 0, now: new Date('2025-06-15T12:00:00Z') };
const invalid = { name: 'NoSuchEntityError', status: 404, message: INVALID_COUPON };

const cart = (couponCode: string | null, customerGroupId: number, customerId: number | null = null) =>
  calculateDiscounts({
    items: [{ code: 'A', price: 20, qty: 1 }],
    rules: loadDiscountRules(s, { couponCode, customerId }),
    couponCode,
    customerGroupId,
    websiteId: 1,
    now: '2025-06-15',
  });

test('scenario cart rules: a coupon rule and a group rule apply to a cart through the stored state', () => {
  const general = cart('TEN', 1);
  assert.deepEqual(
    [general.items[0]?.discountAmount, general.couponCode, general.description],
    [4, 'TEN', 'TEN'],
  );
  assert.deepEqual(general.appliedRuleIds, [1, 2]);
  const notLoggedIn = cart('TEN', 0);
  assert.deepEqual([notLoggedIn.totalDiscount, notLoggedIn.appliedRuleIds], [2, [1]]);
  assert.deepEqual([cart(null, 0).totalDiscount, cart(null, 0).couponCode], [0, null]);
});

test('validateCoupon returns the rule for its code, in any case, trimmed', () => {
  assert.equal(validateCoupon(s, ' ten ', guest).name, 'Ten percent');
});

test('unknown code, other website, other group, empty code: 404 "The coupon code isn\'t valid..."', () => {
  assert.throws(() => validateCoupon(s, 'NOPE', guest), invalid);
  assert.throws(() => validateCoupon(s, 'TEN', { ...guest, websiteId: 2 }), invalid);
  assert.throws(() => validateCoupon(s, '', guest), invalid);
  isolated(() => {
    write(() => saveSalesRule(s, { rule_id: 1, customer_group_ids: [1] }));
    assert.throws(() => validateCoupon(s, 'TEN', guest), invalid);
    assert.equal(validateCoupon(s, 'TEN', { ...guest, customerGroupId: 1 }).rule_id, 1);
  });
});

test('an expired rule (its coupon expires with it) or an inactive one is not valid', () => {
  isolated(() => {
    write(() => saveSalesRule(s, { rule_id: 1, to_date: '2025-06-14' }));
    assert.throws(() => validateCoupon(s, 'TEN', guest), invalid);
    assert.equal(validateCoupon(s, 'TEN', { ...guest, now: new Date('2025-06-14T12:00:00Z') }).rule_id, 1);
    assert.equal(cart('TEN', 0).couponCode, null);
  });
  isolated(() => {
    write(() => saveSalesRule(s, { rule_id: 1, is_active: false }));
    assert.throws(() => validateCoupon(s, 'TEN', guest), invalid);
  });
});

test('usage limits: uses per coupon, then uses per customer (guests are not counted)', () => {
  isolated(() => {
    write(() => saveSalesRule(s, { rule_id: 1, uses_per_coupon: 1 }));
    write(() => recordRuleUsage(s, { appliedRuleIds: [1], couponCode: 'ten' }));
    assert.throws(() => validateCoupon(s, 'TEN', guest), invalid);
    assert.equal(cart('TEN', 0).couponCode, null);
  });
  isolated(() => {
    write(() => saveSalesRule(s, { rule_id: 1, uses_per_customer: 1 }));
    write(() => recordRuleUsage(s, { appliedRuleIds: [1, 2], couponCode: 'TEN', customerId: 5 }));
    assert.throws(() => validateCoupon(s, 'TEN', { ...guest, customerId: 5 }), invalid);
    assert.equal(validateCoupon(s, 'TEN', { ...guest, customerId: 6 }).rule_id, 1);
    assert.equal(validateCoupon(s, 'TEN', guest).rule_id, 1);
    assert.deepEqual(cart('TEN', 1, 5).appliedRuleIds, [2]);
    assert.equal(s.store.get<{ times_used: number }>('sales_rules', '2')?.times_used, 1);
  });
});

test('a scenario naming an unknown group or website says which', () => {
  const bad = (rule: object) => parseScenario({ name: 'bad', cart_rules: [rule] }, 'test');
  const base = { name: 'X', simple_action: 'by_percent', discount_amount: 5 };
  assert.throws(() => write(() => applyCartRuleScenario(s, bad({ ...base, customer_groups: ['VIP'] }))), {
    message: 'cart rule "X": unknown customer group "VIP"',
  });
  assert.throws(() => write(() => applyCartRuleScenario(s, bad({ ...base, websites: ['eu'] }))), {
    message: 'cart rule "X": unknown website "eu"',
  });
  assert.equal(s.store.count('sales_rules'), 2);
});
