import type { Services } from '../../../context.ts';
import { LocalizedError } from '../../../errors.ts';
import { itemConfig } from '../legacy/item-settings.ts';
import { sourcesForStock } from '../msi/links.ts';
import { DEFAULT_SOURCE_CODE, SOURCE_ITEMS, type SourceItem, sourceItemKey } from '../types.ts';
import { round4 } from './reservations.ts';

/**
 * Physical stock movements at one source: shipping deducts the shipped quantity, a credit memo
 * with "return to stock" puts it back. Items whose stock is not managed are left alone.
 * @see Magento\InventorySourceDeductionApi\Model\SourceDeductionService
 * @see Magento\InventorySales\Model\ReturnProcessor\ProcessRefundItems
 */
export function deductSource(s: Services, sourceCode: string, sku: string, qty: number): void {
  const cfg = itemConfig(s, sku);
  if (!cfg.manage_stock) return;
  const item = s.store.get<SourceItem>(SOURCE_ITEMS, sourceItemKey(sku, sourceCode));
  const left = round4((item?.quantity ?? 0) - qty);
  if (!item || left < 0) {
    throw new LocalizedError('Not all of your products are available in the requested quantity.');
  }
  // Magento keeps an out-of-stock item out, and marks it out when it reaches min_qty without
  // backorders. (It reads the legacy item's flag; the source item's own status is used here.)
  const status = item.status === 0 || (left === cfg.min_qty && cfg.backorders === 0) ? 0 : 1;
  s.store.put<SourceItem>(SOURCE_ITEMS, sourceItemKey(sku, sourceCode), { ...item, quantity: left, status });
}

/**
 * Puts returned units back on a source (creating the source item if the SKU had none there); an
 * item that is out of stock comes back in stock once it is above min_qty (`can_back_in_stock`).
 */
export function returnToSource(s: Services, sourceCode: string, sku: string, qty: number): void {
  const cfg = itemConfig(s, sku);
  if (!cfg.manage_stock) return;
  const key = sourceItemKey(sku, sourceCode);
  const item = s.store.get<SourceItem>(SOURCE_ITEMS, key) ?? {
    sku,
    source_code: sourceCode,
    quantity: 0,
    status: 0,
  };
  const quantity = round4(item.quantity + qty);
  const backInStock = s.config.flag('cataloginventory/options/can_back_in_stock') && quantity > cfg.min_qty;
  s.store.put<SourceItem>(SOURCE_ITEMS, key, { ...item, quantity, status: backInStock ? 1 : item.status });
}

/**
 * The source a shipment deducts from when the request names none: the stock's only source if it has
 * exactly one, otherwise `default`.
 * @see Magento\InventoryShipping\Plugin\Sales\Shipment\AssignSourceCodeToShipmentPlugin
 */
export function defaultSourceForShipment(s: Services, stockId: number): string {
  const sources = sourcesForStock(s, stockId);
  return sources.length === 1 && sources[0] ? sources[0].source_code : DEFAULT_SOURCE_CODE;
}
