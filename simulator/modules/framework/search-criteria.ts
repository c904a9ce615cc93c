import type { Services } from '../../context.ts';
import { InputError, LocalizedError } from '../../errors.ts';

/**
 * Magento's searchCriteria, parsed from the query string (`searchCriteria[filter_groups][0]...`),
 * with both snake_case and camelCase keys, and echoed back in snake_case.
 * @see Magento\Framework\Api\SearchCriteria, Magento\Framework\Api\SortOrder
 */
export interface Filter {
  field: string;
  value: string;
  condition_type: string;
}
export interface SortOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}
export interface SearchCriteria {
  filter_groups: Array<{ filters: Filter[] }>;
  sort_orders?: SortOrder[];
  page_size?: number;
  current_page?: number;
}

type Obj = Record<string, unknown>;

const pick = (o: Obj, ...keys: string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined) return o[k];
  return undefined;
};

/** qs gives arrays for small indexes and objects for large or sparse ones: read both in order. */
const list = (v: unknown): Obj[] => {
  if (Array.isArray(v)) return v.filter((x) => x && typeof x === 'object') as Obj[];
  if (v && typeof v === 'object') {
    return Object.keys(v)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => (v as Obj)[k])
      .filter((x) => x && typeof x === 'object') as Obj[];
  }
  return [];
};

/**
 * Reads `query.searchCriteria`. A missing one is `"searchCriteria" is required.` (required on every
 * getList route); `optional` routes get an empty criteria instead.
 */
export function parseSearchCriteria(s: Services, query: Obj, optional = false): SearchCriteria {
  const raw = query['searchCriteria'] ?? query['search_criteria'];
  if (raw === undefined || raw === '' || typeof raw !== 'object') {
    if (optional || raw === '') return { filter_groups: [] };
    throw InputError.required('searchCriteria');
  }
  const sc = raw as Obj;
  const criteria: SearchCriteria = {
    filter_groups: list(pick(sc, 'filter_groups', 'filterGroups')).map((g) => ({
      filters: list(g['filters']).map((f) => ({
        field: String(f['field'] ?? ''),
        value: f['value'] === undefined ? '' : String(f['value']),
        condition_type: String(pick(f, 'condition_type', 'conditionType') ?? 'eq') || 'eq',
      })),
    })),
  };
  const sorts = pick(sc, 'sort_orders', 'sortOrders');
  if (sorts !== undefined) criteria.sort_orders = list(sorts).map(parseSortOrder);
  const size = pick(sc, 'page_size', 'pageSize');
  if (size !== undefined && size !== '') criteria.page_size = toInt(size);
  const page = pick(sc, 'current_page', 'currentPage');
  if (page !== undefined && page !== '') criteria.current_page = toInt(page);
  if (s.config.flag('webapi/validation/input_limit_enabled')) {
    const max = s.config.number('webapi/validation/maximum_page_size') || 300;
    if (criteria.page_size === undefined)
      criteria.page_size = s.config.number('webapi/validation/default_page_size') || 20;
    if (criteria.page_size > max) throw new InputError('Maximum SearchCriteria pageSize is %max', { max });
  }
  return criteria;
}

function parseSortOrder(o: Obj): SortOrder {
  const field = String(o['field'] ?? '');
  if (field !== '' && !/^[a-z0-9_]+$/i.test(field)) {
    throw new InputError('Sort order field %1 contains restricted symbols', [field]);
  }
  const dir = o['direction'] === undefined ? 'ASC' : o['direction'];
  if (typeof dir !== 'string')
    throw new InputError('The sort order has to be specified as a string, got %1.', [typeof dir]);
  const up = dir.toUpperCase();
  if (up !== 'ASC' && up !== 'DESC') {
    throw new InputError(
      'The sort order has to be specified as %1 for ascending order or %2 for descending order.',
      ['ASC', 'DESC'],
    );
  }
  return { field, direction: up };
}

function toInt(v: unknown): number {
  const n = Number(v);
  if (typeof v === 'object' || !Number.isInteger(n)) {
    throw new LocalizedError(
      'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.',
      {
        value: typeof v === 'object' ? JSON.stringify(v) : String(v),
        type: 'int',
      },
    );
  }
  return n;
}
