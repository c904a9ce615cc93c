import type { Services } from '../../../context.ts';
import { TAX_CLASSES, TAX_RATES, type TaxClassRecord, type TaxRateRecord } from './types.ts';

/**
 * What a fresh Magento install has for tax: the classes "Taxable Goods" (2, PRODUCT) and "Retail
 * Customer" (3, CUSTOMER), and two rates, `US-CA-*-Rate 1` 8.25 % and `US-NY-*-Rate 1` 8.375 %,
 * but **no tax rule**, so a fresh install charges no tax until a merchant adds one.
 * @see Magento\Tax\Setup\Patch\Data\AddTaxAttributeAndTaxClasses
 */
export function seedTaxDefaults(s: Services): void {
  const classes: TaxClassRecord[] = [
    { class_id: 2, class_name: 'Taxable Goods', class_type: 'PRODUCT' },
    { class_id: 3, class_name: 'Retail Customer', class_type: 'CUSTOMER' },
  ];
  for (const c of classes) s.store.put(TAX_CLASSES, String(c.class_id), c);
  s.store.setSequence(TAX_CLASSES, 3);
  const rates: TaxRateRecord[] = [
    { id: 1, code: 'US-CA-*-Rate 1', tax_country_id: 'US', tax_region_id: 12, tax_postcode: '*', rate: 8.25 },
    {
      id: 2,
      code: 'US-NY-*-Rate 1',
      tax_country_id: 'US',
      tax_region_id: 43,
      tax_postcode: '*',
      rate: 8.375,
    },
  ];
  for (const r of rates) s.store.put(TAX_RATES, String(r.id), { ...r, titles: [] });
  s.store.setSequence(TAX_RATES, 2);
}
