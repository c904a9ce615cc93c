import type { Services } from '../../context.ts';
import { LocalizedError, MagentoError } from '../../errors.ts';
import { appendReservations, type NewReservation, reservationMetadata } from '../inventory/index.ts';
import { typeUsesSourceItems } from '../inventory/products.ts';
import { qtyError } from '../quote/item-stock.ts';
import type { Order } from '../sales/order-types.ts';

/**
 * MSI around `OrderManagement::place`: every SKU of the order (configurable lines count through
 * their child rows) must be salable for the quantity ordered on the website's stock (place-order
 * chain; its last error is the message), then one negative `order_placed` reservation per SKU is
 * appended *before* the order is saved. If the save fails, the opposite `order_place_failed`
 * reservations are appended and the failure goes on, keeping both.
 *
 * `object_id` is the order's entity id at that moment: none yet, so `""` — as in Magento, where
 * the plugin stringifies the unsaved order's id; `object_increment_id` links the order.
 * @see Magento\InventorySales\Plugin\Sales\OrderManagement\AppendReservationsAfterOrderPlacementPlugin
 * @see Magento\InventorySales\Model\CheckItemsQuantity
 */
export const ORDER_PLACED_OBJECT_ID = '';

export function placeWithReservations(s: Services, order: Order, stockId: number, save: () => void): void {
  const qtyBySku = new Map<string, number>();
  for (const item of order.items) {
    if (!typeUsesSourceItems(item.product_type)) continue;
    qtyBySku.set(item.sku, (qtyBySku.get(item.sku) ?? 0) + item.qty_ordered);
  }
  for (const [sku, qty] of qtyBySku) {
    const message = qtyError(s, sku, stockId, qty, 'place-order');
    if (message !== null) throw new LocalizedError(message);
  }
  const rows = (event: string, sign: number): NewReservation[] =>
    [...qtyBySku].map(([sku, qty]) => ({
      stock_id: stockId,
      sku,
      quantity: sign * qty,
      metadata: reservationMetadata({
        event_type: event,
        object_type: 'order',
        object_id: ORDER_PLACED_OBJECT_ID,
        object_increment_id: order.increment_id,
      }),
    }));
  appendReservations(s, rows('order_placed', -1));
  try {
    save();
  } catch (err) {
    appendReservations(s, rows('order_place_failed', 1));
    throw keepingWrites(err);
  }
}

/** Marks a failure so the request keeps its reservations (Magento writes them outside the order's save). */
function keepingWrites(err: unknown): unknown {
  if (err instanceof MagentoError) return err.keepingWrites();
  if (typeof err === 'object' && err !== null) Object.assign(err, { keepWrites: true });
  return err;
}
