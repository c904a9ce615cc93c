import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { atLeast } from '../../profile.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { ORDERS } from './collections.ts';
import { byParent } from './document-search.ts';
import { stateStatuses } from './order-config.ts';
import { oldestFirst, withHistory } from './order-history.ts';
import { getOrder, saveOrder } from './order-repository.ts';
import type { Order } from './order-types.ts';

/**
 * `POST /V1/orders/:id/comments` and the comments list. What a comment's `status` does changed:
 * 2.4.6 applies any status to the order (even one of another state); 2.4.7 refuses a status other
 * than the order's current one (AC-8998); 2.4.8 allows any status of the current state.
 * The refusal text is the 2.4.8 one; 2.4.7's exact wording is not verified.
 * @see Magento\Sales\Model\Service\OrderService::addComment
 */
export interface CommentInput {
  comment?: string | null;
  status?: string | null;
  is_customer_notified?: number | null;
  is_visible_on_front?: number | null;
}

/** OrderService::addComment with the version's status rule; answers true. */
export function addOrderComment(s: Services, id: number, input: CommentInput): boolean {
  const order = getOrder(s, id);
  const status = commentStatus(s, order, input.status ?? null);
  const withRow = withHistory(s, order, {
    comment: input.comment ?? '',
    status: status ?? order.status,
    is_customer_notified: input.is_customer_notified ?? null,
    is_visible_on_front: input.is_visible_on_front ?? 0,
  });
  saveOrder(s, status ? { ...withRow, status } : withRow);
  return true;
}

function commentStatus(s: Services, order: Order, wanted: string | null): string | null {
  if (!wanted) return null;
  const allowed = atLeast(s.profile, '2.4.8')
    ? stateStatuses(order.state).includes(wanted)
    : !atLeast(s.profile, '2.4.7') || wanted === order.status;
  if (!allowed) {
    throw new LocalizedError(
      'Unable to add comment: The status "%1" is not part of the order status history.',
      [wanted],
    );
  }
  return wanted;
}

/** The history repository's getList filtered on parent_id. */
export function orderComments(s: Services, id: number): SearchResult<unknown> {
  const order = s.store.get<Order>(ORDERS, String(id));
  return search(oldestFirst(order?.status_histories), byParent(id));
}
