import type { Services } from '../../context.ts';
import { localDate } from './discount/eligible.ts';
import type { DiscountRule } from './discount/types.ts';
import {
  COUPON_USAGE,
  COUPONS,
  type CouponRecord,
  RULE_CUSTOMERS,
  SALES_RULES,
  type SalesRuleRecord,
} from './types.ts';

/**
 * The stored rules as the discount engine takes them, for one cart: each coupon rule carries the
 * coupon matching the cart's code (case-insensitively) or else its primary one, and a rule whose
 * usage limit is reached is marked unusable — the coupon's total or per-customer limit, or the
 * rule's uses per customer (guests have no per-customer usage).
 * @see Magento\SalesRule\Model\Utility::canProcessRule
 */
export interface CartCouponContext {
  couponCode?: string | null;
  customerId?: number | null;
}

export function loadDiscountRules(s: Services, ctx: CartCouponContext = {}): DiscountRule[] {
  const code = (ctx.couponCode ?? '').trim().toLowerCase();
  const coupons = s.store.all<CouponRecord>(COUPONS);
  const cartCoupon = code === '' ? undefined : coupons.find((c) => (c.code ?? '').toLowerCase() === code);
  return s.store.all<SalesRuleRecord>(SALES_RULES).map((rule) => {
    const coupon =
      cartCoupon?.rule_id === rule.rule_id
        ? cartCoupon
        : coupons.find((c) => c.rule_id === rule.rule_id && c.is_primary);
    return {
      ...rule,
      coupon_code: coupon?.code ?? null,
      coupon_expiration_date: coupon?.expiration_date ?? null,
      usable: usable(s, rule, rule.coupon_type !== 1 ? cartCoupon : undefined, ctx.customerId ?? null),
    };
  });
}

function usable(
  s: Services,
  rule: SalesRuleRecord,
  coupon: CouponRecord | undefined,
  customerId: number | null,
) {
  if (coupon) {
    if (coupon.usage_limit && coupon.times_used >= coupon.usage_limit) return false;
    if (customerId && coupon.usage_per_customer) {
      const used = s.store.get<number>(COUPON_USAGE, `${coupon.coupon_id}:${customerId}`) ?? 0;
      if (used >= coupon.usage_per_customer) return false;
    }
  }
  if (customerId && rule.uses_per_customer) {
    const used = s.store.get<number>(RULE_CUSTOMERS, `${rule.rule_id}:${customerId}`) ?? 0;
    if (used >= rule.uses_per_customer) return false;
  }
  return true;
}

/** The store's local date (`general/locale/timezone`) for rule date ranges. */
export function storeToday(s: Services, now: Date, storeCode?: string): string {
  const timezone = s.config.get('general/locale/timezone', storeCode ? { store: storeCode } : undefined);
  return localDate(now, timezone || 'UTC');
}
