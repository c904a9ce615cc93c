import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { isRuleEligible } from './discount/eligible.ts';
import { loadDiscountRules, storeToday } from './discount-rules.ts';
import { SALES_RULES, type SalesRuleRecord } from './types.ts';

/**
 * Whether a cart may take a coupon: a coupon with that code (trimmed, any case) whose rule is
 * active for the website, the customer group and today, not expired and within its usage limits.
 * Otherwise 404 `The coupon code isn't valid. Verify the code and try again.` (Magento finds this
 * out by collecting totals and seeing the code dropped). A rule can still be blocked by an earlier
 * rule with "discard subsequent rules": the checkout should also require
 * `calculateDiscounts(...).couponCode` to come back set.
 * @see Magento\Quote\Model\CouponManagement::set
 */
export interface CouponCheckContext {
  websiteId: number;
  customerGroupId: number;
  /** Default: the simulator clock. */
  now?: Date;
  customerId?: number | null;
  /** Store view whose time zone dates the rule (default scope otherwise). */
  storeCode?: string;
}

export const INVALID_COUPON = "The coupon code isn't valid. Verify the code and try again.";

export function validateCoupon(s: Services, code: string, ctx: CouponCheckContext): SalesRuleRecord {
  const couponCode = code.trim();
  const rules = loadDiscountRules(s, { couponCode, customerId: ctx.customerId ?? null });
  const today = storeToday(s, ctx.now ?? new Date(s.clock.now()), ctx.storeCode);
  const match = rules.find(
    (r) =>
      r.coupon_type !== 1 &&
      couponCode !== '' &&
      isRuleEligible(r, {
        websiteId: ctx.websiteId,
        customerGroupId: ctx.customerGroupId,
        couponCode,
        today,
      }),
  );
  const rule = match && s.store.get<SalesRuleRecord>(SALES_RULES, String(match.rule_id));
  if (!rule) throw new NoSuchEntityError(INVALID_COUPON);
  return rule;
}
