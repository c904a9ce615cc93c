/**
 * The sales module's services for other modules (checkout, the POS extension, Adobe Commerce
 * surfaces): orders and their state machine, invoicing, shipping with MSI source deduction, and
 * refunds with return to stock. Everything takes `Services` and works inside the caller's
 * transaction; errors are Magento's.
 */
export { CREDITMEMOS, INVOICES, ORDERS, SEQ, SHIPMENTS } from './collections.ts';
export type {
  Creditmemo,
  DocumentComment,
  Invoice,
  PricedItem,
  Shipment,
  ShipmentTrack,
} from './document-types.ts';
export { nextIncrementId } from './increment-id.ts';
export { type InvoiceRequest, invoiceOrder as createInvoice } from './invoice-order.ts';
export { canCancel, canCreditmemo, canHold, canInvoice, canShip, canUnhold } from './order-can.ts';
export { defaultStatus, stateStatuses } from './order-config.ts';
export { stockOfOrder } from './order-inventory.ts';
export { qtyToCancel, qtyToInvoice, qtyToRefund, qtyToShip } from './order-items.ts';
export { cancelOrder, holdOrder, unholdOrder } from './order-management.ts';
export { saveRawOrder } from './order-raw-save.ts';
export { findOrder, getOrder, presentOrder, saveOrder } from './order-repository.ts';
export { searchOrders } from './order-search.ts';
export type {
  Order,
  OrderAddress,
  OrderItem,
  OrderPayment,
  OrderState,
  StatusHistory,
} from './order-types.ts';
export { refundInvoice } from './refund-invoice.ts';
export { type RefundRequest, refundOrder } from './refund-order.ts';
export { type ShipRequest, shipOrder as createShipment } from './ship-order.ts';
