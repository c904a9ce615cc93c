import type { PriceDeltas } from './rounding.ts';
import type { DiscountItem, DiscountRule, RuleDiscount } from './types.ts';

/**
 * The per-line discount of each `simple_action`, before rounding, for the quantity the rule may
 * discount (`discount_qty` caps it; `by_percent`/`by_fixed`/`to_*` round it down to a multiple of
 * `discount_step`). Percent actions work on what earlier rules left of the row and add their
 * percent to the line's accumulated one. An unknown action fails like Magento's calculator factory.
 * @see Magento\SalesRule\Model\Rule\Action\Discount\ByPercent, ToPercent, ByFixed, ToFixed, BuyXGetY
 * @see Magento\SalesRule\Model\Rule\Action\Discount\CalculatorFactory::create
 */
export interface Line {
  item: DiscountItem;
  rowTotal: number;
  rowTotalInclTax: number;
  discountAmount: number;
  discountPercent: number;
  appliedRuleIds: number[];
  discounts: RuleDiscount[];
}

/** Per-rule totals of the lines a cart fixed rule covers (`Validator::initTotals`). */
export interface RuleTotals {
  itemsPrice: number;
  itemsDiscount: number;
  itemsCount: number;
}

export interface CartFixedState {
  deltas: PriceDeltas;
  /** Amount of each cart fixed rule still to give (`quote.cart_fixed_rules`). */
  available: Map<number, number>;
  totals: Map<number, RuleTotals>;
  /** Shipping amount when the cart has a shipping method, else null. */
  shipping: number | null;
}

const STEPPED = new Set(['by_percent', 'to_percent', 'by_fixed', 'to_fixed']);

export function ruleQty(rule: DiscountRule, line: Line): number {
  let qty = rule.discount_qty ? Math.min(line.item.qty, rule.discount_qty) : line.item.qty;
  if (STEPPED.has(rule.simple_action ?? '') && rule.discount_step) {
    qty = Math.floor(qty / rule.discount_step) * rule.discount_step;
  }
  return qty;
}

export function actionAmount(
  rule: DiscountRule,
  line: Line,
  qty: number,
  cartFixed: (rule: DiscountRule, line: Line, qty: number) => number,
): number {
  const price = line.item.price;
  switch (rule.simple_action) {
    case 'by_percent':
      return percent(rule, line, qty, Math.min(100, rule.discount_amount));
    case 'to_percent':
      return percent(rule, line, qty, Math.max(0, 100 - rule.discount_amount));
    case 'by_fixed':
      return qty * rule.discount_amount;
    case 'to_fixed':
      return qty * (price - rule.discount_amount);
    case 'cart_fixed':
      return cartFixed(rule, line, qty);
    case 'buy_x_get_y':
      return buyXGetY(rule, qty) * price;
    default:
      throw new Error(`${rule.simple_action} is unknown type`);
  }
}

function percent(rule: DiscountRule, line: Line, qty: number, rulePercent: number): number {
  const amount = (qty * line.item.price - line.discountAmount) * (rulePercent / 100);
  if (!rule.discount_qty || rule.discount_qty > qty) {
    line.discountPercent = Math.min(100, line.discountPercent + rulePercent);
  }
  return amount;
}

/** Units given free: every `x` bought gets `y` free (`discount_step` x, `discount_amount` y). */
export function buyXGetY(rule: DiscountRule, qty: number): number {
  const x = rule.discount_step ?? 0;
  const y = rule.discount_amount;
  if (!x || y > x) return 0;
  const periods = Math.floor(qty / (x + y));
  const rest = qty - periods * (x + y);
  return periods * y + (rest > x ? rest - x : 0);
}
