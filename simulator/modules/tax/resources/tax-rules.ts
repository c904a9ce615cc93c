import type { Services } from '../../../context.ts';
import { NoSuchEntityError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import { TAX_RULES, type TaxRuleRecord } from './types.ts';

/**
 * Tax rules: `GET/DELETE /V1/taxRules/:ruleId` and `GET /V1/taxRules/search`. The search knows
 * Magento's joined filter fields: `tax_calculation_rate_id` (alias `tax_rate_ids`),
 * `customer_tax_class_ids`, `product_tax_class_ids`, `tax_calculation_rule_id` (= `id`) and
 * `sort_order` (= `position`).
 * @see Magento\Tax\Model\TaxRuleRepository
 * @see Magento\Tax\Model\Api\SearchCriteria\TaxRuleCollectionProcessor
 */
export interface TaxRuleDto {
  id: number;
  code: string;
  priority: number;
  position: number;
  customer_tax_class_ids: number[];
  product_tax_class_ids: number[];
  tax_rate_ids: number[];
  calculate_subtotal: boolean;
}

export const presentRule = (r: TaxRuleRecord): TaxRuleDto => ({
  id: r.id,
  code: r.code,
  priority: r.priority,
  position: r.position,
  customer_tax_class_ids: r.customer_tax_class_ids,
  product_tax_class_ids: r.product_tax_class_ids,
  tax_rate_ids: r.tax_rate_ids,
  calculate_subtotal: r.calculate_subtotal === true,
});

export function findRule(s: Services, id: number): TaxRuleRecord | undefined {
  return s.store.get<TaxRuleRecord>(TAX_RULES, String(id));
}

export function getRule(s: Services, id: number): TaxRuleDto {
  const r = findRule(s, id);
  if (!r) throw NoSuchEntityError.singleField('taxRuleId', id);
  return presentRule(r);
}

const FIELD_ALIASES: Record<string, keyof TaxRuleDto> = {
  tax_calculation_rate_id: 'tax_rate_ids',
  tax_calculation_rule_id: 'id',
  sort_order: 'position',
};

export function searchRules(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store
    .all<TaxRuleRecord>(TAX_RULES)
    .sort((a, b) => a.id - b.id)
    .map(presentRule);
  return search(rows, parseSearchCriteria(s, query), {
    field: (r, f) => (r as unknown as Record<string, unknown>)[FIELD_ALIASES[f] ?? f],
  });
}

export function deleteRule(s: Services, id: number): boolean {
  if (!findRule(s, id)) throw NoSuchEntityError.singleField('taxRuleId', id);
  s.store.delete(TAX_RULES, String(id));
  return true;
}
