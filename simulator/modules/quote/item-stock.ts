import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { childrenOf } from '../catalog/configurable-links.ts';
import type { Product } from '../catalog/types.ts';
import { isProductSalable, isSalableForRequestedQty, type SalableChain } from '../inventory/index.ts';

/**
 * The stock checks of a cart line. Adding a product that is disabled, not in the cart's website or
 * not salable on the website's stock fails first (`Product that you are trying to add is not
 * available.`); then MSI's requested-qty check runs on the SKU sold, for the quantity of that SKU
 * in the whole cart, and its last error is the message (`The requested qty is not available` up
 * to 2.4.7, `Not enough items for sale` from 2.4.8: the inventory module words it).
 * @see Magento\Quote\Model\Quote::addProduct
 * @see Magento\InventorySales\Plugin\StockState\CheckQuoteItemQtyPlugin
 */
export const NOT_AVAILABLE = 'Product that you are trying to add is not available.';

export function assertAvailable(s: Services, product: Product, websiteId: number, stockId: number): void {
  if (!isAvailable(s, product, websiteId, stockId)) throw new LocalizedError(NOT_AVAILABLE);
}

function isAvailable(s: Services, product: Product, websiteId: number, stockId: number): boolean {
  if (product.status !== 1) return false;
  const websites = product.extension_attributes.website_ids;
  if (Array.isArray(websites) && websites.length > 0 && !websites.includes(websiteId)) return false;
  if (product.type_id !== 'configurable') return isProductSalable(s, product.sku, stockId);
  return childrenOf(s, product).some((c) => c.status === 1 && isProductSalable(s, c.sku, stockId));
}

/** The requested-qty chain for `qty` of `sku`; throws the chain's last error (400). */
export function assertQtySalable(
  s: Services,
  sku: string,
  stockId: number,
  qty: number,
  chain: SalableChain = 'add-to-cart',
): void {
  const message = qtyError(s, sku, stockId, qty, chain);
  if (message !== null) throw new LocalizedError(message);
}

/** The chain's last error for `qty` of `sku`, or null when salable (or not stock-managed by type). */
export function qtyError(
  s: Services,
  sku: string,
  stockId: number,
  qty: number,
  chain: SalableChain,
): string | null {
  const result = isSalableForRequestedQty(s, sku, stockId, qty, chain);
  return result.salable ? null : (result.errors.at(-1)?.message ?? null);
}
