import type { Services } from '../../context.ts';
import type { RefundLine } from './creditmemo-build.ts';
import type { Creditmemo } from './document-types.ts';
import { formatPrice, n, round2 } from './money.ts';
import { statusFor } from './order-config.ts';
import { withHistory } from './order-history.ts';
import { bumpQty, withItems } from './order-items.ts';
import { resolveState } from './order-state.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * What a refunded credit memo does to its order (RefundOperation + Payment::refund): each line's
 * refunded quantity and amounts, the order's *_refunded totals (offline or online), the payment's
 * amount_refunded, a `We refunded $X offline.` history row, then the state (closed once nothing is
 * left to refund, ship or invoice) keeping the status when it fits the new state.
 * @see Magento\Sales\Model\Order\Creditmemo\RefundOperation::execute
 * @see Magento\Sales\Model\Order\Payment::refund, Magento\Sales\Model\RefundOrder::execute
 */
export function applyRefund(
  s: Services,
  order: Order,
  cm: Creditmemo,
  drafts: RefundLine[],
  online: boolean,
): Order {
  const changed = drafts.filter((d) => d.qty > 0).map(registerLine);
  const add = (field: string, v: number) => ({
    [field]: round2(n(order[field]) + v),
    [`base_${field}`]: round2(n(order[field]) + v),
  });
  const grand = cm.grand_total;
  const refunded = {
    ...withItems(order, changed),
    ...add('total_refunded', grand),
    ...add('subtotal_refunded', cm.subtotal),
    ...add('tax_refunded', cm.tax_amount),
    ...add('discount_tax_compensation_refunded', cm.discount_tax_compensation_amount),
    ...add('shipping_refunded', cm.shipping_amount),
    ...add('shipping_tax_refunded', cm.shipping_tax_amount),
    ...add('adjustment_positive', cm.adjustment_positive),
    ...add('adjustment_negative', cm.adjustment_negative),
    ...add('discount_refunded', cm.discount_amount),
    ...add(online ? 'total_online_refunded' : 'total_offline_refunded', grand),
    payment: order.payment && {
      ...order.payment,
      amount_refunded: round2(n(order.payment.amount_refunded) + grand),
      base_amount_refunded: round2(n(order.payment.base_amount_refunded) + grand),
      shipping_refunded: round2(n(order.payment['shipping_refunded']) + cm.shipping_amount),
      base_shipping_refunded: round2(n(order.payment['shipping_refunded']) + cm.shipping_amount),
    },
  } as Order;
  const state = resolveState(s, refunded, false);
  const status = statusFor(state, refunded.status);
  const message = `We refunded ${formatPrice(grand, String(order.base_currency_code ?? 'USD'))} ${online ? 'online' : 'offline'}.`;
  const noted = withHistory(s, refunded, {
    comment: message,
    status,
    is_customer_notified: Number(Boolean(order.customer_note_notify)),
    entity_name: 'creditmemo',
  });
  return { ...noted, state, status };
}

/** Creditmemo\Item::register. */
function registerLine(d: RefundLine): OrderItem {
  const item = bumpQty(d.item, 'qty_refunded', d.qty);
  const add = (field: string, v: number) => ({
    [field]: round2(n(item[field]) + v),
    [`base_${field}`]: round2(n(item[field]) + v),
  });
  return {
    ...item,
    ...add('amount_refunded', d.row_total),
    ...add('tax_refunded', d.tax_amount),
    ...add('discount_refunded', d.discount_amount),
    ...add('discount_tax_compensation_refunded', d.discount_tax_compensation_amount),
  } as OrderItem;
}
