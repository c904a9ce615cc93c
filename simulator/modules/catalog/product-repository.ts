import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { getLegacyStockItem } from '../inventory/legacy/stock-item.ts';
import { inStore } from './store-values.ts';
import { PRODUCTS, type Product } from './types.ts';

/**
 * Reading products, by SKU or id, as a store view sees them. SKUs match as Magento's do: trimmed and
 * case-insensitive (the column's collation), the exact key first.
 * @see Magento\Catalog\Model\ProductRepository::get, ::getById
 */
export const PRODUCT_NOT_FOUND =
  "The product that was requested doesn't exist. Verify the product and try again.";
const PRODUCT_IDS = 'product_ids';

export const productNotFound = () => new NoSuchEntityError(PRODUCT_NOT_FOUND);

/** The stored (global) record, or undefined. */
export function findProduct(s: Services, sku: string): Product | undefined {
  const exact = s.store.get<Product>(PRODUCTS, sku);
  if (exact) return exact;
  const wanted = sku.trim().toLowerCase();
  return s.store.all<Product>(PRODUCTS).find((p) => p.sku.trim().toLowerCase() === wanted);
}

export function findProductById(s: Services, id: number): Product | undefined {
  const sku = s.store.get<string>(PRODUCT_IDS, String(id));
  return sku === undefined ? undefined : s.store.get<Product>(PRODUCTS, sku);
}

/**
 * A product by SKU with the values of `scope`'s store view (global values without a scope).
 * Throws Magento's 404 when there is none. The checkout reads products through this.
 */
export function getProductBySku(s: Services, sku: string, scope?: { storeId: number }): Product {
  const p = findProduct(s, sku);
  if (!p) throw productNotFound();
  return scope ? inStore(s, p, scope.storeId) : p;
}

/** A product by entity id (cart items, configurable links), with the store view's values. */
export function getProductById(s: Services, id: number, scope?: { storeId: number }): Product {
  const p = findProductById(s, id);
  if (!p) throw productNotFound();
  return scope ? inStore(s, p, scope.storeId) : p;
}

/** ProductInterface's getter order, which is the order of the keys in Magento's JSON. */
const KEY_ORDER = [
  'id',
  'sku',
  'name',
  'attribute_set_id',
  'price',
  'status',
  'visibility',
  'type_id',
  'created_at',
  'updated_at',
  'weight',
  'extension_attributes',
  'product_links',
  'options',
  'media_gallery_entries',
  'tier_prices',
  'custom_attributes',
];

function ordered(p: Product): Product {
  const src = p as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (src[k] !== undefined) out[k] = src[k];
  return out as unknown as Product;
}

/** Stores a record under its SKU (keys in Magento's order) and keeps the id index. */
export function putProduct(s: Services, p: Product): void {
  s.store.put(PRODUCTS, p.sku, ordered(p));
  s.store.put(PRODUCT_IDS, String(p.id), p.sku);
}

export function removeProduct(s: Services, p: Product): void {
  s.store.delete(PRODUCTS, p.sku);
  s.store.delete(PRODUCT_IDS, String(p.id));
}

/**
 * `GET /V1/products/:sku` (and save's answer): the product with the legacy `stock_item` that
 * CatalogInventory's after-load plugin adds on single loads only; lists never carry it.
 * @see Magento\CatalogInventory\Model\Plugin\AfterProductLoad
 */
export function withStockItem(s: Services, p: Product): Product {
  const { configurable_product_options, configurable_product_links, ...rest } = p.extension_attributes;
  const ext = { ...rest, stock_item: getLegacyStockItem(s, p.id, p.sku) };
  if (configurable_product_options !== undefined) Object.assign(ext, { configurable_product_options });
  if (configurable_product_links !== undefined) Object.assign(ext, { configurable_product_links });
  return { ...p, extension_attributes: ext };
}

export function readProduct(s: Services, sku: string, scope: { storeId: number }): Product {
  return withStockItem(s, getProductBySku(s, sku, scope));
}
