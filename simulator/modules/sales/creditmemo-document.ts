import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { SEQ } from './collections.ts';
import type { RefundLine } from './creditmemo-build.ts';
import type { CreditmemoTotals } from './creditmemo-totals.ts';
import { newComment } from './document-comments.ts';
import { currencyOf, withBase } from './document-money.ts';
import { CREDITMEMO_REFUNDED, type Creditmemo, type PricedItem } from './document-types.ts';
import { nextIncrementId } from './increment-id.ts';
import type { DocumentCommentRequest } from './invoice-order.ts';
import { n } from './money.ts';
import type { Order } from './order-types.ts';

/**
 * The credit memo record as RefundOrder/RefundInvoice save it: state refunded, lines with a
 * quantity (zero lines are dropped at registration), the optional comment.
 * @see Magento\Sales\Model\Order\CreditmemoDocumentFactory, Magento\Sales\Model\Order\Creditmemo
 */
export interface CreditmemoInput {
  order: Order;
  drafts: RefundLine[];
  totals: CreditmemoTotals;
  invoiceId: number | null;
  comment?: DocumentCommentRequest | null;
  notified: boolean;
}

/** A new refunded credit memo record (not yet stored). */
export function buildCreditmemo(s: Services, input: CreditmemoInput): Creditmemo {
  const { order, totals } = input;
  const id = s.store.nextId(SEQ.creditmemo);
  const now = magentoDate(s.clock.now());
  const { adjustment, adjustment_positive, adjustment_negative, ...money } = totals;
  return {
    entity_id: id,
    increment_id: nextIncrementId(s, 'creditmemo', Number(order.store_id)),
    order_id: order.entity_id,
    invoice_id: input.invoiceId,
    store_id: Number(order.store_id),
    state: CREDITMEMO_REFUNDED,
    creditmemo_status: null,
    email_sent: null,
    ...currencyOf(order),
    ...withBase({ ...money, adjustment, adjustment_positive, adjustment_negative }),
    billing_address_id: order.billing_address?.entity_id ?? null,
    shipping_address_id:
      order.extension_attributes?.shipping_assignments?.[0]?.shipping?.address?.entity_id ?? null,
    created_at: now,
    updated_at: now,
    items: input.drafts.filter((d) => d.qty > 0).map((d) => creditmemoItem(s, id, d)),
    comments: input.comment?.comment
      ? [newComment(s, 'creditmemo', id, { ...input.comment, is_customer_notified: input.notified })]
      : [],
  } as Creditmemo;
}

function creditmemoItem(s: Services, parentId: number, d: RefundLine): PricedItem {
  const i = d.item;
  return {
    entity_id: s.store.nextId(SEQ.creditmemoItem),
    parent_id: parentId,
    order_item_id: i.item_id,
    product_id: i.product_id,
    sku: i.sku,
    name: i.name,
    qty: d.qty,
    ...withBase({
      price: n(i.price),
      price_incl_tax: n(i.price_incl_tax),
      row_total: d.row_total,
      row_total_incl_tax: d.row_total_incl_tax,
      tax_amount: d.tax_amount,
      discount_amount: d.discount_amount,
      discount_tax_compensation_amount: d.discount_tax_compensation_amount,
    }),
    base_cost: (i['base_cost'] as number | null | undefined) ?? 0,
  } as PricedItem;
}
