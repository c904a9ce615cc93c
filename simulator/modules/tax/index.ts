/**
 * The tax engine: pure functions mimicking Magento 2.4's Tax module (rate resolution, the taxed
 * address, the Unit/Row/Total calculators with delta rounding, and the quote-level tax pass).
 * No I/O, no clock, no config reads: callers pass data in.
 */
export { appliedTax, splitAppliedTaxes } from './applied-taxes.ts';
export { calculateQuoteTax, SHIPPING_CODE } from './calculate-quote-tax.ts';
export type {
  CalculatorContext,
  CalculatorOptions,
  RoundAmount,
  TaxableItem,
  TaxCalculator,
  TaxDetailsItem,
} from './calculator.ts';
export { itemScoped } from './calculator.ts';
export { createCalculator } from './calculator-factory.ts';
export { TAX_CONFIG, type TaxConfigKey } from './config-keys.ts';
export { DeltaRounding, DeltaType, INITIAL_DELTA, phpKey } from './delta-rounding.ts';
export { type ConfigReader, parseTaxAddressConfig, parseTaxCalculationConfig } from './parse-config.ts';
export {
  isPhpNumeric,
  matchesPostcode,
  POSTCODE_SUBSTRING_LENGTH,
  postcodeTemplates,
} from './postcode-match.ts';
export { collectAppliedTaxes } from './quote-applied-taxes.ts';
export { NO_RATES, type RateResolutionInput, resolveRates } from './rate-resolver.ts';
export { PHP_PRE_ROUNDING_DIGITS, phpRound } from './round.ts';
export { createRowCalculator } from './row-calculator.ts';
export {
  type ChosenTaxAddress,
  chooseTaxAddress,
  type TaxAddressInput,
  type TaxAddressSource,
  type TaxBasedOn,
} from './tax-address.ts';
export { calcTaxAmount, calculatePriceInclTax, isSameRateAsStore } from './tax-amount.ts';
export { createTotalCalculator } from './total-calculator.ts';
export * from './types.ts';
export { createUnitCalculator } from './unit-calculator.ts';
