import type { Services } from '../../context.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria, type SearchCriteria } from '../framework/search-criteria.ts';

/**
 * The sales repositories' getList: searchCriteria over a collection's records (flat columns, so
 * any top-level field filters and sorts), Magento's `{items, search_criteria, total_count}`.
 * @see Magento\Sales\Model\ResourceModel\Order\Collection, Magento\Framework\Api\SearchResults
 */
export function searchCollection<T>(
  s: Services,
  collection: string,
  query: Record<string, unknown>,
  present: (record: T) => unknown = (r) => r,
): SearchResult<unknown> {
  return search(s.store.all<T>(collection), parseSearchCriteria(s, query), { present });
}

/** The criteria a `getCommentsList($id)` builds: `parent_id = $id`. */
export function byParent(id: number): SearchCriteria {
  return { filter_groups: [{ filters: [{ field: 'parent_id', value: String(id), condition_type: 'eq' }] }] };
}
