import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { presentRule } from './rule-dto.ts';
import { COUPONS, type CouponRecord, SALES_RULES, type SalesRuleRecord } from './types.ts';

/**
 * `GET /V1/salesRules/:ruleId`, `GET /V1/salesRules/search`, `DELETE /V1/salesRules/:ruleId`.
 * An unknown id is 404 with the bare `No such entity.`; deleting a rule deletes its coupons
 * (foreign key cascade). Searching filters on the stored columns (coupon type as 1/2/3, flags
 * as 0/1).
 * @see Magento\SalesRule\Model\RuleRepository
 */
export function findSalesRule(s: Services, id: number): SalesRuleRecord | undefined {
  return s.store.get<SalesRuleRecord>(SALES_RULES, String(id));
}

function loadRule(s: Services, id: number): SalesRuleRecord {
  const r = findSalesRule(s, id);
  if (!r) throw new NoSuchEntityError('No such entity.');
  return r;
}

export const getSalesRule = (s: Services, id: number) => presentRule(loadRule(s, id));

export function searchSalesRules(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store.all<SalesRuleRecord>(SALES_RULES).sort((a, b) => a.rule_id - b.rule_id);
  return search(rows, parseSearchCriteria(s, query), {
    field: (r, f) => {
      const v = (r as unknown as Record<string, unknown>)[f];
      return typeof v === 'boolean' ? Number(v) : v;
    },
    present: presentRule,
  });
}

export function deleteSalesRule(s: Services, id: number): boolean {
  loadRule(s, id);
  s.store.delete(SALES_RULES, String(id));
  for (const c of s.store.all<CouponRecord>(COUPONS)) {
    if (c.rule_id === id) s.store.delete(COUPONS, String(c.coupon_id));
  }
  return true;
}
