import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { InputError, NoSuchEntityError } from '../../errors.ts';
import { ORDERS } from './collections.ts';
import { round2 } from './money.ts';
import { newestFirst, withHistory } from './order-history.ts';
import { checkState } from './order-state.ts';
import type { Order } from './order-types.ts';

/**
 * Loading and saving orders. A save runs Magento's save-time state check (which may close or
 * complete the order and then adds an empty status-history row) and stamps updated_at.
 * @see Magento\Sales\Model\OrderRepository::get, save
 */
export const NO_SUCH_ENTITY = "The entity that was requested doesn't exist. Verify the entity and try again.";

/** Repositories refuse an empty id before looking: 400 `An ID is needed. Set the ID and try again.` */
export function requireId(id: number): void {
  if (!id) throw new InputError('An ID is needed. Set the ID and try again.');
}

/** An order by entity_id, if any. */
export function findOrder(s: Services, id: number): Order | undefined {
  return s.store.get<Order>(ORDERS, String(id));
}

/** OrderRepository::get: 400 for an empty id, 404 when missing. */
export function getOrder(s: Services, id: number): Order {
  requireId(id);
  const order = findOrder(s, id);
  if (!order) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  return order;
}

/** Saves an order through the save-time state check; answers what was stored. */
export function saveOrder(s: Services, order: Order): Order {
  const checked = checkState(s, order, (o) => withHistory(s, o, { comment: '', status: o.status }));
  const saved = { ...checked, updated_at: magentoDate(s.clock.now()) };
  s.store.put(ORDERS, String(saved.entity_id), saved);
  return saved;
}

/** The order as REST shows it: history newest first, total_due computed like Order::getTotalDue. */
export function presentOrder(order: Order): Order {
  const due = Math.max(round2(Number(order.grand_total ?? 0) - Number(order.total_paid ?? 0)), 0);
  return {
    ...order,
    total_due: due,
    base_total_due: due,
    status_histories: newestFirst(order.status_histories),
  };
}
