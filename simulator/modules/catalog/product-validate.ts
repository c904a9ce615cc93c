import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { websiteById } from '../store/stores.ts';
import { findProduct } from './product-repository.ts';
import type { Product } from './types.ts';

/**
 * Magento's checks on a product save, in the order they run: the SKU (ProductRepository::save), the
 * linked products (processLinks), the attribute set (Product resource validate), then the EAV backends
 * in attribute order (name, sku, price) whose messages arrive already rendered, and last the website
 * links, whose failure is the generic save error.
 * @see Magento\Catalog\Model\ProductRepository::save, Magento\Catalog\Model\ResourceModel\Product::validate,
 *   Magento\Catalog\Model\Product\Attribute\Backend\Sku, ...\Backend\Price
 */
const EMPTY_ATTRIBUTE = 'The "%1" attribute value is empty. Set the attribute and try again.';
export const UNABLE_TO_SAVE = 'The product was unable to be saved. Please try again.';

export function requireSku(sku: unknown): asserts sku is string {
  if (typeof sku !== 'string' || sku === '') throw new LocalizedError(EMPTY_ATTRIBUTE, ['sku']);
}

export function validateLinks(s: Services, links: unknown): void {
  if (!Array.isArray(links)) return;
  for (const link of links as Array<Record<string, unknown>>) {
    const linked = String(link['linked_product_sku'] ?? '');
    if (!findProduct(s, linked))
      throw new NoSuchEntityError('The Product with the "%1" SKU doesn\'t exist.', [linked]);
  }
}

export function validateProduct(
  s: Services,
  p: Product,
  input: Record<string, unknown>,
  isNew: boolean,
): void {
  if (p.attribute_set_id !== 4 && !s.store.has('attribute_sets', String(p.attribute_set_id))) {
    throw new LocalizedError('Invalid product data: %1', ['Invalid attribute set entity type']);
  }
  if (isNew && (p.name === undefined || p.name === '')) {
    throw new LocalizedError(EMPTY_ATTRIBUTE.replace('%1', 'Product Name'));
  }
  if (p.sku.length > 255) throw new LocalizedError('SKU length should be 255 characters maximum.');
  const price = input['price'];
  if (typeof price === 'number' && price < 0) {
    throw new LocalizedError('Please enter a number 0 or greater in this field.');
  }
  if (p.extension_attributes.website_ids.some((id) => id === 0 || !websiteById(s, id))) {
    throw new LocalizedError(UNABLE_TO_SAVE);
  }
}
