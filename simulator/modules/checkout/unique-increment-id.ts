import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import type { Order } from '../sales/order-types.ts';

/**
 * The order table's unique key `(increment_id, store_id)`: a clash (e.g. a raw-saved order that
 * took the next number) fails the save with `Unique constraint violation found`, after MSI has
 * reserved stock (which it then compensates).
 * @see Sales/etc/db_schema.xml SALES_ORDER_INCREMENT_ID_STORE_ID, Magento\Framework\Model\ResourceModel\Db\AbstractDb::save
 */
export function assertUniqueIncrementId(s: Services, order: Order): void {
  const clash = s.store
    .all<Order>('orders')
    .some((o) => o.increment_id === order.increment_id && Number(o.store_id) === Number(order.store_id));
  if (clash) throw new LocalizedError('Unique constraint violation found');
}
