import type { Services, StoreContext } from '../../context.ts';
import { listWebsites } from '../store/stores.ts';
import { applyConfigurable, validateConfigurableInput } from './configurable-save.ts';
import { mergeProduct, newProduct, type ProductInput } from './product-build.ts';
import { findProduct, putProduct, readProduct } from './product-repository.ts';
import { requireSku, validateLinks, validateProduct } from './product-validate.ts';
import type { Product } from './types.ts';

/**
 * `POST /V1/products` and `PUT /V1/products/:sku`: an upsert by SKU. A new product is assigned to the
 * current store's website, or to every website when saved under `/rest/all` (unless `website_ids` is
 * sent); an update keeps its websites unless sent. Answers the saved product as `GET` would.
 * @see Magento\Catalog\Model\ProductRepository::save, ::assignProductToWebsites
 */
export function saveProduct(s: Services, input: Record<string, unknown>, scope: StoreContext): Product {
  return readProduct(s, storeProduct(s, input, scope).sku, scope);
}

/**
 * The save itself, without reading the product back (scenario seeding saves many; `fresh` skips the
 * case-insensitive SKU lookup for SKUs known to be new).
 */
export function storeProduct(
  s: Services,
  input: Record<string, unknown>,
  scope: StoreContext,
  fresh = false,
): Product {
  validateConfigurableInput(s, input);
  const sku = input['sku'];
  requireSku(sku);
  const existing = fresh ? undefined : findProduct(s, sku);
  validateLinks(s, input['product_links']);
  const base = existing ?? newProduct(s, sku, websitesForNew(s, scope));
  const merged = mergeProduct(s, base, { ...input, sku: base.sku } as ProductInput, scope, !existing);
  validateProduct(s, merged, input, !existing);
  const saved = applyConfigurable(s, merged, input);
  putProduct(s, saved);
  return saved;
}

/** @see Magento\Catalog\Model\ProductRepository::assignProductToWebsites */
export function websitesForNew(s: Services, scope: StoreContext): number[] {
  if (scope.isAll || scope.storeId === 0)
    return listWebsites(s)
      .filter((w) => w.id !== 0)
      .map((w) => w.id);
  return [scope.websiteId];
}
