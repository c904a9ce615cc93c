import type { Services } from '../../../context.ts';
import { itemConfig } from '../legacy/item-settings.ts';
import { getLegacyStockItem } from '../legacy/stock-item.ts';
import { productBySku, typeUsesSourceItems } from '../products.ts';
import { reservationsQty } from './reservations.ts';
import { stockIndexRow, stockSourceItems } from './stock-index.ts';

/**
 * Is a product salable on a stock (no quantity asked)? Required: some source item of the stock's
 * enabled sources is in stock (unless stock is not managed). Then any of: backorders allowed,
 * stock not managed, index quantity + reservations above min_qty. Composites (configurable) only
 * look at their own legacy in-stock flag.
 * @see Magento\InventorySales\Model\IsProductSalableCondition\IsProductSalableConditionChain
 * @see Magento\InventorySales\Model\AreProductsSalable
 */
export function isProductSalable(s: Services, sku: string, stockId: number): boolean {
  const product = productBySku(s, sku);
  if (!product) return false;
  if (!typeUsesSourceItems(product.type_id)) return getLegacyStockItem(s, product.id, sku).is_in_stock;
  const cfg = itemConfig(s, sku);
  const anyInStock = !cfg.manage_stock || stockSourceItems(s, sku, stockId).some((i) => i.status === 1);
  if (!anyInStock) return false;
  if (cfg.backorders !== 0 && cfg.min_qty >= 0) return true;
  if (!cfg.manage_stock) return true;
  const row = stockIndexRow(s, sku, stockId);
  return row !== null && row.quantity + reservationsQty(s, sku, stockId) > cfg.min_qty;
}

/** IsProductSalableResultInterface. */
export interface IsProductSalableResult {
  sku: string;
  stock_id: number;
  salable: boolean;
}

/** `GET /V1/inventory/are-products-salable`: one result per SKU, unknown SKUs not salable. */
export function areProductsSalable(s: Services, skus: string[], stockId: number): IsProductSalableResult[] {
  return skus.map((sku) => ({ sku, stock_id: stockId, salable: isProductSalable(s, sku, stockId) }));
}
