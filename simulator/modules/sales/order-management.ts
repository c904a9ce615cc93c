import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { canHold, canUnhold } from './order-can.ts';
import { cancelOrderNow } from './order-cancel.ts';
import { defaultStatus } from './order-config.ts';
import { getOrder, saveOrder } from './order-repository.ts';
import type { OrderState } from './order-types.ts';

/**
 * OrderManagementInterface's one-liners. `cancel` answers `false` (HTTP 200) when the order cannot
 * be canceled: fully invoiced, complete, closed, canceled, on hold or in payment review.
 * @see Magento\Sales\Model\Service\OrderService, Magento\Sales\Model\Order::hold, unhold
 */
export function cancelOrder(s: Services, id: number): boolean {
  const canceled = cancelOrderNow(s, getOrder(s, id));
  if (!canceled) return false;
  saveOrder(s, canceled);
  return true;
}

/** Order::hold: remembers state and status, then `holded`. */
export function holdOrder(s: Services, id: number): boolean {
  const order = getOrder(s, id);
  if (!canHold(order)) throw new LocalizedError('A hold action is not available.');
  saveOrder(s, {
    ...order,
    hold_before_state: order.state,
    hold_before_status: order.status,
    state: 'holded',
    status: defaultStatus('holded'),
  });
  return true;
}

/** Order::unhold: back to the state and status before the hold. */
export function unholdOrder(s: Services, id: number): boolean {
  const order = getOrder(s, id);
  if (!canUnhold(order)) throw new LocalizedError('You cannot remove the hold.');
  saveOrder(s, {
    ...order,
    state: (order.hold_before_state ?? 'new') as OrderState,
    status: order.hold_before_status ?? defaultStatus(order.hold_before_state ?? 'new'),
    hold_before_state: null,
    hold_before_status: null,
  });
  return true;
}

/** `GET /V1/orders/:id/statuses`: the status string. */
export function orderStatus(s: Services, id: number): string {
  return getOrder(s, id).status;
}

/** OrderNotifier: the simulator sends no mail; the order must exist. */
export function notifyOrder(s: Services, id: number): boolean {
  getOrder(s, id);
  return true;
}
