import { z } from 'zod';

/**
 * A catalog product as the register keeps it: the fields of Magento's product DTO a sale needs
 * (price, special price, tax class, configurable options and links, custom options), read
 * leniently from `GET /V1/products` and validated once at the edge.
 * @see magento-rest.md §5
 */
const CustomAttribute = z.looseObject({ attribute_code: z.string(), value: z.unknown() });

const OptionValue = z.looseObject({
  option_type_id: z.coerce.number().int(),
  title: z.string(),
  price: z.coerce.number().default(0),
  price_type: z.string().default('fixed'),
});

export const CustomOption = z.looseObject({
  option_id: z.coerce.number().int(),
  title: z.string(),
  type: z.string(),
  is_require: z.boolean().default(false),
  price: z.coerce.number().nullish(),
  price_type: z.string().nullish(),
  values: z.array(OptionValue).nullish(),
});
export type CustomOption = z.infer<typeof CustomOption>;

const ConfigurableOption = z.looseObject({
  attribute_id: z.coerce.number().int(),
  label: z.string().nullish(),
  values: z.array(z.looseObject({ value_index: z.coerce.number().int() })).default([]),
});

export const Product = z.looseObject({
  id: z.number().int(),
  sku: z.string(),
  name: z.string().nullish(),
  price: z.coerce.number().default(0),
  status: z.coerce.number().int().default(1),
  type_id: z.string().default('simple'),
  custom_attributes: z.array(CustomAttribute).default([]),
  options: z.array(CustomOption).nullish(),
  extension_attributes: z
    .looseObject({
      website_ids: z.array(z.number().int()).nullish(),
      configurable_product_options: z.array(ConfigurableOption).nullish(),
      configurable_product_links: z.array(z.coerce.number().int()).nullish(),
    })
    .nullish(),
});
export type Product = z.infer<typeof Product>;

/** A configurable attribute's code and its option labels (`GET /V1/products/attributes/:code`). */
export const ProductAttribute = z.looseObject({
  attribute_id: z.coerce.number().int(),
  attribute_code: z.string(),
  options: z.array(z.looseObject({ label: z.string(), value: z.coerce.string() })).default([]),
});
export type ProductAttribute = z.infer<typeof ProductAttribute>;

export function attributeOf(p: Product, code: string): unknown {
  return p.custom_attributes.find((a) => a.attribute_code === code)?.value;
}

/** The product's tax class (`tax_class_id`, 0 = none); Magento's default is 2 (Taxable Goods). */
export function taxClassOf(p: Product): number {
  const v = attributeOf(p, 'tax_class_id');
  return v === undefined || v === null || v === '' ? 2 : Number(v);
}

/**
 * The final price of one unit on `today` (YYYY-MM-DD): the lower of price and a special price in
 * its dates. Tier prices and catalog price rules are not evaluated (docs/register.md).
 */
export function finalPrice(p: Product, today: string): number {
  const special = attributeOf(p, 'special_price');
  if (special === undefined || special === null || special === '') return p.price;
  const from = String(attributeOf(p, 'special_from_date') ?? '').slice(0, 10);
  const to = String(attributeOf(p, 'special_to_date') ?? '').slice(0, 10);
  if ((from && from > today) || (to && to < today)) return p.price;
  return Math.min(p.price, Number(special));
}
