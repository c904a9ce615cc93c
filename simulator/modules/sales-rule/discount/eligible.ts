import { COUPON_TYPE, type DiscountRule } from './types.ts';

/**
 * Which rules a cart may use, in processing order: active, for the website and the customer
 * group, within `from_date`..`to_date` (inclusive, store-local date), usable, and either without
 * coupon or with a coupon whose code equals the cart's (case-insensitively, as MySQL compares) and
 * has not expired (`expiration_date >= today`). Sorted by `sort_order`, then rule id.
 * @see Magento\SalesRule\Model\ResourceModel\Rule\Collection::setValidationFilter
 * @see Magento\SalesRule\Model\ResourceModel\Rule\Collection::addWebsiteGroupDateFilter
 */
export interface EligibilityContext {
  websiteId: number;
  customerGroupId: number;
  couponCode: string;
  today: string;
}

export function isRuleEligible(rule: DiscountRule, ctx: EligibilityContext): boolean {
  if (!rule.is_active || rule.usable === false) return false;
  if (!rule.website_ids.includes(ctx.websiteId)) return false;
  if (!rule.customer_group_ids.includes(ctx.customerGroupId)) return false;
  if (rule.from_date && day(rule.from_date) > ctx.today) return false;
  if (rule.to_date && day(rule.to_date) < ctx.today) return false;
  if (rule.coupon_type === COUPON_TYPE.NO_COUPON) return true;
  if (ctx.couponCode === '' || !rule.coupon_code) return false;
  if (rule.coupon_code.toLowerCase() !== ctx.couponCode.toLowerCase()) return false;
  return !rule.coupon_expiration_date || day(rule.coupon_expiration_date) >= ctx.today;
}

export function eligibleRules(rules: readonly DiscountRule[], ctx: EligibilityContext): DiscountRule[] {
  return rules
    .filter((r) => isRuleEligible(r, ctx))
    .sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.rule_id - b.rule_id);
}

const day = (date: string): string => date.slice(0, 10);

/** `Y-m-d` of `now` in a time zone (a string is taken as already local). */
export function localDate(now: Date | string, timezone = 'UTC'): string {
  if (typeof now === 'string') return day(now);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
