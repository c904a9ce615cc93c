import { aggregateCalculate } from './aggregate-calculator.ts';
import { type CalculatorOptions, itemScoped, type TaxCalculator } from './calculator.ts';
import { DeltaRounding } from './delta-rounding.ts';

/**
 * Magento's ROW_BASE_CALCULATION: tax is computed on each whole row and rounded there; the
 * remainder key includes the item code, so a row only carries rounding between its own rates.
 * @see Magento\Tax\Model\Calculation\RowBaseCalculator
 */
export function createRowCalculator(options: CalculatorOptions, deltas = new DeltaRounding()): TaxCalculator {
  const ctx = { options, deltas, roundAmount: itemScoped(deltas) };
  return { calculate: (item) => aggregateCalculate(item, ctx) };
}
