import type { Services } from '../../context.ts';
import { CREDITMEMOS } from './collections.ts';
import { type RefundLine, refundLines } from './creditmemo-build.ts';
import { buildCreditmemo } from './creditmemo-document.ts';
import { type CreditmemoTotals, creditmemoTotals, type RefundArguments } from './creditmemo-totals.ts';
import {
  creditmemoMessages,
  itemMessages,
  orderMessages,
  returnToStockMessages,
} from './creditmemo-validate.ts';
import { assertValid } from './document-validation.ts';
import type { DocumentCommentRequest, DocumentItemRequest } from './invoice-order.ts';
import { requestedQtys } from './invoice-order.ts';
import { getOrder, saveOrder } from './order-repository.ts';
import type { Order } from './order-types.ts';
import { applyRefund } from './refund-apply.ts';
import { refundInventory } from './refund-inventory.ts';

/**
 * `POST /V1/order/:orderId/refund`: an offline credit memo for the order (no items = everything
 * invoiced and not refunded; shipping defaults to what is left). Validation failures are
 * `Creditmemo Document Validation Error(s):` + lines; then the order is refunded (closed when
 * nothing is left), the memo saved and MSI's return / write-off applied; answers the memo id.
 * @see Magento\Sales\Model\RefundOrder::execute, Magento\Sales\Model\Order\Validation\RefundOrder
 * @see Magento\SalesInventory\Model\Plugin\Order\ReturnToStockOrder
 */
export interface RefundRequest {
  items?: DocumentItemRequest[] | null;
  notify?: boolean | null;
  appendComment?: boolean | null;
  comment?: DocumentCommentRequest | null;
  arguments?:
    | (RefundArguments & { extension_attributes?: { return_to_stock_items?: number[] | null } | null })
    | null;
}

/** Refunds an order offline; answers the credit memo entity_id. */
export function refundOrder(s: Services, orderId: number, req: RefundRequest = {}): number {
  const order = getOrder(s, orderId);
  const drafts = refundLines(order, requestedQtys(req.items), null);
  const totals = creditmemoTotals(order, drafts, req.arguments ?? {});
  const returnIds = req.arguments?.extension_attributes?.return_to_stock_items ?? null;
  assertValid('Creditmemo', [
    ...orderMessages(s, order),
    ...creditmemoMessages(order, drafts, totals),
    ...itemMessages(s, order, req.items ?? []),
    ...returnToStockMessages(s, returnIds, drafts),
  ]);
  return completeRefund(s, { order, drafts, totals, invoiceId: null, req, online: false });
}

/** A validated refund, ready to apply. */
export interface RefundPlan {
  order: Order;
  drafts: RefundLine[];
  totals: CreditmemoTotals;
  invoiceId: number | null;
  req: RefundRequest;
  online: boolean;
}

/** The part RefundOrder and RefundInvoice share once validation passed. */
export function completeRefund(s: Services, plan: RefundPlan): number {
  const { order, drafts, req } = plan;
  const notified = Boolean(req.appendComment && req.notify);
  const cm = buildCreditmemo(s, { ...plan, comment: req.comment, notified });
  const withNotify = { ...order, customer_note_notify: Number(Boolean(req.notify)) };
  const refunded = saveOrder(s, applyRefund(s, withNotify, cm, drafts, plan.online));
  s.store.put(CREDITMEMOS, String(cm.entity_id), cm);
  const returnIds = new Set(req.arguments?.extension_attributes?.return_to_stock_items ?? []);
  refundInventory(s, refunded, drafts, returnIds);
  return cm.entity_id;
}
