import { z } from 'zod';

/** A tax rate as `/V1/taxRates` holds it (`tax_calculation_rate`); region 0 means any region. */
export const TaxRate = z.object({
  id: z.number().int(),
  code: z.string(),
  tax_country_id: z.string(),
  tax_region_id: z.number().int().nullish(),
  /** `*`, empty or null = any; `900*` = prefix; `90034` = exact. Ignored when `zip_is_range`. */
  tax_postcode: z.string().nullish(),
  zip_is_range: z.union([z.boolean(), z.number()]).nullish(),
  zip_from: z.number().nullish(),
  zip_to: z.number().nullish(),
  rate: z.number().nonnegative(),
  /** Store labels; a rate without a label for the store is titled by its code. */
  titles: z.array(z.object({ store_id: z.number().int(), value: z.string() })).optional(),
});
export type TaxRate = z.infer<typeof TaxRate>;

/** A tax rule as `/V1/taxRules` holds it (`tax_calculation_rule` and its `tax_calculation` rows). */
export const TaxRule = z.object({
  id: z.number().int(),
  code: z.string(),
  priority: z.number().int(),
  position: z.number().int(),
  customer_tax_class_ids: z.array(z.number().int()),
  product_tax_class_ids: z.array(z.number().int()),
  tax_rate_ids: z.array(z.number().int()),
  /** "Calculate Off Subtotal Only": this priority's tax is not compounded on earlier ones. */
  calculate_subtotal: z.boolean().nullish(),
});
export type TaxRule = z.infer<typeof TaxRule>;

/** The address fields tax looks at; any may be missing (a POS sale often has no address). */
export const TaxAddress = z.object({
  country_id: z.string().nullish(),
  region_id: z.number().int().nullish(),
  postcode: z.string().nullish(),
});
export type TaxAddress = z.infer<typeof TaxAddress>;

/** One rate inside an applied group, as `getAppliedRates()` lists it. */
export const AppliedRate = z.object({
  code: z.string(),
  title: z.string(),
  percent: z.number(),
  position: z.number(),
  priority: z.number(),
  rule_id: z.number(),
});
export type AppliedRate = z.infer<typeof AppliedRate>;

/** One priority group: its codes joined as id, its effective percent (compounded if need be). */
export const AppliedRateGroup = z.object({
  id: z.string(),
  percent: z.number(),
  rates: z.array(AppliedRate),
});
export type AppliedRateGroup = z.infer<typeof AppliedRateGroup>;

/** What applies to one product tax class at one address: `getRate()` and `getAppliedRates()`. */
export const AppliedRates = z.object({
  percent: z.number(),
  groups: z.array(AppliedRateGroup),
});
export type AppliedRates = z.infer<typeof AppliedRates>;

/** Rates for a product tax class (0 = none); the caller binds address and customer class. */
export type RatesLookup = (productTaxClassId: number) => AppliedRates;
const RatesLookupSchema = z.custom<RatesLookup>((v) => typeof v === 'function', 'expected a function');

/** `tax/calculation/algorithm` values (`Magento\Tax\Model\Calculation::CALC_*`). */
export const TaxAlgorithm = z.enum([
  'UNIT_BASE_CALCULATION',
  'ROW_BASE_CALCULATION',
  'TOTAL_BASE_CALCULATION',
]);
export type TaxAlgorithm = z.infer<typeof TaxAlgorithm>;

/** The `tax/calculation/*` flags the calculation reads, already parsed from config strings. */
export const TaxCalculationConfig = z.object({
  algorithm: TaxAlgorithm,
  priceIncludesTax: z.boolean(),
  shippingIncludesTax: z.boolean(),
  applyAfterDiscount: z.boolean(),
  discountTax: z.boolean(),
  crossBorderTrade: z.boolean(),
});
export type TaxCalculationConfig = z.infer<typeof TaxCalculationConfig>;

