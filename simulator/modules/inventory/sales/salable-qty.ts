import type { Services } from '../../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../../errors.ts';
import { itemConfig } from '../legacy/item-settings.ts';
import { productBySku, typeUsesSourceItems } from '../products.ts';
import { STOCKS } from '../types.ts';
import { reservationsQty, round4 } from './reservations.ts';
import { stockIndexRow } from './stock-index.ts';

/**
 * Salable quantity = the stock index quantity + the SKU's reservations on that stock − min_qty
 * (the out-of-stock threshold); 0 when the SKU has no index row or is not salable. Computed on
 * every call, never stored.
 * @see Magento\InventorySales\Model\GetProductSalableQty
 * @see Magento\InventorySales\Model\GetSalableQty (the same sum, without the product checks)
 */
export function getSalableQty(s: Services, sku: string, stockId: number): number {
  assertStockExists(s, stockId);
  const row = stockIndexRow(s, sku, stockId);
  if (!row?.isSalable) return 0;
  return round4(row.quantity + reservationsQty(s, sku, stockId) - itemConfig(s, sku).min_qty);
}

/** `GET /V1/inventory/get-product-salable-quantity/:sku/:stockId`: the product checks, then the sum. */
export function getProductSalableQty(s: Services, sku: string, stockId: number): number {
  const product = productBySku(s, sku);
  if (!product) {
    throw new NoSuchEntityError(
      "The product that was requested doesn't exist. Verify the product and try again.",
    );
  }
  assertSourceItemType(product.type_id);
  return getSalableQty(s, sku, stockId);
}

/** Composite types have no source items, so no quantity to check. */
export function assertSourceItemType(typeId: string | undefined): void {
  if (!typeUsesSourceItems(typeId)) {
    throw new InputError("Can't check requested quantity for products without Source Items support.");
  }
}

/** A stock without an index table makes the index query fail. */
export function assertStockExists(s: Services, stockId: number): void {
  if (!s.store.has(STOCKS, String(stockId))) throw new LocalizedError('Could not receive Stock Item data');
}
