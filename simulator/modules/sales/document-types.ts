/**
 * Invoices, shipments and credit memos as Magento's REST returns them, stored in their own
 * collections keyed by String(entity_id) with items, comments (and tracks) inside.
 * @see reference/magento-openapi/admin-schema-2.4.8.yaml sales-data-invoice-interface,
 *   sales-data-shipment-interface, sales-data-creditmemo-interface
 */

/** Invoice states: 1 open, 2 paid, 3 canceled. Credit memo states: 1 open, 2 refunded, 3 canceled. */
export const INVOICE_PAID = 2;
export const INVOICE_CANCELED = 3;
export const CREDITMEMO_REFUNDED = 2;
export const CREDITMEMO_CANCELED = 3;

/** A comment on an invoice, shipment or credit memo. */
export interface DocumentComment {
  entity_id: number;
  parent_id: number;
  comment: string;
  is_customer_notified: number;
  is_visible_on_front: number;
  created_at: string;
}

/** The money of a document (each also has a `base_` twin, equal in one currency). */
export interface DocumentTotals {
  subtotal: number;
  subtotal_incl_tax: number;
  tax_amount: number;
  shipping_amount: number;
  shipping_incl_tax: number;
  shipping_tax_amount: number;
  discount_amount: number;
  discount_tax_compensation_amount: number;
  grand_total: number;
}

/** A priced line of an invoice or credit memo. */
export interface PricedItem {
  entity_id: number;
  parent_id: number;
  order_item_id: number;
  product_id: number;
  sku: string;
  name: string;
  qty: number;
  price: number;
  base_price: number;
  price_incl_tax: number;
  base_price_incl_tax: number;
  row_total: number;
  base_row_total: number;
  row_total_incl_tax: number;
  base_row_total_incl_tax: number;
  tax_amount: number;
  base_tax_amount: number;
  discount_amount: number;
  base_discount_amount: number;
  discount_tax_compensation_amount: number;
  base_discount_tax_compensation_amount: number;
  base_cost?: number | null;
  [extra: string]: unknown;
}

interface DocumentHead {
  entity_id: number;
  increment_id: string;
  order_id: number;
  store_id: number;
  billing_address_id?: number | null;
  shipping_address_id?: number | null;
  email_sent?: number | null;
  created_at: string;
  updated_at: string;
  [extra: string]: unknown;
}

export interface Invoice extends DocumentHead, DocumentTotals {
  state: number;
  total_qty: number;
  can_void_flag: number;
  is_used_for_refund: number;
  base_total_refunded: number;
  items: PricedItem[];
  comments: DocumentComment[];
}

export interface ShipmentItem {
  entity_id: number;
  parent_id: number;
  order_item_id: number;
  product_id: number;
  sku: string;
  name: string;
  qty: number;
  price: number;
  weight: number | null;
  row_total?: number | null;
}

export interface ShipmentTrack {
  entity_id: number;
  parent_id: number;
  order_id: number;
  track_number: string | null;
  title: string | null;
  carrier_code: string | null;
  description: string | null;
  qty: number | null;
  weight: number | null;
  created_at: string;
  updated_at: string;
}

export interface Shipment extends DocumentHead {
  customer_id: number | null;
  total_qty: number;
  total_weight: number | null;
  shipment_status: number | null;
  packages: unknown[];
  items: ShipmentItem[];
  tracks: ShipmentTrack[];
  comments: DocumentComment[];
  extension_attributes: { source_code: string };
}

export interface Creditmemo extends DocumentHead, DocumentTotals {
  state: number;
  invoice_id: number | null;
  creditmemo_status: number | null;
  adjustment: number;
  adjustment_positive: number;
  adjustment_negative: number;
  items: PricedItem[];
  comments: DocumentComment[];
}
