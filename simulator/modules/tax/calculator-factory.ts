import type { CalculatorOptions, TaxCalculator } from './calculator.ts';
import { createRowCalculator } from './row-calculator.ts';
import { createTotalCalculator } from './total-calculator.ts';
import type { TaxAlgorithm } from './types.ts';
import { createUnitCalculator } from './unit-calculator.ts';

/**
 * A fresh calculator (fresh remainders) for `tax/calculation/algorithm`, as Magento creates one
 * per `calculateTax()` call.
 * @see Magento\Tax\Model\Calculation\CalculatorFactory
 */
export function createCalculator(algorithm: TaxAlgorithm, options: CalculatorOptions): TaxCalculator {
  switch (algorithm) {
    case 'UNIT_BASE_CALCULATION':
      return createUnitCalculator(options);
    case 'ROW_BASE_CALCULATION':
      return createRowCalculator(options);
    case 'TOTAL_BASE_CALCULATION':
      return createTotalCalculator(options);
  }
}
