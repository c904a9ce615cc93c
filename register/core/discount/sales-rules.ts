import { z } from 'zod';

/**
 * Cart price rules as the register reads them (`GET /V1/salesRules/search`, `/V1/coupons/search`)
 * and which of them apply to a basket. The register evaluates the rules it can evaluate exactly
 * (no conditions; `by_percent` or `by_fixed`); for any other applicable rule it says so, and the
 * sale takes Magento's discount lines online (tax is still the register's own computation).
 * @see magento-rest.md §8 "Coupons"; Magento\SalesRule\Model\RulesApplier
 */
const ConditionDto = z.looseObject({ conditions: z.array(z.unknown()).nullish() });

export const SalesRule = z.looseObject({
  rule_id: z.number().int(),
  name: z.string().nullish(),
  website_ids: z.array(z.number().int()).default([]),
  customer_group_ids: z.array(z.number().int()).default([]),
  from_date: z.string().nullish(),
  to_date: z.string().nullish(),
  is_active: z.boolean().default(false),
  condition: ConditionDto.nullish(),
  action_condition: ConditionDto.nullish(),
  stop_rules_processing: z.boolean().default(true),
  sort_order: z.number().int().default(0),
  simple_action: z.string().nullish(),
  discount_amount: z.coerce.number().default(0),
  discount_qty: z.coerce.number().nullish(),
  discount_step: z.coerce.number().nullish(),
  coupon_type: z.union([z.string(), z.number()]).nullish(),
});
export type SalesRule = z.infer<typeof SalesRule>;

export const Coupon = z.looseObject({
  coupon_id: z.number().int(),
  rule_id: z.number().int(),
  code: z.string().nullish(),
});
export type Coupon = z.infer<typeof Coupon>;

export interface RuleBook {
  rules: SalesRule[];
  coupons: Coupon[];
}

export interface RuleScope {
  websiteId: number;
  customerGroupId: number;
  coupon?: string | undefined;
  /** Today, `YYYY-MM-DD`, in the store's time zone as far as the register knows it. */
  today: string;
}

const SUPPORTED = new Set(['by_percent', 'by_fixed']);

export interface ApplicableRules {
  /** Rules to apply, in Magento's order, up to the first that stops further processing. */
  rules: SalesRule[];
  /** Applicable rules the register cannot evaluate exactly (conditions, other actions). */
  unsupported: SalesRule[];
  /** Whether the coupon given names an active rule for this scope. */
  couponValid: boolean;
}

export function applicableRules(book: RuleBook, scope: RuleScope): ApplicableRules {
  const couponRule = scope.coupon
    ? book.coupons.find((c) => (c.code ?? '').toLowerCase() === scope.coupon?.toLowerCase())?.rule_id
    : undefined;
  const candidates = book.rules
    .filter((r) => r.is_active && inScope(r, scope))
    .filter((r) => isNoCoupon(r) || (couponRule !== undefined && r.rule_id === couponRule))
    .sort((a, b) => a.sort_order - b.sort_order || a.rule_id - b.rule_id);
  const rules: SalesRule[] = [];
  for (const r of candidates) {
    rules.push(r);
    if (r.stop_rules_processing) break;
  }
  return {
    rules,
    unsupported: rules.filter((r) => !evaluable(r)),
    couponValid: couponRule !== undefined && rules.some((r) => r.rule_id === couponRule),
  };
}

function inScope(r: SalesRule, s: RuleScope): boolean {
  if (!r.website_ids.includes(s.websiteId)) return false;
  if (!r.customer_group_ids.includes(s.customerGroupId)) return false;
  if (r.from_date && r.from_date.slice(0, 10) > s.today) return false;
  if (r.to_date && r.to_date.slice(0, 10) < s.today) return false;
  return true;
}

function isNoCoupon(r: SalesRule): boolean {
  return r.coupon_type === 'NO_COUPON' || r.coupon_type === 1 || r.coupon_type == null;
}

/** No conditions on the cart or on the items, and an action computed here exactly. */
function evaluable(r: SalesRule): boolean {
  const empty = (c: SalesRule['condition']) => !c || (c.conditions ?? []).length === 0;
  return SUPPORTED.has(r.simple_action ?? '') && empty(r.condition) && empty(r.action_condition);
}
