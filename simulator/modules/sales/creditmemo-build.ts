import type { Invoice } from './document-types.ts';
import { n, round2 } from './money.ts';
import { castQty, findItem, lines, qtyToRefund } from './order-items.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * CreditmemoFactory: one line per refundable order line — the requested quantity (absent: 0), or
 * everything invoiced and not yet refunded when no items were requested. From an invoice, lines are
 * that invoice's and each is capped at what the invoice still covers. Each line's share of the
 * invoiced row total, tax and discount (the last refund of a line takes the remainder).
 * @see Magento\Sales\Model\Order\CreditmemoFactory::createByOrder, createByInvoice
 * @see Magento\Sales\Model\Order\Creditmemo\Item::calcRowTotal, Creditmemo\Total\Tax, Discount
 */
export interface RefundLine {
  item: OrderItem;
  qty: number;
  row_total: number;
  row_total_incl_tax: number;
  tax_amount: number;
  discount_amount: number;
  discount_tax_compensation_amount: number;
}

/** The credit memo lines: by order, or capped by an invoice's `invoiceLimits`. */
export function refundLines(
  order: Order,
  requested: Map<number, number> | null,
  invoiceLimits: Map<number, number> | null,
): RefundLine[] {
  const out: RefundLine[] = [];
  const candidates = invoiceLimits
    ? [...invoiceLimits.keys()].map((id) => findItem(order, id)).filter((i): i is OrderItem => !!i)
    : lines(order);
  for (const item of candidates) {
    const limit = invoiceLimits?.get(item.item_id);
    if (limit !== undefined && limit <= 0) continue;
    let qty = requested ? (requested.get(item.item_id) ?? 0) : qtyToRefund(item);
    if (limit !== undefined) qty = Math.min(qty, limit);
    out.push(priced(item, castQty(item, qty)));
  }
  return out;
}

/** What an invoice still covers per order line: its quantity minus earlier refunds against it. */
export function invoiceRefundLimits(
  invoice: Invoice,
  refundedFromInvoice: Map<number, number>,
): Map<number, number> {
  return new Map(
    invoice.items.map((i) => [i.order_item_id, n(i.qty) - (refundedFromInvoice.get(i.order_item_id) ?? 0)]),
  );
}

function priced(item: OrderItem, qty: number): RefundLine {
  const invoiced = n(item.qty_invoiced);
  const available = invoiced - n(item.qty_refunded);
  const last = qty === qtyToRefund(item);
  const part = (left: number) => (last || available <= 0 ? round2(left) : round2((left / available) * qty));
  return {
    item,
    qty,
    row_total: part(n(item.row_invoiced) - n(item.amount_refunded)),
    row_total_incl_tax:
      invoiced > 0 ? round2((n(item.row_total_incl_tax) / n(item.qty_ordered || 1)) * qty) : 0,
    tax_amount: part(n(item.tax_invoiced) - n(item.tax_refunded)),
    discount_amount: part(n(item.discount_invoiced) - n(item.discount_refunded)),
    discount_tax_compensation_amount: part(
      n(item['discount_tax_compensation_invoiced']) - n(item['discount_tax_compensation_refunded']),
    ),
  };
}
