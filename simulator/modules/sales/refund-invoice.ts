import type { Services } from '../../context.ts';
import { CREDITMEMOS, INVOICES } from './collections.ts';
import { invoiceRefundLimits, refundLines } from './creditmemo-build.ts';
import { creditmemoTotals } from './creditmemo-totals.ts';
import {
  creditmemoMessages,
  itemMessages,
  orderMessages,
  returnToStockMessages,
} from './creditmemo-validate.ts';
import { CREDITMEMO_CANCELED, type Creditmemo, INVOICE_PAID, type Invoice } from './document-types.ts';
import { assertValid } from './document-validation.ts';
import { getInvoice } from './invoice-management.ts';
import { requestedQtys } from './invoice-order.ts';
import { n, round2 } from './money.ts';
import { getOrder } from './order-repository.ts';
import type { Order } from './order-types.ts';
import { methodCanRefund } from './payment-capability.ts';
import { completeRefund, type RefundRequest } from './refund-order.ts';

/**
 * `POST /V1/invoice/:invoiceId/refund`: a credit memo against one invoice, online when `isOnline`
 * and the method can. The invoice check refuses offline methods outright — `We can't create
 * creditmemo for the invoice.` — so for checkmo, cash and POS methods a register must use
 * `POST /V1/order/:orderId/refund` instead. Shipping defaults to the invoice's.
 * @see Magento\Sales\Model\RefundInvoice::execute, Magento\Sales\Model\Order\Invoice\Validation\CanRefund
 */
export function refundInvoice(
  s: Services,
  invoiceId: number,
  req: RefundRequest & { isOnline?: boolean | null },
): number {
  const invoice = getInvoice(s, invoiceId);
  const order = getOrder(s, invoice.order_id);
  const limits = invoiceRefundLimits(invoice, refundedFrom(s, invoice));
  const drafts = refundLines(order, requestedQtys(req.items), limits);
  const args = { ...(req.arguments ?? {}) };
  if (args.shipping_amount == null) args.shipping_amount = invoiceShipping(order, invoice);
  const totals = creditmemoTotals(order, drafts, args);
  const returnIds = req.arguments?.extension_attributes?.return_to_stock_items ?? null;
  assertValid('Creditmemo', [
    ...orderMessages(s, order),
    ...creditmemoMessages(order, drafts, totals),
    ...invoiceMessages(s, invoice, order),
    ...itemMessages(s, order, req.items ?? []),
    ...returnToStockMessages(s, returnIds, drafts),
  ]);
  const online = Boolean(req.isOnline) && methodCanRefund(s, order);
  const id = completeRefund(s, {
    order,
    drafts,
    totals,
    invoiceId,
    req: { ...req, arguments: args },
    online,
  });
  const refunded = s.store.get<Creditmemo>(CREDITMEMOS, String(id));
  s.store.put(INVOICES, String(invoice.entity_id), {
    ...invoice,
    is_used_for_refund: 1,
    base_total_refunded: round2(n(invoice.base_total_refunded) + n(refunded?.grand_total)),
  });
  return id;
}

function invoiceMessages(s: Services, invoice: Invoice, order: Order): string[] {
  const allowZero = s.config.flag('sales/zerograndtotal_creditmemo/allow_zero_grandtotal');
  const enough =
    Math.abs(n(invoice.base_grand_total) - n(invoice.base_total_refunded)) >= 0.0001 || allowZero;
  const free = order.payment?.method === 'free';
  const payment =
    free ||
    (methodCanRefund(s, order) &&
      (n(order.payment?.amount_paid) > n(order.payment?.amount_refunded) || !invoice.is_used_for_refund));
  return invoice.state === INVOICE_PAID && enough && payment
    ? []
    : ["We can't create creditmemo for the invoice."];
}

function refundedFrom(s: Services, invoice: Invoice): Map<number, number> {
  const sums = new Map<number, number>();
  const memos = s.store.all<Creditmemo>(CREDITMEMOS);
  for (const cm of memos.filter(
    (c) => c.invoice_id === invoice.entity_id && c.state !== CREDITMEMO_CANCELED,
  )) {
    for (const i of cm.items) sums.set(i.order_item_id, (sums.get(i.order_item_id) ?? 0) + n(i.qty));
  }
  return sums;
}

function invoiceShipping(order: Order, invoice: Invoice): number {
  const allowed = n(order.shipping_amount) - n(order.shipping_refunded);
  return round2(Math.min(n(invoice.shipping_amount), allowed));
}
