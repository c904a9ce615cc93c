import { phpRound } from '../../tax/round.ts';
import { actionAmount, type CartFixedState, type Line, ruleQty } from './actions.ts';
import { cartFixedAmount, ruleTotals } from './cart-fixed.ts';
import { eligibleRules, localDate } from './eligible.ts';
import { PercentDeltas, PriceDeltas } from './rounding.ts';
import { discountShipping } from './shipping.ts';
import { COUPON_TYPE, type DiscountInput, type DiscountResult, type DiscountRule } from './types.ts';

/**
 * Magento 2.4's discount pass over one cart, pure:
 *
 * ```
 * eligible rules (sort_order, rule id) ──► for each rule: for each line
 *        calculate (action) ─► round with the percent delta ─► add to the line, capped at price × qty
 *    after the rule: stop if it has stop_rules_processing and applied; recompute cart fixed totals
 * ──► shipping pass (rules with apply_to_shipping) ──► totals, labels, applied ids, coupon kept?
 * ```
 *
 * A rule applies to every line (rule conditions are not evaluated). The coupon is kept only when a
 * coupon rule actually ran, which is how Magento decides that a code is not valid for the cart.
 * @see Magento\SalesRule\Model\Quote\Discount::collect
 * @see Magento\SalesRule\Model\RulesApplier::applyRule, ::getDiscountData
 * @see Magento\SalesRule\Model\Utility::minFix, ::deltaRoundingFix
 * @see Magento\Quote\Model\Quote\TotalsCollector::_validateCouponCode
 */
export function calculateDiscounts(input: DiscountInput): DiscountResult {
  const couponCode = (input.couponCode ?? '').trim();
  const rules = eligibleRules(input.rules, {
    websiteId: input.websiteId,
    customerGroupId: input.customerGroupId,
    couponCode,
    today: localDate(input.now, input.timezone),
  });
  const lines: Line[] = input.items.map((item) => {
    const rowTotal = item.rowTotal ?? item.price * item.qty;
    const rowTotalInclTax = item.rowTotalInclTax ?? rowTotal;
    return {
      item,
      rowTotal,
      rowTotalInclTax,
      discountAmount: 0,
      discountPercent: 0,
      appliedRuleIds: [],
      discounts: [],
    };
  });
  const labels = new Map<number, string>();
  const applied: number[] = [];
  let couponUsed = false;
  const label = (rule: DiscountRule) => ruleLabel(rule, input.storeId ?? 1, couponCode);
  const use = (rule: DiscountRule) => {
    if (!applied.includes(rule.rule_id)) applied.push(rule.rule_id);
    const text = label(rule);
    if (text !== '') labels.set(rule.rule_id, text);
    if (rule.coupon_type !== COUPON_TYPE.NO_COUPON) couponUsed = true;
  };
  const percentDeltas = new PercentDeltas();
  const cartFixed: CartFixedState = {
    deltas: new PriceDeltas(),
    available: new Map(),
    totals: ruleTotals(rules, lines),
    shipping: input.shippingAmount ?? null,
  };
  for (const rule of rules) {
    for (const line of lines) {
      if (line.item.price < 0) continue;
      applyRule(rule, line, cartFixed, percentDeltas, label(rule));
      use(rule);
    }
    if (rule.stop_rules_processing && applied.includes(rule.rule_id)) break;
    cartFixed.totals = ruleTotals(rules, lines);
  }
  const shipping =
    input.shippingAmount == null
      ? null
      : discountShipping(rules, lines, input.shippingAmount, cartFixed.available, label);
  for (const rule of shipping?.applied ?? []) use(rule);
  const itemsDiscount = lines.reduce((sum, l) => sum + l.discountAmount, 0);
  return {
    items: lines.map((l) => ({
      code: l.item.code,
      discountAmount: l.discountAmount,
      discountPercent: l.discountPercent,
      appliedRuleIds: l.appliedRuleIds,
      discounts: l.discounts,
    })),
    shippingDiscountAmount: shipping?.discount ?? 0,
    shippingDiscounts: shipping?.discounts ?? [],
    totalDiscount: phpRound(itemsDiscount + (shipping?.discount ?? 0)),
    description: [...new Set(labels.values())].join(', '),
    appliedRuleIds: applied,
    couponCode: couponUsed ? couponCode : null,
  };
}

function applyRule(
  rule: DiscountRule,
  line: Line,
  cartFixed: CartFixedState,
  percentDeltas: PercentDeltas,
  label: string,
): void {
  const qty = ruleQty(rule, line);
  const raw = actionAmount(rule, line, qty, (r, l, q) => cartFixedAmount(cartFixed, r, l, q));
  const amount = percentDeltas.fix(raw, line);
  if (amount > 0) line.discounts.push({ ruleId: rule.rule_id, label, amount });
  // kept at the precision of the decimal(20,4) column the quote item stores it in
  line.discountAmount = phpRound(Math.min(line.discountAmount + amount, line.item.price * qty), 4);
  if (!line.appliedRuleIds.includes(rule.rule_id)) line.appliedRuleIds.push(rule.rule_id);
}

/** The store's label, else (coupon rules) the description or the coupon code, else nothing. */
function ruleLabel(rule: DiscountRule, storeId: number, couponCode: string): string {
  const labels = rule.store_labels ?? [];
  const own = labels.find((l) => l.store_id === storeId)?.store_label;
  const label = own ?? labels.find((l) => l.store_id === 0)?.store_label;
  if (label) return label;
  if (rule.coupon_type === COUPON_TYPE.NO_COUPON || couponCode === '') return '';
  return rule.description || couponCode;
}
