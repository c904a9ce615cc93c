import { n, round4 } from './money.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * An order line's remaining quantities, as Magento's order item computes them. Child rows of a
 * configurable line are "dummies": the parent is invoiced, shipped and refunded, and the children
 * follow it; their SKU is the one inventory moves.
 * @see Magento\Sales\Model\Order\Item::getQtyToInvoice, getQtyToShip, getQtyToRefund, getQtyToCancel
 */
export const isDummy = (item: OrderItem): boolean => item.parent_item_id != null;

/** ordered − invoiced − canceled. */
export function qtyToInvoice(item: OrderItem): number {
  if (isDummy(item)) return 0;
  return Math.max(round4(n(item.qty_ordered) - n(item.qty_invoiced) - n(item.qty_canceled)), 0);
}

/** ordered − shipped − refunded − canceled. */
export function qtyToShip(item: OrderItem): number {
  if (isDummy(item)) return 0;
  const left = n(item.qty_ordered) - n(item.qty_shipped) - n(item.qty_refunded) - n(item.qty_canceled);
  return Math.max(round4(left), 0);
}

/** invoiced − refunded. */
export function qtyToRefund(item: OrderItem): number {
  if (isDummy(item)) return 0;
  return Math.max(round4(n(item.qty_invoiced) - n(item.qty_refunded)), 0);
}

/** What neither an invoice nor a shipment covers. */
export function qtyToCancel(item: OrderItem): number {
  return Math.max(Math.min(qtyToInvoice(item), qtyToShip(item)), 0);
}

/** Order items without their child rows (Order::getAllVisibleItems). */
export const lines = (order: Order): OrderItem[] => (order.items ?? []).filter((i) => !isDummy(i));

/** The child rows of a line (a configurable's chosen simple). */
export const childrenOf = (order: Order, item: OrderItem): OrderItem[] =>
  (order.items ?? []).filter((c) => c.parent_item_id === item.item_id);

/** An order line by item_id. */
export const findItem = (order: Order, itemId: number): OrderItem | undefined =>
  (order.items ?? []).find((i) => i.item_id === itemId);

/** Product types whose stock lives in source items (IsSourceItemManagementAllowedForProductType). */
const SOURCE_TYPES = new Set(['simple', 'virtual', 'downloadable', 'grouped']);

/**
 * The SKU and whether inventory moves for a line: a configurable line moves its child's SKU;
 * composite types without a child (bundle) move nothing here.
 * @see Magento\InventorySales\Model\GetSkuFromOrderItem
 */
export function inventorySku(order: Order, item: OrderItem): string | null {
  const child = childrenOf(order, item)[0];
  if (child) return SOURCE_TYPES.has(child.product_type ?? 'simple') ? child.sku : null;
  return SOURCE_TYPES.has(item.product_type ?? 'simple') ? item.sku : null;
}

/** Casts a requested quantity like the document factories: int unless the line is decimal. */
export function castQty(item: OrderItem, qty: number): number {
  const q = item['is_qty_decimal'] ? qty : Math.trunc(qty);
  return Math.max(q, 0);
}

/** Replaces items by id (records are shared: build new objects). */
export function withItems(order: Order, changed: OrderItem[]): Order {
  const byId = new Map(changed.map((i) => [i.item_id, i]));
  return { ...order, items: (order.items ?? []).map((i) => byId.get(i.item_id) ?? i) };
}

/** A line with `delta` added to one of its quantity columns (child rows keep their own). */
export function bumpQty(item: OrderItem, field: QtyField, delta: number): OrderItem {
  return { ...item, [field]: round4(n(item[field]) + delta) };
}

/** The quantity columns documents move. */
export type QtyField = 'qty_invoiced' | 'qty_shipped' | 'qty_refunded' | 'qty_canceled';
