import type { Services } from '../../context.ts';
import { customOptionPrice } from '../catalog/custom-options.ts';
import { getProductById } from '../catalog/product-repository.ts';
import type { Product } from '../catalog/types.ts';
import type { QuoteItem } from './types.ts';

/**
 * What a cart line is made of, read from the catalog in the cart's store view: the product added
 * (for a configurable, the parent: name and tax class) and the simple product sold (the chosen
 * child: SKU, price, stock). The unit price is the final price (special price when lower) plus the
 * custom options' prices. There is no REST way to override it (magento-rest.md §8 "Custom price").
 * @see Magento\Catalog\Model\Product\Type\Price::getFinalPrice, ::_applyOptionsPrice
 * @see Magento\ConfigurableProduct\Model\Product\Type\Configurable\Price::getFinalPrice
 */
export interface LineProduct {
  product: Product;
  /** The simple product sold (the product itself unless configurable). */
  sold: Product;
  unitPrice: number;
  taxClassId: number;
  isVirtual: boolean;
}

export function lineProduct(s: Services, item: QuoteItem, storeId: number): LineProduct {
  const product = getProductById(s, item.product_id, { storeId });
  const sold =
    item.child_product_id === undefined ? product : getProductById(s, item.child_product_id, { storeId });
  const base = finalPrice(sold);
  const unitPrice = base + customOptionPrice(product, item.custom_options, base);
  return {
    product,
    sold,
    unitPrice,
    taxClassId: taxClassOf(product),
    isVirtual: sold.type_id === 'virtual' || sold.type_id === 'downloadable',
  };
}

/** Price, or the special price when set and lower (date ranges are not simulated). */
export function finalPrice(p: Product): number {
  const price = p.price ?? 0;
  const special = attribute(p, 'special_price');
  if (special === undefined || special === null || special === '') return price;
  const value = Number(special);
  return Number.isFinite(value) && value < price ? value : price;
}

/** The product tax class (`tax_class_id`, 0 = none). */
export function taxClassOf(p: Product): number {
  return Number(attribute(p, 'tax_class_id') ?? 0) || 0;
}

function attribute(p: Product, code: string): unknown {
  return p.custom_attributes.find((a) => a.attribute_code === code)?.value;
}
