import type { Services } from '../../../context.ts';
import { productBySku, typeUsesSourceItems } from '../products.ts';
import {
  DEFAULT_SOURCE_CODE,
  DEFAULT_STOCK_ID,
  SOURCE_ITEMS,
  type SourceItem,
  sourceItemKey,
} from '../types.ts';
import { itemConfig, legacySettings, usesConfig } from './item-settings.ts';

/**
 * The legacy `cataloginventory_stock_item` DTO (StockItemInterface) as REST renders it.
 * @see Magento\CatalogInventory\Api\Data\StockItemInterface
 */
export interface StockItem {
  item_id: number;
  product_id: number;
  stock_id: number;
  qty: number;
  is_in_stock: boolean;
  is_qty_decimal: boolean;
  show_default_notification_message: boolean;
  use_config_min_qty: boolean;
  min_qty: number;
  use_config_min_sale_qty: number;
  min_sale_qty: number;
  use_config_max_sale_qty: boolean;
  max_sale_qty: number;
  use_config_backorders: boolean;
  backorders: number;
  use_config_notify_stock_qty: boolean;
  notify_stock_qty: number;
  use_config_qty_increments: boolean;
  qty_increments: number;
  use_config_enable_qty_inc: boolean;
  enable_qty_increments: boolean;
  use_config_manage_stock: boolean;
  manage_stock: boolean;
  low_stock_date: string | null;
  is_decimal_divided: boolean;
  stock_status_changed_auto: number;
}

/**
 * The legacy stock item of a product. With MSI on, its qty and is_in_stock mirror the product's
 * `default` source item (composites keep their own in-stock flag and qty 0); the item id is the
 * product id unless a saved one exists (a fresh Magento creates both in step).
 * @see Magento\CatalogInventory\Model\StockRegistry::getStockItem
 * @see Magento\InventoryCatalog\Plugin\CatalogInventory\UpdateSourceItemAtLegacyStockItemSavePlugin
 */
export function getLegacyStockItem(s: Services, productId: number, sku: string): StockItem {
  const saved = legacySettings(s, sku);
  const cfg = itemConfig(s, sku);
  const source = s.store.get<SourceItem>(SOURCE_ITEMS, sourceItemKey(sku, DEFAULT_SOURCE_CODE));
  const hasItems = typeUsesSourceItems(productBySku(s, sku)?.type_id);
  const flag = (name: keyof typeof saved): boolean => usesConfig(saved, name);
  return {
    item_id: saved.item_id ?? productId,
    product_id: productId,
    stock_id: DEFAULT_STOCK_ID,
    qty: hasItems ? (source?.quantity ?? 0) : 0,
    is_in_stock: hasItems ? source?.status === 1 : (saved.is_in_stock ?? true),
    is_qty_decimal: cfg.is_qty_decimal,
    show_default_notification_message: false,
    use_config_min_qty: flag('use_config_min_qty'),
    min_qty: cfg.min_qty,
    use_config_min_sale_qty: flag('use_config_min_sale_qty') ? 1 : 0,
    min_sale_qty: cfg.min_sale_qty,
    use_config_max_sale_qty: flag('use_config_max_sale_qty'),
    max_sale_qty: cfg.max_sale_qty,
    use_config_backorders: flag('use_config_backorders'),
    backorders: cfg.backorders,
    use_config_notify_stock_qty: flag('use_config_notify_stock_qty'),
    notify_stock_qty: cfg.notify_stock_qty,
    use_config_qty_increments: flag('use_config_qty_increments'),
    qty_increments: cfg.qty_increments,
    use_config_enable_qty_inc: flag('use_config_enable_qty_inc'),
    enable_qty_increments: cfg.enable_qty_increments,
    use_config_manage_stock: flag('use_config_manage_stock'),
    manage_stock: cfg.manage_stock,
    low_stock_date: saved.low_stock_date ?? null,
    is_decimal_divided: saved.is_decimal_divided ?? false,
    stock_status_changed_auto: saved.stock_status_changed_auto ?? 0,
  };
}
