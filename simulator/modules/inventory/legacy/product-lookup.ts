import type { Services } from '../../../context.ts';
import { NoSuchEntityError } from '../../../errors.ts';
import { productBySku } from '../products.ts';
import type { ProductRef } from '../types.ts';

/**
 * The legacy stock API's SKU lookup and its own 404 text.
 * @see Magento\CatalogInventory\Model\StockRegistry::resolveProductId
 */
export function resolveProduct(s: Services, sku: string): ProductRef {
  const product = productBySku(s, sku);
  if (!product) throw new NoSuchEntityError('The Product with the "%1" SKU doesn\'t exist.', [sku]);
  return product;
}
