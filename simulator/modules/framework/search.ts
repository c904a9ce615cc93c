import { matches } from './conditions.ts';
import type { SearchCriteria } from './search-criteria.ts';

/**
 * Applies searchCriteria to records: OR inside a filter group, AND across groups, then sorting
 * (a sort order without direction is descending) and paging, and returns Magento's envelope
 * `{items, search_criteria, total_count}`. `total_count` counts every match, not the page; a page
 * past the end is empty; page size 0 means no paging, a negative one pages by 1 (Zend's
 * `limitPage`), a page below 1 is page 1.
 * @see Magento\Framework\Api\SearchResults
 * @see Magento\Framework\Api\SearchCriteria\CollectionProcessor
 */
export interface SearchResult<T> {
  items: T[];
  search_criteria: SearchCriteria;
  total_count: number;
}

export interface SearchOptions<T> {
  /** Reads a field for filtering and sorting (default: the record's own property). */
  field?: (record: T, field: string) => unknown;
  /** Rejects an unknown field (e.g. EAV's `The "%1" attribute name is invalid.`). */
  checkField?: (field: string) => void;
  /** Shapes each returned item (e.g. drop fields a list omits). */
  present?: (record: T) => unknown;
}

export function search<T>(
  records: readonly T[],
  criteria: SearchCriteria,
  opts: SearchOptions<T> = {},
): SearchResult<unknown> {
  const get = opts.field ?? ((r: T, f: string) => (r as Record<string, unknown>)[f]);
  for (const g of criteria.filter_groups) for (const f of g.filters) opts.checkField?.(f.field);
  for (const o of criteria.sort_orders ?? []) opts.checkField?.(o.field);
  let found = records.filter((r) =>
    criteria.filter_groups.every(
      (g) => g.filters.length === 0 || g.filters.some((f) => matches(get(r, f.field), f)),
    ),
  );
  const sorts = (criteria.sort_orders ?? []).filter((o) => o.field !== '');
  if (sorts.length > 0) {
    found = [...found].sort((a, b) => {
      for (const o of sorts) {
        const c = compare(get(a, o.field), get(b, o.field));
        if (c !== 0) return o.direction === 'ASC' ? c : -c;
      }
      return 0;
    });
  }
  const total = found.length;
  if (criteria.page_size !== undefined && criteria.page_size !== 0) {
    const size = Math.max(criteria.page_size, 1);
    const page = Math.max(criteria.current_page ?? 1, 1);
    found = found.slice((page - 1) * size, page * size);
  }
  return {
    items: opts.present ? found.map(opts.present) : found,
    search_criteria: criteria,
    total_count: total,
  };
}

/** SQL-like ordering: nulls first, numbers numerically, strings case-insensitively. */
export function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}
