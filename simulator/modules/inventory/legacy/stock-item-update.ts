import { magentoDate } from '../../../clock.ts';
import type { Services } from '../../../context.ts';
import { asBool, asFloat, asInt } from '../msi/coerce.ts';
import { typeUsesSourceItems } from '../products.ts';
import { DEFAULT_SOURCE_CODE, LEGACY_ITEMS, SOURCE_ITEMS, type SourceItem, sourceItemKey } from '../types.ts';
import { itemConfig, type LegacySettings, legacySettings } from './item-settings.ts';
import { resolveProduct } from './product-lookup.ts';
import { getLegacyStockItem } from './stock-item.ts';

/**
 * `PUT /V1/products/:productSku/stockItems/:itemId`: merges the sent fields into the product's
 * stock item (the path's item id plays no part), forces it out of stock when its quantity is at or
 * below min_qty without backorders, stamps low_stock_date under notify_stock_qty, and, MSI being
 * on, writes qty and is_in_stock to the `default` source item. Returns the item id.
 * @see Magento\CatalogInventory\Model\StockRegistry::updateStockItemBySku
 * @see Magento\CatalogInventory\Model\Stock\StockItemRepository::save
 * @see Magento\InventoryCatalog\Plugin\CatalogInventory\UpdateSourceItemAtLegacyStockItemSavePlugin
 */
const BOOLS = [
  'is_in_stock',
  'is_qty_decimal',
  'use_config_min_qty',
  'use_config_max_sale_qty',
  'use_config_backorders',
  'use_config_notify_stock_qty',
  'use_config_qty_increments',
  'use_config_enable_qty_inc',
  'enable_qty_increments',
  'use_config_manage_stock',
  'manage_stock',
  'is_decimal_divided',
] as const;
const FLOATS = [
  'qty',
  'min_qty',
  'min_sale_qty',
  'max_sale_qty',
  'notify_stock_qty',
  'qty_increments',
] as const;
const INTS = ['backorders', 'use_config_min_sale_qty'] as const;

export function updateStockItemBySku(s: Services, sku: string, input: Record<string, unknown>): number {
  const product = resolveProduct(s, sku);
  const orig = getLegacyStockItem(s, product.id, sku);
  const data = readInput(input);
  const settings: LegacySettings & { qty?: number } = { ...legacySettings(s, sku), ...data };
  delete settings.qty;
  s.store.put(LEGACY_ITEMS, sku, settings);
  const cfg = itemConfig(s, sku);
  let qty = data.qty ?? orig.qty;
  let inStock = data.is_in_stock ?? orig.is_in_stock;
  let auto = 0;
  let lowStockDate: string | null = null;
  if (typeUsesSourceItems(product.type_id)) {
    const verified = !(cfg.backorders === 0 && qty <= cfg.min_qty);
    if (cfg.manage_stock && !verified) [inStock, auto] = [false, 1];
    if (qty < cfg.notify_stock_qty) lowStockDate = magentoDate(s.clock.now());
  } else qty = 0;
  s.store.put(LEGACY_ITEMS, sku, {
    ...settings,
    is_in_stock: inStock,
    stock_status_changed_auto: auto,
    low_stock_date: lowStockDate,
  });
  if (typeUsesSourceItems(product.type_id)) mirrorToDefaultSource(s, sku, qty, inStock);
  return orig.item_id;
}

function mirrorToDefaultSource(s: Services, sku: string, qty: number, inStock: boolean): void {
  const key = sourceItemKey(sku, DEFAULT_SOURCE_CODE);
  const existing = s.store.get<SourceItem>(SOURCE_ITEMS, key);
  if (!existing && qty === 0 && !inStock) return;
  s.store.put<SourceItem>(SOURCE_ITEMS, key, {
    sku,
    source_code: DEFAULT_SOURCE_CODE,
    quantity: qty,
    status: inStock ? 1 : 0,
  });
}

function readInput(input: Record<string, unknown>): LegacySettings & { qty?: number } {
  const out: Record<string, unknown> = {};
  for (const f of BOOLS) if (input[f] !== undefined) out[f] = asBool(f, input[f]);
  for (const f of FLOATS) if (input[f] !== undefined) out[f] = asFloat(f, input[f]);
  for (const f of INTS) if (input[f] !== undefined) out[f] = asInt(f, input[f]);
  for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
  return out as LegacySettings & { qty?: number };
}
