import { matchesPostcode } from './postcode-match.ts';
import type { AppliedRate, AppliedRateGroup, AppliedRates, TaxAddress, TaxRate, TaxRule } from './types.ts';

/** The data `getRateRequest()` + `_getRates()` work from, with the tables passed in. */
export interface RateResolutionInput {
  rates: readonly TaxRate[];
  rules: readonly TaxRule[];
  customerTaxClassId: number;
  /** 0 (or none) means the product is not taxable: no rates. */
  productTaxClassId: number;
  /** The address chosen by `chooseTaxAddress` (or the origin, for the store rate). */
  address: TaxAddress;
  /** Store whose rate titles are used; rates without one are titled by code. Default 1. */
  storeId?: number;
}

interface Row {
  rule: TaxRule;
  rate: TaxRate;
}

/** No tax: what Magento answers without country, customer class or product class. */
export const NO_RATES: AppliedRates = Object.freeze({ percent: 0, groups: [] });

/** `value` as MySQL sorts it descending: NULLs last, strings case-insensitively. */
const desc = <T extends string | number>(a: T | null | undefined, b: T | null | undefined): number => {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  const [x, y] = typeof a === 'string' ? [a.toLowerCase(), String(b).toLowerCase()] : [a, b];
  return x < y ? 1 : x > y ? -1 : 0;
};

/** Rows of `tax_calculation` that match, in `_getRates` order, one per rate id. */
function matchingRows(input: RateResolutionInput, countryId: string): Row[] {
  const regionId = Math.trunc(input.address.region_id ?? 0);
  const rateById = new Map(input.rates.map((r) => [r.id, r]));
  const rows: Row[] = [];
  for (const rule of input.rules) {
    if (!rule.customer_tax_class_ids.includes(input.customerTaxClassId)) continue;
    if (!rule.product_tax_class_ids.includes(input.productTaxClassId)) continue;
    for (const rateId of rule.tax_rate_ids) {
      const rate = rateById.get(rateId);
      if (!rate || rate.tax_country_id !== countryId) continue;
      const rateRegion = rate.tax_region_id ?? 0;
      if (rateRegion !== 0 && rateRegion !== regionId) continue;
      if (matchesPostcode(rate, countryId, input.address.postcode)) rows.push({ rule, rate });
    }
  }
  rows.sort(
    (a, b) =>
      a.rule.priority - b.rule.priority ||
      a.rule.id - b.rule.id ||
      desc(a.rate.tax_region_id ?? 0, b.rate.tax_region_id ?? 0) ||
      desc(a.rate.tax_postcode, b.rate.tax_postcode) ||
      desc(a.rate.rate, b.rate.rate),
  );
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.rate.id) && seen.add(row.rate.id));
}

/** `(100 + percent so far) × rate / 100`: a later priority is charged on price plus earlier tax. */
const collectPercent = (percent: number, rate: number) => (100 + percent) * (rate / 100);

/**
 * The rates that apply to one product tax class at one address, grouped by priority like
 * `getAppliedRates()`, with the combined percent of `getRate()`.
 *
 * Facts mimicked: only the first (most specific: region, then postcode, then highest value) rate
 * of each rule counts; rules are ordered by priority then rule id (`position` plays no part);
 * rules of the same priority add up into one group whose id is their rate codes joined; each
 * later priority compounds on the running total unless its (last) rule has `calculate_subtotal`.
 * @see Magento\Tax\Model\ResourceModel\Calculation::getCalculationProcess
 * @see Magento\Tax\Model\ResourceModel\Calculation::_calculateRate
 * @see Magento\Tax\Model\Calculation::getRate
 */
export function resolveRates(input: RateResolutionInput): AppliedRates {
  const countryId = input.address.country_id;
  if (!countryId || !input.customerTaxClassId || !input.productTaxClassId) return NO_RATES;
  const rows = matchingRows(input, countryId);
  const storeId = input.storeId ?? 1;
  const groups: AppliedRateGroup[] = [];
  let rates: AppliedRate[] = [];
  let codes: string[] = [];
  let current = 0;
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const { rule, rate } = rows[i]!;
    const title = rate.titles?.find((t) => t.store_id === storeId)?.value ?? rate.code;
    const { code, rate: percent } = rate;
    rates.push({ code, title, percent, position: rule.position, priority: rule.priority, rule_id: rule.id });
    codes.push(rate.code);
    while (rows[i + 1]?.rule.id === rule.id) i++;
    current += percent;
    const next = rows[i + 1];
    if (!next || next.rule.priority !== rule.priority) {
      const groupPercent = rows[i]!.rule.calculate_subtotal ? current : collectPercent(total, current);
      total += groupPercent;
      groups.push({ id: codes.join(''), percent: groupPercent, rates });
      rates = [];
      codes = [];
      current = 0;
    }
  }
  return { percent: total, groups };
}
