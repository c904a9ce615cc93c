import type { Services } from '../../context.ts';
import type { RefundLine } from './creditmemo-build.ts';
import type { CreditmemoTotals } from './creditmemo-totals.ts';
import { phrase } from './document-validation.ts';
import { n, phpFloat, round2, same } from './money.ts';
import { qtyToRefund } from './order-items.ts';
import { allOrderItems } from './order-search.ts';
import type { Order } from './order-types.ts';

/**
 * The credit memo validators, in the order RefundOrder merges their messages: the order
 * (CanRefund), the credit memo (QuantityValidator, TotalsValidator), each requested item
 * (CreationQuantityValidator), then SalesInventory's return-to-stock check.
 * @see Magento\Sales\Model\Order\Validation\CanRefund (2.4.6+: zero-paid orders allowed by
 *   `sales/zerograndtotal_creditmemo/allow_zero_grandtotal`)
 * @see Magento\Sales\Model\Order\Creditmemo\Validation\QuantityValidator, TotalsValidator
 * @see Magento\Sales\Model\Order\Creditmemo\Item\Validation\CreationQuantityValidator
 * @see Magento\SalesInventory\Model\Order\ReturnValidator
 */
export function orderMessages(s: Services, order: Order): string[] {
  if (['payment_review', 'holded', 'canceled', 'closed'].includes(order.state)) {
    return [phrase('A creditmemo can not be created when an order has a status of %1', order.status)];
  }
  const paid = n(order.total_paid);
  const allowZero = s.config.flag('sales/zerograndtotal_creditmemo/allow_zero_grandtotal');
  const enough = !same(round2(paid), n(order.total_refunded)) || (paid === 0 && allowZero);
  return enough ? [] : ['The order does not allow a creditmemo to be created.'];
}

/** QuantityValidator then TotalsValidator on the built credit memo. */
export function creditmemoMessages(order: Order, drafts: RefundLine[], totals: CreditmemoTotals): string[] {
  const messages: string[] = [];
  let totalQty = 0;
  for (const d of drafts) {
    if (d.qty > qtyToRefund(d.item)) {
      messages.push(
        phrase(
          'The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU "%1".',
          d.item.sku,
        ),
      );
    } else totalQty += d.qty;
  }
  const shippingLeft = !same(round2(n(order.shipping_amount)), n(order.shipping_refunded));
  if (totals.grand_total <= 0) messages.push("The credit memo's total must be positive.");
  else if (totalQty <= 0 && !shippingLeft) messages.push("You can't create a creditmemo without products.");
  const alreadyRefunded = n(order.base_total_refunded ?? order.total_refunded);
  const paid = n(order.base_total_paid ?? order.total_paid);
  if (round2(alreadyRefunded + totals.grand_total) > round2(paid)) {
    messages.push(phrase('The most money available to refund is %1.', phpFloat(paid - alreadyRefunded)));
  }
  return messages;
}

/** CreationQuantityValidator on each requested item (its own order, refundable qty). */
export function itemMessages(
  s: Services,
  order: Order,
  requested: Array<{ order_item_id: number; qty: number }>,
) {
  const items = allOrderItems(s);
  return requested.flatMap((r) => {
    const item = items.find((i) => i.item_id === r.order_item_id);
    if (!item || item.order_id !== order.entity_id) {
      return ['The creditmemo contains product item that is not part of the original order.'];
    }
    return r.qty > qtyToRefund(item)
      ? ['The quantity to refund must not be greater than the unrefunded quantity.']
      : [];
  });
}

/** ReturnValidator: only the first bad id is reported; `null` (argument absent) skips it. */
export function returnToStockMessages(s: Services, ids: number[] | null, drafts: RefundLine[]): string[] {
  if (ids === null) return [];
  const items = allOrderItems(s);
  for (const id of ids) {
    const item = items.find((i) => i.item_id === id);
    if (!item)
      return ['The return to stock argument contains product item that is not part of the original order.'];
    if (!drafts.some((d) => d.item.item_id === id)) {
      return [phrase('The "%1" product is not part of the current creditmemo.', item.sku)];
    }
  }
  return [];
}
