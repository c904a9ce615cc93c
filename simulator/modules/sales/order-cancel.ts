import type { Services } from '../../context.ts';
import { n, round2, round4 } from './money.ts';
import { canCancel } from './order-can.ts';
import { defaultStatus } from './order-config.ts';
import { reserveForOrder, type SkuQty } from './order-inventory.ts';
import { inventorySku, lines, qtyToCancel, qtyToRefund, qtyToShip, withItems } from './order-items.ts';
import type { Order, OrderItem, OrderState } from './order-types.ts';

/**
 * Order::cancel → registerCancellation: every line cancels what is neither invoiced nor shipped,
 * the order ends `canceled` — or `processing`/`complete` when some of it was invoiced and is still
 * refundable — and the *_canceled totals are set. Before each line is canceled MSI's
 * CancelOrderItemObserver adds an `order_canceled` reservation for
 * qty_ordered − max(qty_shipped, qty_invoiced) − qty_canceled: a shipped or invoiced unit is never
 * compensated twice (inventory #1878/#1849, #1881 are fixed this way in MSI 1.2).
 * @see Magento\Sales\Model\Order::registerCancellation, Magento\Sales\Model\Order\Item::cancel
 * @see Magento\InventorySales\Observer\CatalogInventory\CancelOrderItemObserver
 * @see Magento\InventorySales\Model\GetItemsToCancelFromOrderItem
 */
export function cancelOrderNow(s: Services, order: Order): Order | null {
  if (!canCancel(order)) return null;
  let state: OrderState = 'canceled';
  const compensate: SkuQty[] = [];
  let next = order;
  for (const item of lines(order)) {
    if (state !== 'processing' && qtyToRefund(item)) {
      state = qtyToShip(item) > qtyToCancel(item) ? 'processing' : 'complete';
    }
    const sku = inventorySku(order, item);
    if (sku) compensate.push({ sku, qty: msiQtyToCancel(item) });
    next = withItems(next, [cancelItem(item)]);
  }
  reserveForOrder(
    s,
    order,
    'order_canceled',
    compensate.filter((c) => c.qty > 0),
  );
  return { ...next, ...canceledTotals(order), state, status: defaultStatus(state) };
}

/** GetItemsToCancelFromOrderItem::getQtyToCancel (read before the line's qty_canceled moves). */
const msiQtyToCancel = (i: OrderItem): number =>
  round4(n(i.qty_ordered) - Math.max(n(i.qty_shipped), n(i.qty_invoiced)) - n(i.qty_canceled));

function cancelItem(item: OrderItem): OrderItem {
  const qty = qtyToCancel(item);
  const taxCanceled = round2(
    n(item.tax_canceled) + (n(item.base_tax_amount) * qty) / (n(item.qty_ordered) || 1),
  );
  return { ...item, qty_canceled: qty, tax_canceled: taxCanceled };
}

function canceledTotals(o: Order): Partial<Order> {
  const t = (total: unknown, done: unknown) => round2(n(total) - n(done));
  const v = {
    subtotal_canceled: t(o.subtotal, o.subtotal_invoiced),
    tax_canceled: t(o.tax_amount, o.tax_invoiced),
    shipping_canceled: t(o.shipping_amount, o.shipping_invoiced),
    discount_canceled: t(Math.abs(n(o.discount_amount)), o.discount_invoiced),
    total_canceled: t(o.grand_total, o.total_paid),
  };
  return Object.assign(v, Object.fromEntries(Object.entries(v).map(([k, x]) => [`base_${k}`, x])));
}
