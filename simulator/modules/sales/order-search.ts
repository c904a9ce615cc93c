import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { ORDERS } from './collections.ts';
import { searchCollection } from './document-search.ts';
import { NO_SUCH_ENTITY, presentOrder, requireId } from './order-repository.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * Order and order-item reads: `GET /V1/orders` (e.g. `quote_id`, `increment_id`, `customer_id`,
 * `store_id`, `created_at` filters: the way a register finds out whether a timed-out placement
 * landed), `GET /V1/orders/items/:id` and `GET /V1/orders/items`.
 * @see Magento\Sales\Model\OrderRepository::getList, Magento\Sales\Model\Order\ItemRepository
 */
export function searchOrders(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return searchCollection<Order>(s, ORDERS, query, presentOrder);
}

/** Every line of every order (order items live inside their orders). */
export function allOrderItems(s: Services): OrderItem[] {
  return s.store.all<Order>(ORDERS).flatMap((o) => o.items ?? []);
}

/** `GET /V1/orders/items/:id`. */
export function getOrderItem(s: Services, id: number): OrderItem {
  requireId(id);
  const item = allOrderItems(s).find((i) => i.item_id === id);
  if (!item) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  return item;
}

/** `GET /V1/orders/items`: searchCriteria over all lines. */
export function searchOrderItems(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return search(allOrderItems(s), parseSearchCriteria(s, query));
}
