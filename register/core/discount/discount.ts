import { DeltaRounder, roundPrice } from '../tax/php-round.ts';
import type { Discounter } from '../tax/quote-tax.ts';
import type { SalesRule } from './sales-rules.ts';

/**
 * The discount collector for the rules the register evaluates (`by_percent`, `by_fixed`), item by
 * item in basket order, rule by rule in rule order, on prices excluding tax (Magento's default
 * "apply discount on prices excluding tax"):
 *
 * - by_percent: (qty × price − discount so far) × percent, rounded with a remainder carried
 *   across items of the same total percent (`Validator\Utility::deltaRoundingFix`);
 * - by_fixed: qty × amount; never more than what is left of the row (`minFix`).
 *
 * `discount_qty` caps the units a rule discounts; `discount_step` is not evaluated (such rules
 * are reported unsupported upstream).
 * @see Magento\SalesRule\Model\Rule\Action\Discount\ByPercent, ByFixed; Validator\Utility
 */
export function discounterFor(rules: SalesRule[]): Discounter {
  return (lines) => {
    const out = new Map<string, number>();
    const deltas = new DeltaRounder(0);
    for (const line of lines) {
      let discount = 0;
      let percent = 0;
      for (const rule of rules) {
        const qty = rule.discount_qty ? Math.min(line.qty, rule.discount_qty) : line.qty;
        const price = line.priceExclTax;
        let amount = 0;
        if (rule.simple_action === 'by_percent') {
          const pct = Math.min(100, rule.discount_amount);
          amount = (qty * price - discount) * (pct / 100);
          if (!rule.discount_qty || rule.discount_qty >= line.qty) percent = Math.min(100, percent + pct);
          amount = percent > 0 ? deltas.round(amount, `discount|${percent}`) : roundPrice(amount);
        } else if (rule.simple_action === 'by_fixed') {
          amount = roundPrice(qty * rule.discount_amount);
        }
        const left = roundPrice(line.qty * price - discount);
        discount = roundPrice(discount + Math.max(0, Math.min(amount, left)));
      }
      if (discount > 0) out.set(line.code, discount);
    }
    return out;
  };
}
