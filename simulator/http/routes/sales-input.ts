import { z } from 'zod';
import { m } from '../input.ts';

/**
 * Request bodies of the sales services, converted like Magento's ServiceInputProcessor: typed
 * fields are checked (`The "x" value's type is invalid...`), DTO fields are otherwise optional
 * (Magento enforces only the service's own required arguments, e.g. `statusHistory`, `entity`).
 * @see Magento\Sales\Api\InvoiceOrderInterface, ShipOrderInterface, RefundOrderInterface
 */
const itemLines = m.array(m.object({ order_item_id: m.int(), qty: m.float() })).nullish();
const documentComment = m
  .object({ comment: m.string().nullish(), is_visible_on_front: m.int().nullish() })
  .nullish();
const flags = { notify: m.bool().nullish(), appendComment: m.bool().nullish() };

export const invoiceBody = m.object({
  capture: m.bool().nullish(),
  items: itemLines,
  ...flags,
  comment: documentComment,
  arguments: m.object({}).nullish(),
});

export const shipBody = m.object({
  items: itemLines,
  ...flags,
  comment: documentComment,
  tracks: m
    .array(
      m.object({
        track_number: m.string().nullish(),
        title: m.string().nullish(),
        carrier_code: m.string().nullish(),
      }),
    )
    .nullish(),
  packages: m.array(z.unknown()).nullish(),
  arguments: m
    .object({ extension_attributes: m.object({ source_code: m.string().nullish() }).nullish() })
    .nullish(),
});

const refundArguments = m
  .object({
    shipping_amount: m.float().nullish(),
    adjustment_positive: m.float().nullish(),
    adjustment_negative: m.float().nullish(),
    extension_attributes: m.object({ return_to_stock_items: m.array(m.int()).nullish() }).nullish(),
  })
  .nullish();

export const refundBody = m.object({
  items: itemLines,
  ...flags,
  comment: documentComment,
  arguments: refundArguments,
});
export const invoiceRefundBody = refundBody.extend({ isOnline: m.bool().nullish() });

export const statusHistoryBody = m.object({
  statusHistory: m.object({
    comment: m.string().nullish(),
    status: m.string().nullish(),
    is_customer_notified: m.int().nullish(),
    is_visible_on_front: m.int().nullish(),
    parent_id: m.int().nullish(),
  }),
});

/** `{"entity":{...}}` of the repositories' save methods (fields kept as sent). */
export const entityBody = m.object({ entity: m.object({}) });

export const commentEntityBody = m.object({
  entity: m.object({
    parent_id: m.int().nullish(),
    comment: m.string().nullish(),
    is_customer_notified: m.int().nullish(),
    is_visible_on_front: m.int().nullish(),
  }),
});

export { pathInt } from '../input.ts';
