import type { Services } from '../../context.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { presentCart } from './cart-dto.ts';
import { QUOTES, type Quote } from './types.ts';

/**
 * `GET /V1/carts/search`: searchCriteria over the `quote` table's columns (`entity_id`,
 * `customer_id`, `customer_email`, `is_active` as 1/0, `store_id`, `reserved_order_id`,
 * `created_at`, `updated_at`), each cart presented as `GET /V1/carts/:cartId` shows it.
 * @see Magento\Quote\Model\QuoteRepository::getList
 */
export function searchCarts(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return search(s.store.all<Quote>(QUOTES), parseSearchCriteria(s, query), {
    field: column,
    present: (q) => presentCart(s, q),
  });
}

function column(q: Quote, field: string): unknown {
  if (field === 'entity_id') return q.id;
  if (field === 'is_active' || field === 'customer_is_guest') return q[field] ? 1 : 0;
  if (field === 'items_count') return q.items.length;
  if (field === 'items_qty') return q.items.reduce((n, i) => n + i.qty, 0);
  return (q as unknown as Record<string, unknown>)[field];
}
