import type { Services } from '../../context.ts';
import { InputError, LocalizedError } from '../../errors.ts';
import { parseSortOrder, type SortOrder } from './sort-order.ts';

/**
 * Magento's searchCriteria, read from the query string (`searchCriteria[filter_groups][0]...`)
 * the way the ServiceInputProcessor builds the DTO: snake_case and camelCase keys alike, a
 * non-numeric page size or page is `Error occurred during "%field_name" processing. %details`,
 * and with Web API input limits on (`webapi/validation/input_limit_enabled` = 1) a missing page
 * size becomes `webapi/validation/default_page_size` (20) and a `pageSize` above
 * `webapi/validation/maximum_page_size` (300) is `Maximum SearchCriteria pageSize is %max`. The
 * validator looks only at the camelCase key, so `page_size` escapes the maximum, as in Magento.
 * It is echoed back in snake_case.
 * @see Magento\Framework\Webapi\ServiceInputProcessor::_createFromArray
 * @see Magento\Framework\Webapi\Validator\SearchCriteriaValidator
 * @see Magento\Framework\Webapi\Validator\IOLimit\DefaultPageSizeSetter
 */
export type { SortOrder } from './sort-order.ts';

export interface Filter {
  field: string;
  value: string;
  condition_type: string;
}
export interface SearchCriteria {
  filter_groups: Array<{ filters: Filter[] }>;
  sort_orders?: SortOrder[];
  page_size?: number;
  current_page?: number;
}

type Obj = Record<string, unknown>;

/** qs gives arrays for small indexes and objects for large or sparse ones: read both in order. */
const list = (v: unknown): Obj[] => {
  if (v === null || typeof v !== 'object') return [];
  const items = Array.isArray(v)
    ? v
    : Object.keys(v)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => (v as Obj)[k]);
  return items.filter((x) => x && typeof x === 'object') as Obj[];
};

/**
 * Reads `query.searchCriteria` (or `search_criteria`). A missing one is `"searchCriteria" is
 * required. Enter and try again.` (every getList route requires it) unless `optional`; a present
 * one that is not a structure (`searchCriteria=`) is an empty criteria, as in Magento.
 */
export function parseSearchCriteria(s: Services, query: Obj, optional = false): SearchCriteria {
  const raw = query['searchCriteria'] ?? query['search_criteria'];
  if (raw === undefined) {
    if (optional) return { filter_groups: [] };
    throw InputError.required('searchCriteria');
  }
  const criteria: SearchCriteria = { filter_groups: [] };
  if (raw === null || typeof raw !== 'object') return withDefaultPageSize(s, criteria);
  for (const [key, value] of Object.entries(raw as Obj)) {
    if (key === 'filter_groups' || key === 'filterGroups') criteria.filter_groups = list(value).map(group);
    else if (key === 'sort_orders' || key === 'sortOrders')
      criteria.sort_orders = list(value).map(parseSortOrder);
    else if (key === 'page_size' || key === 'pageSize') {
      criteria.page_size = toInt(key, value);
      if (key === 'pageSize') checkMaximum(s, criteria.page_size);
    } else if (key === 'current_page' || key === 'currentPage') criteria.current_page = toInt(key, value);
  }
  return withDefaultPageSize(s, criteria);
}

function group(g: Obj): { filters: Filter[] } {
  return {
    filters: list(g['filters']).map((f) => ({
      field: scalar(f['field']),
      value: scalar(f['value']),
      condition_type: scalar(f['condition_type'] ?? f['conditionType']) || 'eq',
    })),
  };
}

const scalar = (v: unknown): string =>
  v === undefined || v === null || typeof v === 'object' ? '' : String(v);

function limitsOn(s: Services): boolean {
  return s.config.flag('webapi/validation/input_limit_enabled');
}

function checkMaximum(s: Services, pageSize: number): void {
  if (!limitsOn(s)) return;
  const max = s.config.number('webapi/validation/maximum_page_size') || 300;
  if (pageSize > max) throw new LocalizedError('Maximum SearchCriteria pageSize is %max', { max });
}

function withDefaultPageSize(s: Services, criteria: SearchCriteria): SearchCriteria {
  if (criteria.page_size === undefined && limitsOn(s)) {
    criteria.page_size = s.config.number('webapi/validation/default_page_size') || 20;
  }
  return criteria;
}

/** TypeProcessor's `int` conversion: PHP `is_numeric`, then truncation; anything else is refused. */
function toInt(key: string, v: unknown): number {
  if (typeof v === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) {
    return Math.trunc(Number(v));
  }
  const value = typeof v === 'object' ? 'array' : String(v);
  throw new LocalizedError('Error occurred during "%field_name" processing. %details', {
    field_name: key,
    details: `The "${value}" value's type is invalid. The "int" type was expected. Verify and try again.`,
  });
}
