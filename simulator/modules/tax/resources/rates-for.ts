import type { Services } from '../../../context.ts';
import { type ConfigReader, parseTaxAddressConfig, parseTaxCalculationConfig } from '../parse-config.ts';
import { resolveRates } from '../rate-resolver.ts';
import type { TaxAddressInput } from '../tax-address.ts';
import type { AppliedRates, TaxAddress, TaxCalculationConfig } from '../types.ts';
import { TAX_RATES, TAX_RULES, type TaxRateRecord, type TaxRuleRecord } from './types.ts';

/**
 * The checkout's doors into the tax engine over the stored rates, rules and config, so the quote
 * code never reads tax collections or config paths itself.
 */
export interface TaxRatesQuery {
  customerTaxClassId: number;
  /** 0 = not taxable. */
  productTaxClassId: number;
  /** The address `chooseTaxAddress` picked (or the shipping origin, for the store rate). */
  address: TaxAddress;
  /** Store whose rate titles are used (default 1). */
  storeId?: number;
}

/** A store view's config scope (`ctx.scope` fits). */
export interface TaxScope {
  storeCode?: string;
  websiteCode?: string;
}

/**
 * The rates that apply, grouped by priority with the combined percent (`getRate()`); no rule
 * matching means 0 % — a fresh install, which has rates but no rule, taxes nothing.
 * @see Magento\Tax\Model\Calculation::getRate
 */
export function taxRatesFor(s: Services, q: TaxRatesQuery): AppliedRates {
  return resolveRates({
    rates: s.store.all<TaxRateRecord>(TAX_RATES),
    rules: s.store.all<TaxRuleRecord>(TAX_RULES),
    customerTaxClassId: q.customerTaxClassId,
    productTaxClassId: q.productTaxClassId,
    address: q.address,
    storeId: q.storeId ?? 1,
  });
}

const reader =
  (s: Services, scope: TaxScope): ConfigReader =>
  (path) =>
    s.config.get(path, {
      ...(scope.storeCode ? { store: scope.storeCode } : {}),
      ...(scope.websiteCode ? { website: scope.websiteCode } : {}),
    });

/** `tax/calculation/*` for a store view, parsed (algorithm, prices incl. tax, discount order...). */
export function taxConfig(s: Services, scope: TaxScope): TaxCalculationConfig {
  return parseTaxCalculationConfig(reader(s, scope));
}

/** `based_on`, tax defaults and shipping origin for `chooseTaxAddress`, for a store view. */
export function taxAddressConfig(
  s: Services,
  scope: TaxScope,
): Pick<TaxAddressInput, 'basedOn' | 'defaults' | 'origin'> {
  return parseTaxAddressConfig(reader(s, scope));
}
