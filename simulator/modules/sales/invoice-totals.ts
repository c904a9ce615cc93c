import type { Services } from '../../context.ts';
import { INVOICES } from './collections.ts';
import { grandTotal } from './document-money.ts';
import { type DocumentTotals, INVOICE_CANCELED, type Invoice } from './document-types.ts';
import type { InvoiceLine } from './invoice-build.ts';
import { n, round2 } from './money.ts';
import type { Order } from './order-types.ts';

/**
 * An invoice's totals from its lines. Shipping (and its tax and discount) goes on the first invoice
 * of the order that is not canceled; the invoice that finishes every line takes the order's
 * remaining subtotal and tax, so rounding never leaves cents behind.
 * @see Magento\Sales\Model\Order\Invoice\Total\Subtotal, Shipping, Tax, Discount, Grand
 */
export function invoiceTotals(s: Services, order: Order, drafts: InvoiceLine[]): DocumentTotals {
  const sum = (f: (l: InvoiceLine) => number) => round2(drafts.reduce((t, l) => t + f(l), 0));
  const isLast = drafts.length > 0 && drafts.every((l) => l.last);
  const first = !shippingInvoiced(s, order.entity_id);
  const shipping = first ? n(order.shipping_amount) : 0;
  const shippingTax = first ? n(order.shipping_tax_amount) : 0;
  const subtotal = isLast ? round2(n(order.subtotal) - n(order.subtotal_invoiced)) : sum((l) => l.row_total);
  const tax = isLast
    ? round2(n(order.tax_amount) - n(order.tax_invoiced))
    : round2(sum((l) => l.tax_amount) + shippingTax);
  const totals = {
    subtotal,
    subtotal_incl_tax: sum((l) => l.row_total_incl_tax),
    tax_amount: tax,
    shipping_amount: shipping,
    shipping_incl_tax: first ? n(order.shipping_incl_tax) || round2(shipping + shippingTax) : 0,
    shipping_tax_amount: shippingTax,
    discount_amount: -round2(sum((l) => l.discount_amount) + (first ? n(order.shipping_discount_amount) : 0)),
    discount_tax_compensation_amount: sum((l) => l.discount_tax_compensation_amount),
  };
  return { ...totals, grand_total: grandTotal(totals) };
}

function shippingInvoiced(s: Services, orderId: number): boolean {
  return s.store
    .all<Invoice>(INVOICES)
    .some((i) => i.order_id === orderId && i.state !== INVOICE_CANCELED && n(i.shipping_amount) > 0);
}
