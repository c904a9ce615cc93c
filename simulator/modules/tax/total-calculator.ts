import { aggregateCalculate } from './aggregate-calculator.ts';
import type { CalculatorContext, CalculatorOptions, TaxCalculator } from './calculator.ts';
import { DeltaRounding } from './delta-rounding.ts';

/**
 * Magento's TOTAL_BASE_CALCULATION (the default): rows are taxed like ROW, but the remainder key
 * is only type, direction and rate, so each row's rounding leftover carries into the next row
 * (and into shipping) at the same rate: the quote's tax equals the rounded exact total.
 * @see Magento\Tax\Model\Calculation\TotalBaseCalculator
 */
export function createTotalCalculator(
  options: CalculatorOptions,
  deltas = new DeltaRounding(),
): TaxCalculator {
  const ctx: CalculatorContext = {
    options,
    deltas,
    roundAmount: (amount, rate, direction, type) => deltas.round(amount, rate, direction, type),
  };
  return { calculate: (item) => aggregateCalculate(item, ctx) };
}
