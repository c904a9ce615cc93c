/**
 * The discount engine's inputs and outputs: plain data, no state, no clock.
 */

/** `salesrule.coupon_type` (`Magento\SalesRule\Model\Rule::COUPON_TYPE_*`). */
export const COUPON_TYPE = { NO_COUPON: 1, SPECIFIC: 2, AUTO: 3 } as const;

/** A cart price rule as the engine needs it (`loadDiscountRules` builds these from the state). */
export interface DiscountRule {
  rule_id: number;
  name?: string | null;
  description?: string | null;
  is_active: boolean;
  website_ids: number[];
  customer_group_ids: number[];
  /** `Y-m-d`, compared with the store's local date. */
  from_date?: string | null;
  to_date?: string | null;
  coupon_type: number;
  /** The rule's coupon matching the cart's code, else its primary coupon. */
  coupon_code?: string | null;
  coupon_expiration_date?: string | null;
  simple_action: string | null;
  discount_amount: number;
  discount_qty?: number | null;
  discount_step?: number;
  apply_to_shipping?: boolean;
  stop_rules_processing?: boolean;
  sort_order?: number;
  store_labels?: Array<{ store_id: number; store_label: string }>;
  /** False when a usage limit is reached (`Utility::canProcessRule`); default true. */
  usable?: boolean;
}

/** One cart line; `price` is the discount calculation price (incl. tax when discounting incl. tax). */
export interface DiscountItem {
  code: string;
  price: number;
  qty: number;
  /** Default `price * qty`. */
  rowTotal?: number;
  /** Only used by the 100 % cap; default `rowTotal`. */
  rowTotalInclTax?: number;
}

export interface DiscountInput {
  items: DiscountItem[];
  /** Shipping amount to discount; null/undefined = no shipping address (virtual cart). */
  shippingAmount?: number | null;
  rules: DiscountRule[];
  couponCode?: string | null;
  customerGroupId: number;
  websiteId: number;
  /** The store's local date `Y-m-d`, or a Date read in `timezone` (default UTC). */
  now: Date | string;
  timezone?: string;
  /** Store view whose rule labels are used (default 1). */
  storeId?: number;
}

/** One rule's share of a line or of shipping (`extension_attributes.discounts`). */
export interface RuleDiscount {
  ruleId: number;
  label: string;
  amount: number;
}

export interface ItemDiscount {
  code: string;
  discountAmount: number;
  discountPercent: number;
  appliedRuleIds: number[];
  discounts: RuleDiscount[];
}

export interface DiscountResult {
  items: ItemDiscount[];
  shippingDiscountAmount: number;
  shippingDiscounts: RuleDiscount[];
  /** Lines plus shipping, positive. */
  totalDiscount: number;
  /** Labels joined by ", " (the `Discount (%1)` title's argument). */
  description: string;
  appliedRuleIds: number[];
  /** The cart's coupon when a coupon rule was applied, else null (Magento then drops the code). */
  couponCode: string | null;
}
