import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { buildOption, type OptionInput, SELECT_TYPES } from './custom-option-build.ts';
import { withOptionFlags } from './product-build.ts';
import { getProductBySku, putProduct } from './product-repository.ts';
import type { CustomOption, Product } from './types.ts';

/**
 * Custom options of a product: `GET /V1/products/:sku/options[/:optionId]`, `POST /V1/products/options`,
 * `PUT /V1/products/options/:optionId`, `DELETE /V1/products/:sku/options/:optionId`, and the price
 * and required-option helpers the checkout uses.
 * @see Magento\Catalog\Model\Product\Option\Repository
 */
export function listOptions(s: Services, sku: string): CustomOption[] {
  return getProductBySku(s, sku).options;
}

export function getOption(s: Services, sku: string, optionId: number): CustomOption {
  const found = getProductBySku(s, sku).options.find((o) => o.option_id === optionId);
  if (!found) throw NoSuchEntityError.singleField('optionId', optionId);
  return found;
}

/** Adds (no `option_id`) or replaces (an `option_id` of the product) one option. */
export function saveOption(s: Services, input: OptionInput): CustomOption {
  const sku = input['product_sku'];
  if (sku === undefined || sku === null || sku === '') {
    throw new LocalizedError('The ProductSku is empty. Set the ProductSku and try again.');
  }
  const product = getProductBySku(s, String(sku));
  const id = input['option_id'];
  const known = id !== undefined && id !== null && product.options.some((o) => o.option_id === Number(id));
  if (id !== undefined && id !== null && !known) throw new NoSuchEntityError('No such entity.');
  const option = buildOption(s, input, product.sku, product.options);
  const options = known
    ? product.options.map((o) => (o.option_id === option.option_id ? option : o))
    : [...product.options, option];
  putProduct(s, withOptionFlags({ ...product, options }));
  return option;
}

export function deleteOption(s: Services, sku: string, optionId: number): boolean {
  const product = getProductBySku(s, sku);
  if (!product.options.some((o) => o.option_id === optionId))
    throw NoSuchEntityError.singleField('optionId', optionId);
  putProduct(
    s,
    withOptionFlags({ ...product, options: product.options.filter((o) => o.option_id !== optionId) }),
  );
  return true;
}

export interface OptionSelection {
  option_id: string | number;
  option_value: string | number;
}

/**
 * What the selected custom options add to one unit's price: a fixed amount, or a percentage of the
 * product's base price; select types price each chosen value (`option_value` = comma-separated
 * `option_type_id`s for checkbox and multiple select).
 * @see Magento\Catalog\Model\Product\Type\Price::_applyOptionsPrice
 */
export function customOptionPrice(
  product: Product,
  selections: readonly OptionSelection[],
  basePrice?: number,
): number {
  const base = basePrice ?? product.price ?? 0;
  const priced = (price: number, type: string | undefined) =>
    type === 'percent' ? (base * price) / 100 : price;
  let total = 0;
  for (const sel of selections) {
    const option = product.options.find((o) => o.option_id === Number(sel.option_id));
    if (!option || String(sel.option_value) === '') continue;
    if (!SELECT_TYPES.includes(option.type)) {
      total += priced(option.price ?? 0, option.price_type);
      continue;
    }
    for (const id of String(sel.option_value).split(',')) {
      const value = option.values?.find((v) => v.option_type_id === Number(id));
      if (value) total += priced(value.price, value.price_type);
    }
  }
  return total;
}

/** Required options left without a value (Magento refuses such a cart item). */
export function missingRequiredOptions(
  product: Product,
  selections: readonly OptionSelection[],
): CustomOption[] {
  const given = new Set(
    selections.filter((x) => String(x.option_value) !== '').map((x) => Number(x.option_id)),
  );
  return product.options.filter((o) => o.is_require && !given.has(o.option_id));
}
