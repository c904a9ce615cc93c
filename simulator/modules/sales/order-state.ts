import type { Services } from '../../context.ts';
import { CREDITMEMOS } from './collections.ts';
import type { Creditmemo } from './document-types.ts';
import { n } from './money.ts';
import { canCreditmemo, canInvoice, canShip, canUnhold, isCanceled } from './order-can.ts';
import { defaultStatus } from './order-config.ts';
import type { Order, OrderState } from './order-types.ts';

/**
 * The order state machine's two automatic steps. `resolveState` is what the invoice, ship and
 * refund services ask for (new → processing when work is in progress; complete when nothing is
 * left to invoice or ship but money is still refundable; closed once refunded). `checkState` runs
 * on every order save and settles processing/complete/closed from what is left to do.
 * @see Magento\Sales\Model\Order\StateResolver::getStateForOrder
 * @see Magento\Sales\Model\ResourceModel\Order\Handler\State::check
 */
export function creditmemoCount(s: Services, orderId: number): number {
  return s.store.all<Creditmemo>(CREDITMEMOS).filter((c) => c.order_id === orderId).length;
}

/** StateResolver::getStateForOrder; `inProgress` is its IN_PROGRESS argument. */
export function resolveState(s: Services, o: Order, inProgress: boolean): OrderState {
  let state: OrderState = o.state === 'processing' ? 'processing' : 'new';
  if (!isCanceled(o) && !canUnhold(o) && !canInvoice(o) && !canShip(o)) {
    if (n(o.base_grand_total) === 0 || canCreditmemo(o, creditmemoCount(s, o.entity_id))) state = 'complete';
    else if (n(o.total_refunded)) state = 'closed';
  }
  if (o.state === 'new' && inProgress) state = 'processing';
  return state;
}

/** The save-time state check; returns the order with its state, status and (if changed) a history row. */
export function checkState(s: Services, o: Order, addHistory: (o: Order) => Order): Order {
  let state = o.state;
  let status = o.status;
  if (!isCanceled(o) && !canUnhold(o) && !canInvoice(o)) {
    const refundable = canCreditmemo(o, creditmemoCount(s, o.entity_id));
    if ((state === 'processing' || state === 'complete') && !refundable && !canShip(o) && !n(o.is_virtual)) {
      state = 'closed';
    } else if (state === 'processing' && (!canShip(o) || partiallyRefundedShipped(o))) {
      state = 'complete';
    } else if (n(o.is_virtual) && status === 'closed') {
      state = 'closed';
    }
    if (state !== o.state) status = defaultStatus(state);
  }
  if (state === o.state && status === o.status) return o;
  return addHistory({ ...o, state, status });
}

/** Every line still open was shipped after a partial refund. */
function partiallyRefundedShipped(o: Order): boolean {
  const all = o.items ?? [];
  const shipped = all.reduce((sum, i) => sum + Math.trunc(n(i.qty_shipped)), 0);
  const refunded = all
    .filter((i) => i.product_type === 'simple')
    .reduce((sum, i) => sum + Math.trunc(n(i.qty_refunded)), 0);
  return shipped > 0 && n(o.total_qty_ordered) <= refunded + shipped;
}
