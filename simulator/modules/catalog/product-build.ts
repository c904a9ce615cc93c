import { magentoDate } from '../../clock.ts';
import type { Services, StoreContext } from '../../context.ts';
import { buildOption, type OptionInput } from './custom-option-build.ts';
import { isProductAttribute } from './product-attributes.ts';
import { inStore, putStoreValue, targetStores } from './store-values.ts';
import type { CustomAttribute, Product, ProductExtension } from './types.ts';

/**
 * Merges a save request into the stored product: the fields sent replace the stored ones, custom
 * attributes merge by code (codes that are no product attribute are dropped, as Magento does), options
 * and links replace the lists when sent. Store- and website-scoped
 * values of an update under a store view go to that view (see store-values.ts), not to the record.
 * A new product gets Magento's defaults: attribute set 4, enabled, visible in catalog and search,
 * `simple`, tax class `tax/classes/default_product_tax_class`, a `url_key` made from the name.
 * @see Magento\Catalog\Model\ProductRepository::initializeProductData
 */
export type ProductInput = Record<string, unknown> & { sku: string };

const SCALARS = ['name', 'attribute_set_id', 'price', 'status', 'visibility', 'type_id', 'weight'] as const;

export function newProduct(s: Services, sku: string, websiteIds: number[]): Product {
  const now = magentoDate(s.clock.now());
  return {
    id: s.store.nextId('products'),
    sku,
    attribute_set_id: 4,
    status: 1,
    visibility: 4,
    type_id: 'simple',
    created_at: now,
    updated_at: now,
    extension_attributes: { website_ids: websiteIds },
    product_links: [],
    options: [],
    media_gallery_entries: [],
    tier_prices: [],
    custom_attributes: [
      { attribute_code: 'options_container', value: 'container2' },
      { attribute_code: 'required_options', value: '0' },
      { attribute_code: 'has_options', value: '0' },
      { attribute_code: 'tax_class_id', value: s.config.get('tax/classes/default_product_tax_class') ?? '2' },
    ],
  };
}

/** Applies `input` to `base` (a new or stored record); scoped values are written as a side effect. */
export function mergeProduct(
  s: Services,
  base: Product,
  input: ProductInput,
  scope: StoreContext,
  isNew: boolean,
) {
  const p: Product = { ...base, updated_at: magentoDate(s.clock.now()) };
  const scoped = (code: string, value: unknown): boolean => {
    const stores = isNew ? [] : targetStores(s, code, scope);
    for (const storeId of stores) {
      if (valueIn(inStore(s, base, storeId), code) !== value) putStoreValue(s, base.id, storeId, code, value);
    }
    return stores.length > 0;
  };
  for (const field of SCALARS) {
    const value = input[field];
    if (value !== undefined && value !== null && !scoped(field, value)) Object.assign(p, { [field]: value });
  }
  const custom = ((input['custom_attributes'] as CustomAttribute[] | undefined) ?? []).filter((a) =>
    isProductAttribute(s, a.attribute_code),
  );
  p.custom_attributes = mergeCustom(
    p.custom_attributes,
    custom.filter((a) => !scoped(a.attribute_code, norm(a.value))),
  );
  if (isNew && !p.custom_attributes.some((a) => a.attribute_code === 'url_key') && p.name) {
    p.custom_attributes = [...p.custom_attributes, { attribute_code: 'url_key', value: urlKey(p.name) }];
  }
  for (const list of ['product_links', 'media_gallery_entries', 'tier_prices'] as const) {
    if (Array.isArray(input[list])) p[list] = input[list] as unknown[];
  }
  if (Array.isArray(input['options'])) {
    p.options = (input['options'] as OptionInput[]).map((o) => buildOption(s, o, p.sku, base.options));
  }
  p.extension_attributes = mergeExtension(p.extension_attributes, input['extension_attributes']);
  return withOptionFlags(p);
}

function mergeExtension(prev: ProductExtension, raw: unknown): ProductExtension {
  const ext = (raw ?? {}) as Record<string, unknown>;
  const next: ProductExtension = { ...prev };
  if (Array.isArray(ext['website_ids'])) next.website_ids = (ext['website_ids'] as unknown[]).map(Number);
  if (Array.isArray(ext['category_links'])) {
    next.category_links = (ext['category_links'] as Array<Record<string, unknown>>).map((l) => ({
      position: Number(l['position'] ?? 0),
      category_id: String(l['category_id']),
    }));
  }
  return next;
}

function mergeCustom(prev: CustomAttribute[], input: CustomAttribute[]): CustomAttribute[] {
  const out = [...prev];
  for (const a of input) {
    const value = norm(a.value);
    const i = out.findIndex((x) => x.attribute_code === a.attribute_code);
    if (i === -1) out.push({ attribute_code: a.attribute_code, value });
    else out[i] = { attribute_code: a.attribute_code, value };
  }
  return out;
}

/** `has_options` / `required_options` follow the custom options (and are set on configurables). */
export function withOptionFlags(p: Product): Product {
  const configurable = p.type_id === 'configurable';
  const has = configurable || p.options.length > 0;
  const required = configurable || p.options.some((o) => o.is_require);
  return {
    ...p,
    custom_attributes: mergeCustom(p.custom_attributes, [
      { attribute_code: 'required_options', value: required ? '1' : '0' },
      { attribute_code: 'has_options', value: has ? '1' : '0' },
    ]),
  };
}

/** EAV values come back as strings. */
const norm = (v: unknown): unknown =>
  typeof v === 'number' || typeof v === 'boolean' ? String(Number(v)) : v;

function valueIn(p: Product, code: string): unknown {
  if ((SCALARS as readonly string[]).includes(code)) return (p as unknown as Record<string, unknown>)[code];
  return p.custom_attributes.find((a) => a.attribute_code === code)?.value;
}

/** @see Magento\Framework\Filter\TranslitUrl */
export function urlKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
