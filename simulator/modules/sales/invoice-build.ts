import { LocalizedError } from '../../errors.ts';
import { n, round2 } from './money.ts';
import { castQty, lines, qtyToInvoice } from './order-items.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * InvoiceService::prepareInvoice: one line per order item that still has something to invoice —
 * the requested quantity (absent: 0), or everything left when no items were requested — and each
 * line's share of the row total, tax and discount (the last invoice of a line takes the remainder).
 * Asking for more than is left is refused before any validator runs.
 * @see Magento\Sales\Model\Service\InvoiceService::prepareInvoice, setInvoiceItemQuantity
 * @see Magento\Sales\Model\Order\Invoice\Item::calcRowTotal, Invoice\Total\Tax, Invoice\Total\Discount
 */
export interface InvoiceLine {
  item: OrderItem;
  qty: number;
  last: boolean;
  row_total: number;
  row_total_incl_tax: number;
  tax_amount: number;
  discount_amount: number;
  discount_tax_compensation_amount: number;
}

/** The invoice lines for `requested` quantities (`null`: everything left). */
export function invoiceLines(order: Order, requested: Map<number, number> | null): InvoiceLine[] {
  return lines(order)
    .filter((item) => qtyToInvoice(item) > 0)
    .map((item) => {
      const want = requested ? (requested.get(item.item_id) ?? 0) : qtyToInvoice(item);
      const qty = castQty(item, want);
      if (qty > qtyToInvoice(item)) {
        throw new LocalizedError('We found an invalid quantity to invoice item "%1".', [item.name]);
      }
      return priced(item, qty);
    });
}

function priced(item: OrderItem, qty: number): InvoiceLine {
  const last = qty === qtyToInvoice(item);
  const ordered = n(item.qty_ordered) || 1;
  const share = (total: unknown, done: unknown) => {
    const allowed = round2(n(total) - n(done));
    return last ? allowed : Math.min(allowed, round2((n(total) * qty) / ordered));
  };
  const available = ordered - n(item.qty_invoiced) || 1;
  const rowLeft = n(item.row_total) - n(item.row_invoiced);
  return {
    item,
    qty,
    last,
    row_total: last ? round2(rowLeft) : round2((rowLeft / available) * qty),
    row_total_incl_tax: round2((n(item.row_total_incl_tax) / ordered) * qty),
    tax_amount: share(item.tax_amount, item.tax_invoiced),
    discount_amount: share(item.discount_amount, item.discount_invoiced),
    discount_tax_compensation_amount: share(
      item.discount_tax_compensation_amount,
      item['discount_tax_compensation_invoiced'],
    ),
  };
}
