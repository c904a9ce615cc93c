import type { Services } from '../../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import { regionById } from './directory.ts';
import { TAX_RATES, TAX_RULES, type TaxRateRecord, type TaxRuleRecord } from './types.ts';

/**
 * Tax rates: `GET/DELETE /V1/taxRates/:rateId` and `GET /V1/taxRates/search`, answered as
 * Magento's TaxRate DTO: getters in interface order, nulls left out, `region_name` the region's
 * code, title `store_id`s as strings (`TaxRateTitleInterface::getStoreId(): string`).
 * @see Magento\Tax\Model\Calculation\RateRepository
 * @see Magento\Tax\Model\Calculation\Rate::beforeDelete
 */
export interface TaxRateDto {
  id: number;
  tax_country_id: string;
  tax_region_id: number;
  region_name?: string;
  tax_postcode?: string;
  zip_is_range?: number;
  zip_from?: number;
  zip_to?: number;
  rate: number;
  code: string;
  titles: Array<{ store_id: string; value: string }>;
}

export function presentRate(r: TaxRateRecord): TaxRateDto {
  const regionName = regionById(r.tax_region_id ?? 0)?.code;
  return {
    id: r.id,
    tax_country_id: r.tax_country_id,
    tax_region_id: r.tax_region_id ?? 0,
    ...(regionName ? { region_name: regionName } : {}),
    ...(r.tax_postcode != null ? { tax_postcode: r.tax_postcode } : {}),
    ...(r.zip_is_range ? { zip_is_range: 1, zip_from: r.zip_from ?? 0, zip_to: r.zip_to ?? 0 } : {}),
    rate: r.rate,
    code: r.code,
    titles: (r.titles ?? []).map((t) => ({ store_id: String(t.store_id), value: t.value })),
  };
}

export function findRate(s: Services, id: number): TaxRateRecord | undefined {
  return s.store.get<TaxRateRecord>(TAX_RATES, String(id));
}

export function getRate(s: Services, id: number): TaxRateDto {
  const r = findRate(s, id);
  if (!r) throw NoSuchEntityError.singleField('taxRateId', id);
  return presentRate(r);
}

export function searchRates(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store
    .all<TaxRateRecord>(TAX_RATES)
    .sort((a, b) => a.id - b.id)
    .map(presentRate);
  return search(rows, parseSearchCriteria(s, query), {
    field: (r, f) => (r as unknown as Record<string, unknown>)[f === 'tax_calculation_rate_id' ? 'id' : f],
  });
}

export function deleteRate(s: Services, id: number): boolean {
  if (!findRate(s, id)) throw NoSuchEntityError.singleField('taxRateId', id);
  if (s.store.all<TaxRuleRecord>(TAX_RULES).some((rule) => rule.tax_rate_ids.includes(id))) {
    throw new LocalizedError("The tax rate can't be removed because it exists in a tax rule.");
  }
  s.store.delete(TAX_RATES, String(id));
  return true;
}
