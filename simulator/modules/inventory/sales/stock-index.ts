import type { Services } from '../../../context.ts';
import { itemConfig } from '../legacy/item-settings.ts';
import { productBySku } from '../products.ts';
import {
  DEFAULT_STOCK_ID,
  LINKS,
  SOURCE_ITEMS,
  SOURCES,
  type Source,
  type SourceItem,
  type StockSourceLink,
  sourceItemKey,
} from '../types.ts';

/**
 * One row of a stock's index (`inventory_stock_<id>`), computed on demand instead of by an indexer:
 * the SKU's quantity over the stock's enabled sources (out-of-stock items count 0) and whether it is
 * salable. A SKU with no source item in those sources has no row, except on the Default Stock,
 * which reads the legacy stock status every catalog product has.
 * @see Magento\InventoryIndexer\Indexer\SelectBuilder
 * @see Magento\InventorySales\Model\ResourceModel\IsStockItemSalableCondition\*
 */
export interface StockIndexRow {
  quantity: number;
  isSalable: boolean;
}

/** Codes of the enabled sources linked to a stock. */
export function enabledSourceCodes(s: Services, stockId: number): string[] {
  return s.store
    .all<StockSourceLink>(LINKS)
    .filter((l) => l.stock_id === stockId && s.store.get<Source>(SOURCES, l.source_code)?.enabled !== false)
    .map((l) => l.source_code);
}

/** The SKU's source items in the stock's enabled sources. */
export function stockSourceItems(s: Services, sku: string, stockId: number): SourceItem[] {
  return enabledSourceCodes(s, stockId)
    .map((code) => s.store.get<SourceItem>(SOURCE_ITEMS, sourceItemKey(sku, code)))
    .filter((x): x is SourceItem => x !== undefined);
}

/** The index row of a SKU on a stock, or null when the SKU is not indexed there. */
export function stockIndexRow(s: Services, sku: string, stockId: number): StockIndexRow | null {
  const items = stockSourceItems(s, sku, stockId);
  if (items.length === 0 && !(stockId === DEFAULT_STOCK_ID && productBySku(s, sku))) return null;
  const inStock = items.filter((i) => i.status === 1);
  const quantity = inStock.reduce((sum, i) => sum + i.quantity, 0);
  const cfg = itemConfig(s, sku);
  if (!s.config.flag('cataloginventory/item_options/manage_stock') || !cfg.manage_stock) {
    return { quantity, isSalable: true };
  }
  const backorders = cfg.backorders !== 0 && (cfg.min_qty >= 0 || quantity > cfg.min_qty);
  return { quantity, isSalable: inStock.length > 0 && (quantity > cfg.min_qty || backorders) };
}
