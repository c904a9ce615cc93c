import type { TaxRate, TaxRule } from '../types.ts';

/**
 * What the tax resources keep in the state. Rates and rules are stored exactly as the tax engine
 * reads them (`TaxRate`, `TaxRule`), so `resolveRates` works on the collections directly.
 */
export const TAX_CLASSES = 'tax_classes';
export const TAX_RATES = 'tax_rates';
export const TAX_RULES = 'tax_rules';

export type TaxClassType = 'CUSTOMER' | 'PRODUCT';

/** A row of `tax_class` (`Magento\Tax\Api\Data\TaxClassInterface`). */
export interface TaxClassRecord {
  class_id: number;
  class_name: string;
  class_type: TaxClassType;
}

export type TaxRateRecord = TaxRate;
export type TaxRuleRecord = TaxRule;
