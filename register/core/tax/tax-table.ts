import { z } from 'zod';

/**
 * The tax rates and rules the register reads from Magento (`GET /V1/taxRates/search`,
 * `/V1/taxRules/search`, `/V1/taxClasses/search`): the data Magento's own calculation uses. Read
 * leniently (only the fields the calculation needs) and validated once, at the edge.
 * @see magento-rest.md §14
 */
export const TaxRate = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  tax_country_id: z.string(),
  tax_region_id: z.number().int().nullish(),
  tax_postcode: z.string().nullish(),
  rate: z.coerce.number(),
  zip_is_range: z.union([z.number(), z.boolean()]).nullish(),
  zip_from: z.coerce.number().nullish(),
  zip_to: z.coerce.number().nullish(),
});
export type TaxRate = z.infer<typeof TaxRate>;

export const TaxRule = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  priority: z.number().int().default(0),
  position: z.number().int().default(0),
  customer_tax_class_ids: z.array(z.number().int()),
  product_tax_class_ids: z.array(z.number().int()),
  tax_rate_ids: z.array(z.number().int()),
  calculate_subtotal: z.boolean().nullish(),
});
export type TaxRule = z.infer<typeof TaxRule>;

export const TaxClass = z.looseObject({
  class_id: z.number().int(),
  class_name: z.string(),
  class_type: z.string(),
});
export type TaxClass = z.infer<typeof TaxClass>;

export interface TaxTable {
  rates: TaxRate[];
  rules: TaxRule[];
  classes: TaxClass[];
}

/** The address a rate is looked up for (Magento's rate request). */
export interface TaxLocation {
  country_id: string;
  region_id?: number | undefined;
  postcode?: string | undefined;
}
