import type { Services } from '../../context.ts';
import { InputError } from '../../errors.ts';
import { getAttribute } from './attributes.ts';
import { findProductById } from './product-repository.ts';
import type { ConfigurableOption, Product } from './types.ts';

/**
 * The configurable part of a product save: the children sent in `configurable_product_links` must
 * each carry a value for every super attribute and no two may share the same values; options keep
 * their ids across saves (matched by attribute).
 * @see Magento\ConfigurableProduct\Model\Plugin\ProductRepositorySave::beforeSave
 * @see Magento\ConfigurableProduct\Model\Product\SaveHandler
 */
type Raw = Record<string, unknown>;

export function validateConfigurableInput(s: Services, input: Raw): void {
  if (input['type_id'] !== 'configurable') return;
  const ext = (input['extension_attributes'] ?? {}) as Raw;
  const links = (ext['configurable_product_links'] as unknown[] | undefined) ?? [];
  const options = (ext['configurable_product_options'] as Raw[] | undefined) ?? [];
  if (links.length === 0 && options.length === 0) return;
  const codes = options.map((o) => getAttribute(s, String(o['attribute_id'])).attribute_code);
  validateChildren(s, codes, links.map(Number));
}

/** No child may lack a super attribute value; no two may have the same combination. */
export function validateChildren(s: Services, codes: string[], childIds: number[]): void {
  const seen = new Map<string, number>();
  for (const id of childIds) {
    const child = findProductById(s, id);
    let key = '';
    for (const code of codes) {
      const value = child && attributeValue(child, code);
      if (!value) {
        throw new InputError('Product with id "%1" does not contain required attribute "%2".', [id, code]);
      }
      key += `${code}:${value};`;
    }
    const other = seen.get(key);
    if (other !== undefined) {
      throw new InputError('Products "%1" and "%2" have the same set of attribute values.', [id, other]);
    }
    seen.set(key, id);
  }
}

/** Sets the configurable extension attributes of a saved configurable (empty lists by default). */
export function applyConfigurable(s: Services, p: Product, input: Raw): Product {
  if (p.type_id !== 'configurable') return p;
  const ext = (input['extension_attributes'] ?? {}) as Raw;
  const prior = p.extension_attributes.configurable_product_options ?? [];
  const rawOptions = ext['configurable_product_options'] as Raw[] | undefined;
  const rawLinks = ext['configurable_product_links'] as unknown[] | undefined;
  return {
    ...p,
    extension_attributes: {
      ...p.extension_attributes,
      configurable_product_options: rawOptions
        ? rawOptions.map((o) => buildOption(s, o, p.id, prior))
        : prior,
      configurable_product_links: rawLinks
        ? rawLinks.map(Number)
        : (p.extension_attributes.configurable_product_links ?? []),
    },
  };
}

export function buildOption(
  s: Services,
  o: Raw,
  productId: number,
  prior: readonly ConfigurableOption[],
): ConfigurableOption {
  const attr = getAttribute(s, String(o['attribute_id']));
  const same = prior.find((x) => x.attribute_id === String(attr.attribute_id));
  const option: ConfigurableOption = {
    id: same?.id ?? s.store.nextId('configurable_options'),
    attribute_id: String(attr.attribute_id),
    label: String(o['label'] ?? same?.label ?? attr.default_frontend_label),
    position: Number(o['position'] ?? same?.position ?? 0),
    values: Array.isArray(o['values'])
      ? (o['values'] as Raw[]).map((v) => ({ value_index: Number(v['value_index']) }))
      : (same?.values ?? []),
    product_id: productId,
  };
  if (o['is_use_default'] !== undefined) option.is_use_default = Boolean(o['is_use_default']);
  return option;
}

/** A product's value for an attribute: a top-level field or its custom attribute. */
export function attributeValue(p: Product, code: string): string | undefined {
  const v = p.custom_attributes.find((a) => a.attribute_code === code)?.value;
  return v === undefined || v === null || v === '' ? undefined : String(v);
}
