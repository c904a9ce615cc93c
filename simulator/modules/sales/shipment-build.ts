import { n } from './money.ts';
import { castQty, isDummy, lines, qtyToShip } from './order-items.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * ShipmentDocumentFactory + ShipmentFactory::prepareItems: no items requested means every
 * non-virtual line at its ordered quantity; each line ships min(requested, still to ship), so a
 * repeated ship call cannot ship a unit twice — it ships what is left, or nothing (PR #2420's
 * duplicate deductions are prevented here). Lines not requested, virtual, already shipped or
 * asked with qty 0 are left out.
 * @see Magento\Sales\Model\Order\ShipmentDocumentFactory::getQuantitiesFromOrderItems
 * @see Magento\Sales\Model\Order\ShipmentFactory::prepareItems, canShipItem, validateItem
 */
export interface ShipLine {
  item: OrderItem;
  qty: number;
}

/** The shipment lines for `requested` quantities (`null`: every line at its ordered qty). */
export function shipLines(order: Order, requested: Map<number, number> | null): ShipLine[] {
  const wanted = requested ?? orderedQtys(order);
  const out: ShipLine[] = [];
  for (const item of lines(order)) {
    if (n(item.is_virtual) || qtyToShip(item) <= 0) continue;
    const want = wanted.get(item.item_id);
    if (want === undefined || want <= 0) continue;
    out.push({ item, qty: castQty(item, Math.min(want, qtyToShip(item))) });
  }
  return out;
}

function orderedQtys(order: Order): Map<number, number> {
  const qtys = new Map<number, number>();
  for (const item of order.items ?? []) {
    if (!n(item.is_virtual) && !isDummy(item)) qtys.set(item.item_id, n(item.qty_ordered));
  }
  return qtys;
}
