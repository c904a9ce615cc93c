/**
 * What the cart price rule module keeps in the state: rules (`salesrule` with its labels, websites
 * and groups), coupons (`salesrule_coupon`), and usage counters per customer
 * (`salesrule_customer`, `salesrule_coupon_usage`).
 */
export const SALES_RULES = 'sales_rules';
export const COUPONS = 'sales_rule_coupons';
export const RULE_CUSTOMERS = 'sales_rule_customers';
export const COUPON_USAGE = 'sales_rule_coupon_usage';

/** A rule condition tree as the REST DTO carries it (`SalesRule\Api\Data\ConditionInterface`). */
export type Condition = Record<string, unknown>;

export interface SalesRuleRecord {
  rule_id: number;
  name: string | null;
  description: string | null;
  store_labels: Array<{ store_id: number; store_label: string }>;
  website_ids: number[];
  customer_group_ids: number[];
  from_date: string | null;
  to_date: string | null;
  uses_per_customer: number;
  is_active: boolean;
  condition: Condition | null;
  action_condition: Condition | null;
  stop_rules_processing: boolean;
  is_advanced: boolean;
  product_ids: number[] | null;
  sort_order: number;
  simple_action: string | null;
  discount_amount: number;
  discount_qty: number | null;
  discount_step: number;
  apply_to_shipping: boolean;
  times_used: number;
  is_rss: boolean;
  /** 1 no coupon, 2 specific coupon, 3 auto (`Rule::COUPON_TYPE_*`). */
  coupon_type: number;
  /** The code of the rule's primary coupon (kept in step with the coupons), as `Rule::_afterLoad` sets it. */
  coupon_code: string | null;
  use_auto_generation: boolean;
  uses_per_coupon: number;
  simple_free_shipping: string | null;
}

export interface CouponRecord {
  coupon_id: number;
  rule_id: number;
  code: string | null;
  usage_limit: number | null;
  usage_per_customer: number | null;
  times_used: number;
  expiration_date: string | null;
  /** 1 or NULL in Magento: one primary coupon per rule. */
  is_primary: boolean | null;
  created_at: string | null;
  /** 0 manual, 1 generated. */
  type: number;
}

/** `salesrule` column defaults (SalesRule/etc/db_schema.xml). */
export const RULE_DEFAULTS: Omit<SalesRuleRecord, 'rule_id'> = {
  name: null,
  description: null,
  store_labels: [],
  website_ids: [],
  customer_group_ids: [],
  from_date: null,
  to_date: null,
  uses_per_customer: 0,
  is_active: false,
  condition: null,
  action_condition: null,
  stop_rules_processing: true,
  is_advanced: true,
  product_ids: null,
  sort_order: 0,
  simple_action: null,
  discount_amount: 0,
  discount_qty: null,
  discount_step: 0,
  apply_to_shipping: false,
  times_used: 0,
  is_rss: false,
  coupon_type: 1,
  coupon_code: null,
  use_auto_generation: false,
  uses_per_coupon: 0,
  simple_free_shipping: null,
};
