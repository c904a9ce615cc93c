import type { Services } from '../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { findAttribute } from './attributes.ts';
import { attributeValue, validateChildren } from './configurable-save.ts';
import { findProductById, getProductBySku, putProduct } from './product-repository.ts';
import { inStore } from './store-values.ts';
import type { Product } from './types.ts';

/**
 * A configurable's children: `GET /V1/configurable-products/:sku/children`, `POST .../child`,
 * `DELETE .../children/:childSku`, and resolving the child a cart item's `configurable_item_options`
 * choose.
 * @see Magento\ConfigurableProduct\Model\LinkManagement
 */
export function getChildren(s: Services, sku: string, storeId: number): unknown[] {
  const parent = getProductBySku(s, sku, { storeId });
  if (parent.type_id !== 'configurable') return [];
  return childrenOf(s, parent, storeId).map(presentChild);
}

export function childrenOf(s: Services, parent: Product, storeId = 0): Product[] {
  return (parent.extension_attributes.configurable_product_links ?? [])
    .map((id) => findProductById(s, id))
    .filter((p): p is Product => p !== undefined)
    .map((p) => inStore(s, p, storeId));
}

/** Children are plain product data objects: no extension attributes, options or gallery. */
function presentChild(p: Product): Record<string, unknown> {
  const { extension_attributes, options, media_gallery_entries, ...rest } = p;
  return rest;
}

export function addChild(s: Services, sku: string, childSku: string): boolean {
  const parent = getProductBySku(s, sku);
  const child = getProductBySku(s, childSku);
  const links = parent.extension_attributes.configurable_product_links ?? [];
  if (links.includes(child.id)) throw new LocalizedError('The product is already attached.');
  const options = parent.extension_attributes.configurable_product_options ?? [];
  if (options.length === 0)
    throw new LocalizedError("The parent product doesn't have configurable product options.");
  const codes = options.map((o) => attributeCodeOf(s, o.attribute_id));
  for (const code of codes) {
    if (!attributeValue(child, code)) {
      throw new LocalizedError(
        'The child product doesn\'t have the "%1" attribute value. Verify the value and try again.',
        [code],
      );
    }
  }
  validateChildren(s, codes, [...links, child.id]);
  const ext = { ...parent.extension_attributes, configurable_product_links: [...links, child.id] };
  putProduct(s, { ...parent, type_id: 'configurable', extension_attributes: ext });
  return true;
}

export function removeChild(s: Services, sku: string, childSku: string): boolean {
  const parent = getProductBySku(s, sku);
  if (parent.type_id !== 'configurable') {
    throw new InputError('The product with the "%1" SKU isn\'t a configurable product.', [sku]);
  }
  const links = parent.extension_attributes.configurable_product_links ?? [];
  const keep = links.filter((id) => findProductById(s, id)?.sku.toLowerCase() !== childSku.toLowerCase());
  if (keep.length === links.length) {
    throw new NoSuchEntityError(
      "The option that was requested doesn't exist. Verify the entity and try again.",
    );
  }
  putProduct(s, {
    ...parent,
    extension_attributes: { ...parent.extension_attributes, configurable_product_links: keep },
  });
  return true;
}

export interface ConfigurableSelection {
  /** The super attribute's id (`configurable_item_options[].option_id`). */
  option_id: string | number;
  /** The attribute option id (`value_index`). */
  option_value: string | number;
}

/**
 * The child of `parent` whose super attribute values are the ones chosen, with the store view's
 * values; undefined when a super attribute is not chosen or no child matches (the checkout then
 * answers Magento's error).
 * @see Magento\ConfigurableProduct\Model\Product\Type\Configurable::getProductByAttributes
 */
export function resolveConfigurableChild(
  s: Services,
  parent: Product,
  selections: readonly ConfigurableSelection[],
  storeId = 0,
): Product | undefined {
  const wanted: Array<[string, string]> = [];
  for (const o of parent.extension_attributes.configurable_product_options ?? []) {
    const sel = selections.find((x) => String(x.option_id) === o.attribute_id);
    if (!sel) return undefined;
    wanted.push([attributeCodeOf(s, o.attribute_id), String(sel.option_value)]);
  }
  if (wanted.length === 0) return undefined;
  return childrenOf(s, parent, storeId).find((c) =>
    wanted.every(([code, v]) => attributeValue(c, code) === v),
  );
}

function attributeCodeOf(s: Services, attributeId: string): string {
  return findAttribute(s, attributeId)?.attribute_code ?? attributeId;
}
