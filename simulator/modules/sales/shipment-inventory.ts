import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { deductSource, defaultSourceForShipment } from '../inventory/index.ts';
import { groupBySku, reserveForOrder, type SkuQty, stockOfOrder } from './order-inventory.ts';
import { inventorySku } from './order-items.ts';
import type { Order } from './order-types.ts';
import type { ShipLine } from './shipment-build.ts';

/**
 * MSI on a new shipment: the source is `arguments.extension_attributes.source_code`, else the
 * stock's only source, else `default`; each shipped SKU is deducted from that source item and a
 * positive `shipment_created` reservation compensates the order's one (salable quantity unchanged,
 * physical quantity down). A source that holds too little — e.g. an ERP set its quantity while
 * reservations were open (inventory #2725) — fails the whole shipment, rolled back, as
 * `Could not save a shipment, see error log for details`.
 * @see Magento\InventoryShipping\Plugin\Sales\Shipment\AssignSourceCodeToShipmentPlugin
 * @see Magento\InventoryShipping\Observer\SourceDeductionProcessor
 * @see Magento\InventorySourceDeductionApi\Model\SourceDeductionService
 */
export const COULD_NOT_SHIP = 'Could not save a shipment, see error log for details';

/** The shipment's source code: requested, else the stock's only source, else `default`. */
export function shipmentSource(s: Services, order: Order, requested: string | null | undefined): string {
  return requested || defaultSourceForShipment(s, stockOfOrder(s, order));
}

/** Deducts the shipped SKUs from the source and compensates their reservations. */
export function deductShipment(s: Services, order: Order, source: string, shipped: ShipLine[]): void {
  const items: SkuQty[] = [];
  for (const line of shipped) {
    const sku = inventorySku(order, line.item);
    if (sku && line.qty > 0) items.push({ sku, qty: line.qty });
  }
  const grouped = groupBySku(items);
  try {
    for (const i of grouped) deductSource(s, source, i.sku, i.qty);
  } catch {
    throw new LocalizedError(COULD_NOT_SHIP);
  }
  reserveForOrder(s, order, 'shipment_created', grouped);
}
