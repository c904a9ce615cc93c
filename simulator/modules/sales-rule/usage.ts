import type { Services } from '../../context.ts';
import {
  COUPON_USAGE,
  COUPONS,
  type CouponRecord,
  RULE_CUSTOMERS,
  SALES_RULES,
  type SalesRuleRecord,
} from './types.ts';

/**
 * Counts an order's use of its rules and coupon, as Magento does when the order is placed: each
 * applied rule's `times_used` (and the customer's use of it), the coupon's `times_used` (and the
 * customer's use of it). These counters feed the usage limits of `loadDiscountRules`.
 * @see Magento\SalesRule\Model\Coupon\Usage\Processor::process
 */
export interface RuleUsage {
  appliedRuleIds: readonly number[];
  couponCode?: string | null;
  customerId?: number | null;
}

export function recordRuleUsage(s: Services, usage: RuleUsage): void {
  const customerId = usage.customerId ?? null;
  for (const id of new Set(usage.appliedRuleIds)) {
    const rule = s.store.get<SalesRuleRecord>(SALES_RULES, String(id));
    if (!rule) continue;
    s.store.put(SALES_RULES, String(id), { ...rule, times_used: rule.times_used + 1 });
    if (customerId) increment(s, RULE_CUSTOMERS, `${id}:${customerId}`);
  }
  const code = (usage.couponCode ?? '').trim().toLowerCase();
  if (code === '') return;
  const coupon = s.store.all<CouponRecord>(COUPONS).find((c) => (c.code ?? '').toLowerCase() === code);
  if (!coupon) return;
  s.store.put(COUPONS, String(coupon.coupon_id), { ...coupon, times_used: coupon.times_used + 1 });
  if (customerId) increment(s, COUPON_USAGE, `${coupon.coupon_id}:${customerId}`);
}

function increment(s: Services, collection: string, key: string): void {
  s.store.put(collection, key, (s.store.get<number>(collection, key) ?? 0) + 1);
}