/** One cart line as the tax collector maps it (`CommonTaxCollector::mapItem`). */
export const QuoteTaxItem = z.object({
  code: z.string(),
  /** Catalog price of one unit, including tax when `priceIncludesTax`. */
  unitPrice: z.number().nonnegative(),
  qty: z.number().positive(),
  taxClassId: z.number().int().nonnegative(),
  /** The row's discount (from the discount collector), not per unit. */
  discountAmount: z.number().nonnegative().optional(),
});
export type QuoteTaxItem = z.infer<typeof QuoteTaxItem>;

/** The shipping line (`CommonTaxCollector::getShippingDataObject`: code `shipping`, qty 1). */
export const QuoteTaxShipping = z.object({
  /** Shipping amount, including tax when `shippingIncludesTax`. */
  amount: z.number().nonnegative(),
  discountAmount: z.number().nonnegative().optional(),
  /** `tax/classes/shipping_tax_class`; Magento's default 0 means shipping is not taxed. */
  taxClassId: z.number().int().nonnegative(),
});
export type QuoteTaxShipping = z.infer<typeof QuoteTaxShipping>;

/** Everything one tax pass over a quote address needs; rates come through lookups. */
export const QuoteTaxInput = z.object({
  items: z.array(QuoteTaxItem),
  shipping: QuoteTaxShipping.nullable(),
  ratesFor: RatesLookupSchema,
  /** Rates at the shipping origin for the default customer class; defaults to `ratesFor`. */
  storeRatesFor: RatesLookupSchema.optional(),
  config: TaxCalculationConfig,
});
export type QuoteTaxInput = z.infer<typeof QuoteTaxInput>;

/** One applied tax of an item or of the quote, as `convertAppliedTaxes()` shapes it. */
export const AppliedTax = z.object({
  id: z.string(),
  percent: z.number(),
  amount: z.number(),
  rates: z.array(z.object({ code: z.string(), title: z.string(), percent: z.number() })),
});
export type AppliedTax = z.infer<typeof AppliedTax>;

/** Per-line result, the fields `CommonTaxCollector::updateItemTaxInfo` writes on a quote item. */
export const ItemTax = z.object({
  code: z.string(),
  price: z.number(),
  priceInclTax: z.number(),
  rowTotal: z.number(),
  rowTotalInclTax: z.number(),
  taxAmount: z.number(),
  taxPercent: z.number(),
  discountTaxCompensationAmount: z.number(),
  /** The price the discount collector works on: incl. tax when `discountTax`, else excl. */
  discountCalculationPrice: z.number(),
  appliedRates: z.array(AppliedTax),
});
export type ItemTax = z.infer<typeof ItemTax>;

/** Shipping result, as `CommonTaxCollector::processShippingTaxInfo` stores it. */
export const ShippingTax = z.object({
  /** Shipping excluding tax (Magento's `shipping` total). */
  amount: z.number(),
  amountInclTax: z.number(),
  taxAmount: z.number(),
  discountTaxCompensationAmount: z.number(),
  appliedRates: z.array(AppliedTax),
});
export type ShippingTax = z.infer<typeof ShippingTax>;

/** Address totals the tax collector sets (`processProductItems`, shipping, applied taxes). */
export const QuoteTaxTotals = z.object({
  subtotal: z.number(),
  subtotalInclTax: z.number(),
  /** Items' and shipping's tax (Magento's `tax` total). */
  taxAmount: z.number(),
  shippingTaxAmount: z.number(),
  /** Items only; shipping's compensation is kept apart as Magento does. */
  discountTaxCompensationAmount: z.number(),
  shippingDiscountTaxCompensationAmount: z.number(),
  appliedTaxes: z.array(AppliedTax),
});
export type QuoteTaxTotals = z.infer<typeof QuoteTaxTotals>;

/** The outcome of `calculateQuoteTax`: lines in cart order, shipping, totals. */
export const QuoteTaxResult = z.object({
  items: z.array(ItemTax),
  shipping: ShippingTax.nullable(),
  totals: QuoteTaxTotals,
});
export type QuoteTaxResult = z.infer<typeof QuoteTaxResult>;
