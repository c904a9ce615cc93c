import { phpRound } from '../../tax/round.ts';
import { buyXGetY, type Line } from './actions.ts';
import type { DiscountRule, RuleDiscount } from './types.ts';

/**
 * The shipping discount, a separate pass over every eligible rule with `apply_to_shipping` (so a
 * rule that stopped the line pass does not stop this one unless it covers shipping itself):
 * percent of what is left of shipping, a fixed amount, cart fixed's shipping share
 * (amount × shipping / (subtotal + shipping)), or buy X get Y's share of free units. The running
 * total is capped at the shipping amount and rounded after each rule.
 * @see Magento\SalesRule\Model\Validator::processShippingAmount
 */
export interface ShippingPass {
  amount: number;
  discount: number;
  discounts: RuleDiscount[];
  /** Rules applied (each marks the coupon as used and adds its label). */
  applied: DiscountRule[];
}

export function discountShipping(
  rules: readonly DiscountRule[],
  lines: readonly Line[],
  shipping: number,
  available: Map<number, number>,
  label: (rule: DiscountRule) => string,
): ShippingPass {
  const pass: ShippingPass = { amount: shipping, discount: 0, discounts: [], applied: [] };
  for (const rule of rules) {
    if (!rule.apply_to_shipping) continue;
    const d = ruleShare(rule, lines, shipping, pass.discount, available);
    if (pass.discount + d <= shipping)
      pass.discounts.push({ ruleId: rule.rule_id, label: label(rule), amount: d });
    pass.discount = phpRound(Math.min(pass.discount + d, shipping));
    pass.applied.push(rule);
    if (rule.stop_rules_processing) break;
  }
  return pass;
}

function ruleShare(
  rule: DiscountRule,
  lines: readonly Line[],
  shipping: number,
  given: number,
  available: Map<number, number>,
): number {
  const amount = rule.discount_amount;
  switch (rule.simple_action) {
    case 'to_percent':
      return ((shipping - given) * Math.max(0, 100 - amount)) / 100;
    case 'by_percent':
      return ((shipping - given) * Math.min(100, amount)) / 100;
    case 'to_fixed':
      return shipping - amount;
    case 'by_fixed':
      return amount;
    case 'cart_fixed': {
      const left = available.get(rule.rule_id) ?? amount;
      if (left <= 0) return 0;
      const base = lines.reduce((sum, l) => sum + l.rowTotal, 0) + shipping;
      const share = phpRound(amount * (base !== 0 ? shipping / base : 0));
      available.set(rule.rule_id, left - share);
      return share;
    }
    case 'buy_x_get_y': {
      const qty = lines.reduce((sum, l) => sum + l.item.qty, 0);
      const free = lines.reduce((sum, l) => sum + buyXGetY(rule, l.item.qty), 0);
      return qty ? (shipping / qty) * free : 0;
    }
    default:
      return 0;
  }
}
