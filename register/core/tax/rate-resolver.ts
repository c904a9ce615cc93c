import type { TaxLocation, TaxRate, TaxRule, TaxTable } from './tax-table.ts';

/**
 * Which rates apply to a product tax class, a customer tax class and an address, and how they
 * combine, the way Magento resolves them:
 *
 * - candidates: rules holding both classes, rates of those rules for the country, the region (or
 *   any) and the postcode (exact, `*`/empty, a `787*` prefix, or a numeric range);
 * - order: rule priority, rule id, then the most specific rate first (region, postcode, value);
 *   a rule contributes its first (most specific) rate only;
 * - one *applied rate group* per priority: rates of one priority add up; a later priority
 *   compounds on the earlier ones unless its rule has `calculate_subtotal`.
 *
 * The calculators tax each group separately (its `id` scopes delta rounding), so the groups and
 * their percents must be Magento's exactly.
 * @see Magento\Tax\Model\ResourceModel\Calculation::_getRates, getCalculationProcess, _calculateRates
 */
export interface AppliedRateGroup {
  /** Concatenated rate codes, Magento's applied-rate id (the delta-rounding key of the group). */
  id: string;
  /** The group's percent, compounded on the groups before it. */
  percent: number;
  rates: Array<{ code: string; percent: number; ruleId: number }>;
}

export interface ResolvedRate {
  /** The combined percent (Magento's `getRate`). */
  percent: number;
  groups: AppliedRateGroup[];
}

interface Candidate {
  rule: TaxRule;
  rate: TaxRate;
}

export function resolveRate(
  table: TaxTable,
  productClassId: number,
  customerClassId: number,
  at: TaxLocation,
): ResolvedRate {
  const byId = new Map(table.rates.map((r) => [r.id, r]));
  const candidates: Candidate[] = [];
  for (const rule of table.rules) {
    if (!rule.product_tax_class_ids.includes(productClassId)) continue;
    if (!rule.customer_tax_class_ids.includes(customerClassId)) continue;
    for (const id of rule.tax_rate_ids) {
      const rate = byId.get(id);
      if (rate && rateMatches(rate, at)) candidates.push({ rule, rate });
    }
  }
  candidates.sort(compareCandidates);
  return combine(candidates);
}

function combine(sorted: Candidate[]): ResolvedRate {
  const groups: AppliedRateGroup[] = [];
  let total = 0;
  let combined = 0;
  let current: AppliedRateGroup | undefined;
  let currentSum = 0;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    // a rule contributes its first (most specific) rate only
    while (i + 1 < sorted.length && (sorted[i + 1] as Candidate).rule.id === c.rule.id) i++;
    current ??= { id: '', percent: 0, rates: [] };
    current.id += c.rate.code;
    current.rates.push({ code: c.rate.code, percent: c.rate.rate, ruleId: c.rule.id });
    currentSum += c.rate.rate;
    const next = sorted[i + 1];
    if (!next || next.rule.priority !== c.rule.priority) {
      const last = sorted[i] as Candidate;
      if (last.rule.calculate_subtotal) {
        current.percent = currentSum;
        combined += currentSum;
      } else {
        current.percent = ((100 + total) * currentSum) / 100;
        combined += (combined * currentSum) / 100 + currentSum;
      }
      total += current.percent;
      groups.push(current);
      current = undefined;
      currentSum = 0;
    }
  }
  return { percent: combined, groups };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.rule.priority - b.rule.priority ||
    a.rule.id - b.rule.id ||
    desc(a.rate.tax_country_id, b.rate.tax_country_id) ||
    (b.rate.tax_region_id ?? 0) - (a.rate.tax_region_id ?? 0) ||
    desc(a.rate.tax_postcode ?? '', b.rate.tax_postcode ?? '') ||
    b.rate.rate - a.rate.rate
  );
}

function desc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Country, region (0/null = any) and postcode match, as in `_getRates`. */
export function rateMatches(rate: TaxRate, at: TaxLocation): boolean {
  if (rate.tax_country_id !== at.country_id) return false;
  const region = rate.tax_region_id ?? 0;
  if (region !== 0 && region !== (at.region_id ?? 0)) return false;
  return postcodeMatches(rate, (at.postcode ?? '*').trim());
}

function postcodeMatches(rate: TaxRate, postcode: string): boolean {
  if (rate.zip_is_range) {
    if (!/^\d+$/.test(postcode)) return false;
    const n = Number(postcode);
    return n >= Number(rate.zip_from ?? Number.NaN) && n <= Number(rate.zip_to ?? Number.NaN);
  }
  // An address without a postcode is matched by every (non-range) rate, as in Magento.
  if (postcode === '*' || postcode === '') return true;
  const p = (rate.tax_postcode ?? '').trim();
  if (p === '' || p === '*') return true;
  if (p.endsWith('*')) return postcode.toUpperCase().startsWith(p.slice(0, -1).toUpperCase());
  return p.toUpperCase() === postcode.toUpperCase();
}
