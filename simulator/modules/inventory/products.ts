import type { Services } from '../../context.ts';
import type { ProductRef } from './types.ts';

/**
 * What inventory needs to know about catalog products (the catalog module owns collection
 * `products`, keyed by SKU): whether a SKU exists and whether its type keeps source items.
 * @see Magento\InventoryCatalog\Model\GetProductTypesBySkus
 * @see Magento\InventoryConfiguration\Model\IsSourceItemManagementAllowedForProductType
 */
export const PRODUCTS = 'products';

/** Types whose quantity lives in source items; composites (configurable, bundle, grouped) have none. */
const SOURCE_ITEM_TYPES = new Set(['simple', 'virtual', 'downloadable', 'giftcard']);

/** The catalog record of a SKU, if any. */
export function productBySku(s: Services, sku: string): ProductRef | undefined {
  return s.store.get<ProductRef>(PRODUCTS, sku);
}

/** Whether a product type keeps quantities in source items (unknown type: yes). */
export function typeUsesSourceItems(typeId: string | undefined): boolean {
  return typeId === undefined || SOURCE_ITEM_TYPES.has(typeId);
}
