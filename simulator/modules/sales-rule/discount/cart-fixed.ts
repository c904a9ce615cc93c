import { phpRound } from '../../tax/round.ts';
import type { CartFixedState, Line, RuleTotals } from './actions.ts';
import type { DiscountRule } from './types.ts';

/**
 * `cart_fixed`: one amount for the whole cart, shared by the lines in proportion to what is left
 * of each after earlier rules (or, when the rule also covers shipping and the cart has a shipping
 * method, in proportion to the line's row over lines + shipping; shipping takes the rest). Each
 * share is rounded with the rule's delta carry, so the shares add up to the amount; the carry is
 * reset after the rule's last line or once the amount is used up.
 * @see Magento\SalesRule\Model\Rule\Action\Discount\CartFixed::calculate
 * @see Magento\SalesRule\Helper\CartFixedDiscount::getDiscountedAmountProportionally
 */
export function cartFixedAmount(state: CartFixedState, rule: DiscountRule, line: Line, qty: number): number {
  const totals = state.totals.get(rule.rule_id) ?? { itemsPrice: 0, itemsDiscount: 0, itemsCount: 0 };
  let available = state.available.get(rule.rule_id) ?? rule.discount_amount;
  if (available <= 0) return 0;
  const type = `CartFixed${rule.rule_id}`;
  const row = line.item.price * qty;
  let share: number;
  if (rule.apply_to_shipping) {
    const base = totals.itemsPrice + (state.shipping ?? 0);
    share = state.deltas.round(rule.discount_amount * (base !== 0 ? row / base : 0), type);
  } else {
    const base = totals.itemsPrice - totals.itemsDiscount;
    const ratio = base !== 0 ? Math.min((row - line.discountAmount) / base, 1) : 0;
    share = state.deltas.round(rule.discount_amount * ratio, type);
  }
  if (totals.itemsCount <= 1) state.deltas.reset(type);
  else state.totals.set(rule.rule_id, { ...totals, itemsCount: totals.itemsCount - 1 });
  available -= phpRound(Math.min(row, share));
  state.available.set(rule.rule_id, available);
  if (available <= 0) state.deltas.reset(type);
  return phpRound(Math.min(row, share));
}

/** What each cart fixed rule covers now (recomputed before the pass and after each rule). */
export function ruleTotals(rules: readonly DiscountRule[], lines: readonly Line[]): Map<number, RuleTotals> {
  const totals = new Map<number, RuleTotals>();
  for (const rule of rules) {
    if (rule.simple_action !== 'cart_fixed') continue;
    let itemsPrice = 0;
    let itemsDiscount = 0;
    for (const line of lines) {
      const qty = rule.discount_qty ? Math.min(line.item.qty, rule.discount_qty) : line.item.qty;
      itemsPrice += line.item.price * qty;
      itemsDiscount += line.discountAmount;
    }
    totals.set(rule.rule_id, { itemsPrice, itemsDiscount, itemsCount: lines.length });
  }
  return totals;
}
