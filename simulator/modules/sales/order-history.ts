import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { SEQ } from './collections.ts';
import type { Order, StatusHistory } from './order-types.ts';

/**
 * The order's status history ("comments"): rows added by the comment API, by refunds ("We refunded
 * $10.00 offline.") and, with an empty comment, whenever an order save moves the state. Stored in the
 * order; the order shows them newest first, the comments list oldest first.
 * @see Magento\Sales\Model\Order::addCommentToStatusHistory, getStatusHistoryCollection
 */
export interface HistoryInput {
  comment: string;
  status: string | null;
  is_customer_notified?: number | null;
  is_visible_on_front?: number;
  entity_name?: string;
}

/** The order with one more status-history row. */
export function withHistory(s: Services, order: Order, input: HistoryInput): Order {
  const row: StatusHistory = {
    entity_id: s.store.nextId(SEQ.history),
    parent_id: order.entity_id,
    comment: input.comment,
    status: input.status,
    entity_name: input.entity_name ?? 'order',
    is_customer_notified: input.is_customer_notified ?? null,
    is_visible_on_front: input.is_visible_on_front ?? 0,
    created_at: magentoDate(s.clock.now()),
  };
  return { ...order, status_histories: [...(order.status_histories ?? []), row] };
}

/** `Order::getStatusHistories`: created_at DESC, entity_id DESC. */
export function newestFirst(rows: readonly StatusHistory[] = []): StatusHistory[] {
  return [...rows].sort((a, b) =>
    a.created_at === b.created_at ? b.entity_id - a.entity_id : a.created_at < b.created_at ? 1 : -1,
  );
}

/** The history repository's order (insertion, i.e. entity_id ascending). */
export function oldestFirst(rows: readonly StatusHistory[] = []): StatusHistory[] {
  return [...rows].sort((a, b) => a.entity_id - b.entity_id);
}
