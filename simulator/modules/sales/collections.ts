/**
 * Where the sales module keeps its records and which sequences number them. Orders are written by
 * the checkout at placement (and by raw saves); invoices, shipments and credit memos only here.
 * Each document keeps its items and comments inside it, as Magento's REST returns them.
 */
export const ORDERS = 'orders';
export const INVOICES = 'invoices';
export const SHIPMENTS = 'shipments';
export const CREDITMEMOS = 'creditmemos';

/** Sequences (`s.store.nextId`). `orders` and `order_items` are shared with the checkout. */
export const SEQ = {
  order: 'orders',
  orderItem: 'order_items',
  orderAddress: 'order_addresses',
  orderPayment: 'order_payments',
  history: 'order_status_history',
  invoice: 'invoices',
  invoiceItem: 'invoice_items',
  invoiceComment: 'invoice_comments',
  shipment: 'shipments',
  shipmentItem: 'shipment_items',
  shipmentComment: 'shipment_comments',
  track: 'shipment_tracks',
  creditmemo: 'creditmemos',
  creditmemoItem: 'creditmemo_items',
  creditmemoComment: 'creditmemo_comments',
} as const;
