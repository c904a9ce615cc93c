/**
 * Cart price rules and coupons: the stored rules behind `/V1/salesRules` and `/V1/coupons`, the
 * pure discount engine the checkout runs over a cart, coupon validation and usage counting.
 */
export { type CouponCheckContext, INVALID_COUPON, validateCoupon } from './coupon-validate.ts';
export {
  type CouponInput,
  deleteCoupon,
  getCoupon,
  presentCoupon,
  saveCoupon,
  searchCoupons,
} from './coupons.ts';
export { calculateDiscounts } from './discount/calculate.ts';
export { isRuleEligible, localDate } from './discount/eligible.ts';
export * from './discount/types.ts';
export { type CartCouponContext, loadDiscountRules, storeToday } from './discount-rules.ts';
export { presentRule } from './rule-dto.ts';
export { deleteSalesRule, findSalesRule, getSalesRule, searchSalesRules } from './rule-repository.ts';
export { type SalesRuleInput, saveSalesRule } from './rule-save.ts';
export { applyCartRuleScenario } from './scenario.ts';
export * from './types.ts';
export { type RuleUsage, recordRuleUsage } from './usage.ts';
