import type { Services } from '../../../context.ts';
import { LEGACY_ITEMS } from '../types.ts';

/**
 * A product's legacy stock item settings (`cataloginventory_stock_item` minus quantities, which MSI
 * keeps in the `default` source item), resolved against `cataloginventory/item_options/*` the way
 * the model's getters do: a `use_config_*` flag that is not explicitly false means "config value".
 * @see Magento\CatalogInventory\Model\Stock\Item::getMinQty and its siblings
 */
export interface LegacySettings {
  item_id?: number;
  is_in_stock?: boolean;
  is_qty_decimal?: boolean;
  use_config_min_qty?: boolean;
  min_qty?: number;
  use_config_min_sale_qty?: number | boolean;
  min_sale_qty?: number;
  use_config_max_sale_qty?: boolean;
  max_sale_qty?: number;
  use_config_backorders?: boolean;
  backorders?: number;
  use_config_notify_stock_qty?: boolean;
  notify_stock_qty?: number;
  use_config_qty_increments?: boolean;
  qty_increments?: number;
  use_config_enable_qty_inc?: boolean;
  enable_qty_increments?: boolean;
  use_config_manage_stock?: boolean;
  manage_stock?: boolean;
  low_stock_date?: string | null;
  is_decimal_divided?: boolean;
  stock_status_changed_auto?: number;
}

/** Effective per-SKU stock configuration (StockItemConfigurationInterface). */
export interface ItemConfig {
  manage_stock: boolean;
  min_qty: number;
  min_sale_qty: number;
  max_sale_qty: number;
  backorders: number;
  notify_stock_qty: number;
  enable_qty_increments: boolean;
  /** 0 when qty increments are off. */
  qty_increments: number;
  is_qty_decimal: boolean;
}

const OPT = 'cataloginventory/item_options/';

/** The raw saved settings of a SKU (empty: every value from config). */
export function legacySettings(s: Services, sku: string): LegacySettings {
  return s.store.get<LegacySettings>(LEGACY_ITEMS, sku) ?? {};
}

/** Whether the item follows config for `flag` (absent or truthy means yes). */
export function usesConfig(saved: LegacySettings, flag: keyof LegacySettings): boolean {
  return saved[flag] === undefined || Boolean(saved[flag]);
}

/** The effective settings of a SKU, config defaults applied (StockItemConfigurationInterface). */
export function itemConfig(s: Services, sku: string): ItemConfig {
  const saved = legacySettings(s, sku);
  const num = (flag: keyof LegacySettings, key: keyof LegacySettings, path: string): number =>
    usesConfig(saved, flag) ? s.config.number(OPT + path) : Number(saved[key] ?? 0);
  const enableQtyInc = usesConfig(saved, 'use_config_enable_qty_inc')
    ? s.config.flag(`${OPT}enable_qty_increments`)
    : Boolean(saved.enable_qty_increments);
  const increments = enableQtyInc ? num('use_config_qty_increments', 'qty_increments', 'qty_increments') : 0;
  return {
    manage_stock: usesConfig(saved, 'use_config_manage_stock')
      ? s.config.flag(`${OPT}manage_stock`)
      : Boolean(saved.manage_stock),
    min_qty: num('use_config_min_qty', 'min_qty', 'min_qty'),
    min_sale_qty: num('use_config_min_sale_qty', 'min_sale_qty', 'min_sale_qty'),
    max_sale_qty: num('use_config_max_sale_qty', 'max_sale_qty', 'max_sale_qty'),
    backorders: num('use_config_backorders', 'backorders', 'backorders'),
    notify_stock_qty: num('use_config_notify_stock_qty', 'notify_stock_qty', 'notify_stock_qty'),
    enable_qty_increments: enableQtyInc,
    qty_increments: Math.max(increments, 0),
    is_qty_decimal: Boolean(saved.is_qty_decimal),
  };
}
