/**
 * The config paths the tax engine reads, each with Magento's shipped default, as strings the way
 * `core_config_data` stores them (`null` = no default in config.xml). The simulator's config
 * module reads these; `parseTaxCalculationConfig` turns them into calculation flags.
 * @see Magento\Tax\Model\Config (paths), Magento/Tax/etc/config.xml and Magento/Shipping/etc/config.xml (defaults)
 */
export const TAX_CONFIG = {
  algorithm: { path: 'tax/calculation/algorithm', default: 'TOTAL_BASE_CALCULATION' },
  basedOn: { path: 'tax/calculation/based_on', default: 'shipping' },
  priceIncludesTax: { path: 'tax/calculation/price_includes_tax', default: '0' },
  shippingIncludesTax: { path: 'tax/calculation/shipping_includes_tax', default: '0' },
  applyAfterDiscount: { path: 'tax/calculation/apply_after_discount', default: '1' },
  discountTax: { path: 'tax/calculation/discount_tax', default: '0' },
  applyTaxOn: { path: 'tax/calculation/apply_tax_on', default: '0' },
  crossBorderTrade: { path: 'tax/calculation/cross_border_trade_enabled', default: null },
  shippingTaxClass: { path: 'tax/classes/shipping_tax_class', default: '0' },
  defaultProductTaxClass: { path: 'tax/classes/default_product_tax_class', default: '2' },
  defaultCustomerTaxClass: { path: 'tax/classes/default_customer_tax_class', default: '3' },
  defaultCountry: { path: 'tax/defaults/country', default: 'US' },
  defaultRegion: { path: 'tax/defaults/region', default: '0' },
  defaultPostcode: { path: 'tax/defaults/postcode', default: null },
  originCountry: { path: 'shipping/origin/country_id', default: 'US' },
  originRegion: { path: 'shipping/origin/region_id', default: '12' },
  originPostcode: { path: 'shipping/origin/postcode', default: '90034' },
} as const satisfies Record<string, { path: string; default: string | null }>;

/** A name in `TAX_CONFIG`. */
export type TaxConfigKey = keyof typeof TAX_CONFIG;
