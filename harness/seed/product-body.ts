import type { ProductDef } from '../../contracts/scenario.ts';
import type { Namespace } from './namespace.ts';
import { sameFields } from './seed-tax.ts';

/**
 * The `POST /V1/products` body of a scenario product under a namespace, and whether a product read
 * back already holds it (so a second seeding saves nothing). Products are saved under `/rest/all`
 * (global values, magento-rest.md §2), always with `website_ids` and a URL key made from the
 * namespaced SKU: Magento refuses two products with one URL key, and two runs seed the same names.
 * @see magento-rest.md §5
 */
export interface TargetProduct {
  id: number;
  sku: string;
  name?: string;
  price?: number;
  status?: number;
  visibility?: number;
  type_id?: string;
  weight?: number;
  attribute_set_id?: number;
  custom_attributes?: Array<{ attribute_code: string; value: unknown }>;
  extension_attributes?: { website_ids?: number[] };
  options?: TargetOption[];
}

export interface TargetOption {
  option_id: number;
  title: string;
  type: string;
  is_require: boolean;
  price?: number;
  price_type?: string;
  sku?: string | null;
  values?: Array<{ title: string; price: number; price_type: string; sku?: string | null }>;
}

export interface ProductBody {
  sku: string;
  name: string;
  price: number;
  attribute_set_id: number;
  type_id: string;
  status: number;
  visibility: number;
  weight?: number;
  custom_attributes: Array<{ attribute_code: string; value: string }>;
  extension_attributes: { website_ids: number[] };
}

/** Default attribute set of products on every Magento install. */
export const DEFAULT_ATTRIBUTE_SET = 4;

export function productBody(
  def: ProductDef,
  ns: Namespace,
  taxClassId: number,
  websiteIds: number[],
  extra: Array<{ attribute_code: string; value: string }> = [],
): ProductBody {
  const custom = [
    { attribute_code: 'tax_class_id', value: String(taxClassId) },
    { attribute_code: 'url_key', value: ns.urlKey(def.sku) },
    ...(def.special_price === undefined
      ? []
      : [{ attribute_code: 'special_price', value: String(def.special_price) }]),
    ...extra,
  ];
  return {
    sku: ns.sku(def.sku),
    name: def.name,
    price: def.price,
    attribute_set_id: DEFAULT_ATTRIBUTE_SET,
    type_id: def.type_id,
    status: def.status,
    visibility: def.visibility,
    ...(def.weight === undefined || def.type_id === 'virtual' ? {} : { weight: def.weight }),
    custom_attributes: custom,
    extension_attributes: { website_ids: websiteIds },
  };
}

/** Whether `have` (as Magento answers it) already holds every value of `want`. */
export function sameProduct(have: TargetProduct, want: ProductBody): boolean {
  const { custom_attributes, extension_attributes, ...fields } = want;
  const scalars = want.type_id === 'configurable' ? { ...fields, price: undefined } : fields;
  const defined = Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined));
  if (!sameFields(have, defined)) return false;
  const sites = [...(have.extension_attributes?.website_ids ?? [])].map(Number).sort();
  if (sites.join(',') !== [...extension_attributes.website_ids].sort().join(',')) return false;
  return custom_attributes.every((a) => {
    const got = have.custom_attributes?.find((x) => x.attribute_code === a.attribute_code)?.value;
    return got !== undefined && got !== null && sameValue(got, a.value);
  });
}

/** EAV values come back as strings ("17.6000" for 17.6 on MySQL decimals). */
function sameValue(got: unknown, want: string): boolean {
  const a = String(got);
  if (a === want) return true;
  const x = Number(a);
  const y = Number(want);
  return a.trim() !== '' && want.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && x === y;
}
