import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { INVOICES, SEQ } from './collections.ts';
import { newComment } from './document-comments.ts';
import { currencyOf, withBase } from './document-money.ts';
import { INVOICE_PAID, type Invoice, type PricedItem } from './document-types.ts';
import { assertValid, phrase } from './document-validation.ts';
import { nextIncrementId } from './increment-id.ts';
import { applyInvoice, deductVirtualLines } from './invoice-apply.ts';
import { type InvoiceLine, invoiceLines } from './invoice-build.ts';
import { invoiceTotals } from './invoice-totals.ts';
import { canInvoice } from './order-can.ts';
import { defaultStatus } from './order-config.ts';
import { getOrder, saveOrder } from './order-repository.ts';
import { resolveState } from './order-state.ts';
import type { Order } from './order-types.ts';

/**
 * `POST /V1/order/:orderId/invoice`: builds the invoice (no items = everything left), validates it
 * (`Invoice Document Validation Error(s):` + lines), pays it (offline methods: `capture` changes
 * nothing), moves the order to `processing` (or `complete`) and answers the invoice id.
 * @see Magento\Sales\Model\InvoiceOrder::execute, Magento\Sales\Model\Order\Validation\CanInvoice,
 *   Magento\Sales\Model\Order\InvoiceQuantityValidator
 */
export interface DocumentItemRequest {
  order_item_id: number;
  qty: number;
}

/** A `comment` argument (InvoiceCommentCreation and its shipment/credit memo twins). */
export interface DocumentCommentRequest {
  comment?: string | null;
  is_visible_on_front?: number | boolean | null;
}

/** The body of `POST /V1/order/:orderId/invoice`. */
export interface InvoiceRequest {
  capture?: boolean | null;
  items?: DocumentItemRequest[] | null;
  notify?: boolean | null;
  appendComment?: boolean | null;
  comment?: DocumentCommentRequest | null;
}

/** Invoices an order; answers the invoice entity_id. */
export function invoiceOrder(s: Services, orderId: number, req: InvoiceRequest = {}): number {
  const order = getOrder(s, orderId);
  const drafts = invoiceLines(order, requestedQtys(req.items));
  const totalQty = drafts.reduce((t, d) => t + d.qty, 0);
  assertValid('Invoice', [...quantityMessages(totalQty), ...canInvoiceMessages(order)]);
  const invoice = buildInvoice(s, order, drafts, req, totalQty);
  const paid = applyInvoice(order, invoice, drafts);
  const state = resolveState(s, paid, true);
  s.store.put(INVOICES, String(invoice.entity_id), invoice);
  const saved = saveOrder(s, { ...paid, state, status: defaultStatus(state) });
  deductVirtualLines(s, saved, drafts);
  return invoice.entity_id;
}

/** Request lines as `order_item_id => qty` (a repeated id keeps the last qty); none = all. */
export function requestedQtys(items: DocumentItemRequest[] | null | undefined): Map<number, number> | null {
  if (!items || items.length === 0) return null;
  return new Map(items.map((i) => [i.order_item_id, i.qty]));
}

function quantityMessages(totalQty: number): string[] {
  return totalQty > 0 ? [] : ["The invoice can't be created without products. Add products and try again."];
}

function canInvoiceMessages(order: Order): string[] {
  if (['payment_review', 'holded', 'canceled', 'complete', 'closed'].includes(order.state)) {
    return [phrase('An invoice cannot be created when an order has a status of %1', order.status)];
  }
  return canInvoice(order) ? [] : ['The order does not allow an invoice to be created.'];
}

function buildInvoice(
  s: Services,
  order: Order,
  drafts: InvoiceLine[],
  req: InvoiceRequest,
  totalQty: number,
): Invoice {
  const id = s.store.nextId(SEQ.invoice);
  const now = magentoDate(s.clock.now());
  const comment = req.comment?.comment
    ? [
        newComment(s, 'invoice', id, {
          ...req.comment,
          is_customer_notified: Boolean(req.appendComment && req.notify),
        }),
      ]
    : [];
  return {
    entity_id: id,
    increment_id: nextIncrementId(s, 'invoice', Number(order.store_id)),
    order_id: order.entity_id,
    store_id: Number(order.store_id),
    state: INVOICE_PAID,
    ...currencyOf(order),
    ...withBase(invoiceTotals(s, order, drafts)),
    total_qty: totalQty,
    can_void_flag: 0,
    is_used_for_refund: 0,
    base_total_refunded: 0,
    email_sent: null,
    billing_address_id: order.billing_address?.entity_id ?? null,
    shipping_address_id:
      order.extension_attributes?.shipping_assignments?.[0]?.shipping?.address?.entity_id ?? null,
    created_at: now,
    updated_at: now,
    items: drafts.filter((d) => d.qty > 0).map((d) => invoiceItem(s, id, d)),
    comments: comment,
  } as Invoice;
}

function invoiceItem(s: Services, parentId: number, d: InvoiceLine): PricedItem {
  const i = d.item;
  return {
    entity_id: s.store.nextId(SEQ.invoiceItem),
    parent_id: parentId,
    order_item_id: i.item_id,
    product_id: i.product_id,
    sku: i.sku,
    name: i.name,
    qty: d.qty,
    ...withBase({
      price: Number(i.price ?? 0),
      price_incl_tax: Number(i.price_incl_tax ?? 0),
      row_total: d.row_total,
      row_total_incl_tax: d.row_total_incl_tax,
      tax_amount: d.tax_amount,
      discount_amount: d.discount_amount,
      discount_tax_compensation_amount: d.discount_tax_compensation_amount,
    }),
    base_cost: (i['base_cost'] as number | null | undefined) ?? null,
  } as PricedItem;
}
