import { TAX_CONFIG, type TaxConfigKey } from './config-keys.ts';
import type { TaxAddressInput, TaxBasedOn } from './tax-address.ts';
import { TaxAlgorithm, type TaxCalculationConfig } from './types.ts';

/** Reads one config value by path; null/undefined when unset (the default then applies). */
export type ConfigReader = (path: string) => string | null | undefined;

const read = (get: ConfigReader, key: TaxConfigKey): string | null =>
  get(TAX_CONFIG[key].path) ?? TAX_CONFIG[key].default;
/** Magento reads these flags with `(bool)`: '' , '0' and unset are false. */
const flag = (get: ConfigReader, key: TaxConfigKey) => {
  const v = read(get, key);
  return v !== null && v !== '' && v !== '0';
};

/**
 * The calculation flags from config strings; an unknown algorithm falls back to TOTAL, the
 * default (Magento's factory would throw).
 * @see Magento\Tax\Model\Config
 */
export function parseTaxCalculationConfig(get: ConfigReader): TaxCalculationConfig {
  const algorithm = TaxAlgorithm.safeParse(read(get, 'algorithm'));
  return {
    algorithm: algorithm.success ? algorithm.data : 'TOTAL_BASE_CALCULATION',
    priceIncludesTax: flag(get, 'priceIncludesTax'),
    shippingIncludesTax: flag(get, 'shippingIncludesTax'),
    applyAfterDiscount: flag(get, 'applyAfterDiscount'),
    discountTax: flag(get, 'discountTax'),
    crossBorderTrade: flag(get, 'crossBorderTrade'),
  };
}

/**
 * `based_on`, tax defaults and shipping origin, ready for `chooseTaxAddress`. An unknown
 * `based_on` is read as `shipping` (Magento would find no address and tax nothing; its admin
 * source model only offers the three values).
 */
export function parseTaxAddressConfig(
  get: ConfigReader,
): Pick<TaxAddressInput, 'basedOn' | 'defaults' | 'origin'> {
  const basedOn = read(get, 'basedOn');
  return {
    basedOn: (['shipping', 'billing', 'origin'] as const).includes(basedOn as TaxBasedOn)
      ? (basedOn as TaxBasedOn)
      : 'shipping',
    defaults: {
      country: read(get, 'defaultCountry') ?? '',
      region: Number(read(get, 'defaultRegion') ?? 0) || 0,
      postcode: read(get, 'defaultPostcode') || null,
    },
    origin: {
      country_id: read(get, 'originCountry') ?? '',
      region_id: Number(read(get, 'originRegion') ?? 0) || 0,
      postcode: read(get, 'originPostcode') || null,
    },
  };
}
