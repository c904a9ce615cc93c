import type { Services } from '../../context.ts';
import { findProduct, productNotFound, putProduct, removeProduct } from './product-repository.ts';
import { deleteStoreValues } from './store-values.ts';
import { PRODUCTS, type Product } from './types.ts';

/**
 * `DELETE /V1/products/:sku` → `true`. The product's store values go with it, and it is unlinked from
 * any configurable parent (Magento's `catalog_product_super_link` rows cascade).
 * @see Magento\Catalog\Model\ProductRepository::deleteById
 */
export function deleteProduct(s: Services, sku: string): boolean {
  const p = findProduct(s, sku);
  if (!p) throw productNotFound();
  removeProduct(s, p);
  deleteStoreValues(s, p.id);
  for (const parent of s.store.all<Product>(PRODUCTS)) {
    const links = parent.extension_attributes.configurable_product_links;
    if (links?.includes(p.id)) {
      putProduct(s, {
        ...parent,
        extension_attributes: {
          ...parent.extension_attributes,
          configurable_product_links: links.filter((id) => id !== p.id),
        },
      });
    }
  }
  return true;
}
