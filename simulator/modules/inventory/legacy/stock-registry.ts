import type { Services } from '../../../context.ts';
import { PRODUCTS, typeUsesSourceItems } from '../products.ts';
import { stockIndexRow } from '../sales/stock-index.ts';
import { DEFAULT_STOCK_ID, type ProductRef } from '../types.ts';
import { resolveProduct } from './product-lookup.ts';
import { getLegacyStockItem, type StockItem } from './stock-item.ts';

/**
 * The read side of the legacy stock API: a product's stock item, its stock status (the Default
 * Stock's salable flag), and the low-stock list.
 * @see Magento\CatalogInventory\Model\StockRegistry
 */
export function getStockItemBySku(s: Services, sku: string): StockItem {
  const product = resolveProduct(s, sku);
  return getLegacyStockItem(s, product.id, sku);
}

/** StockStatusInterface as REST renders it (qty is an integer there). */
export interface StockStatus {
  product_id: number;
  stock_id: number;
  qty: number;
  stock_status: number;
  stock_item: StockItem;
}

/** `GET /V1/stockStatuses/:productSku`: the Default Stock status row with the stock item. */
export function getStockStatusBySku(s: Services, sku: string): StockStatus {
  const product = resolveProduct(s, sku);
  const item = getLegacyStockItem(s, product.id, sku);
  const salable = typeUsesSourceItems(product.type_id)
    ? (stockIndexRow(s, sku, DEFAULT_STOCK_ID)?.isSalable ?? false)
    : item.is_in_stock;
  return {
    product_id: product.id,
    stock_id: DEFAULT_STOCK_ID,
    qty: Math.trunc(item.qty),
    stock_status: salable ? 1 : 0,
    stock_item: item,
  };
}

/**
 * Stock items of quantity-keeping products whose qty is at or below `qty`, by item id. `pageSize`
 * 0 means all. The criteria echo is Magento's StockItemCriteria (unverified shape).
 * @see Magento\CatalogInventory\Model\StockRegistry::getLowStockItems
 */
export function getLowStockItems(s: Services, qty: number, currentPage: number, pageSize: number) {
  const items = s.store
    .all<ProductRef>(PRODUCTS)
    .filter((p) => typeUsesSourceItems(p.type_id))
    .map((p) => getLegacyStockItem(s, p.id, p.sku))
    .filter((i) => i.qty <= qty)
    .sort((a, b) => a.item_id - b.item_id);
  const page =
    pageSize > 0
      ? items.slice((Math.max(currentPage, 1) - 1) * pageSize, Math.max(currentPage, 1) * pageSize)
      : items;
  return {
    items: page,
    search_criteria: {
      mapper_interface_name:
        'Magento\\CatalogInventory\\Model\\ResourceModel\\Stock\\Item\\StockItemCriteriaMapper',
      criteria_list: [],
      filters: [],
      orders: [],
      limit: [currentPage, pageSize],
    },
    total_count: items.length,
  };
}
