import { faker } from '@faker-js/faker/locale/en';
import type { ProductDef, Scenario } from '../../../contracts/scenario.ts';
import type { Services, StoreContext } from '../../context.ts';
import { scopeOf, storeViewById, websiteByCode } from '../store/stores.ts';
import { ensureAttributeOption, ensureSelectAttribute } from './attributes.ts';
import { storeProduct } from './product-save.ts';

/**
 * Seeds a scenario's products: simple and virtual products with their tax class (by name through
 * `tax_classes`, "Taxable Goods" = 2 without it), websites (codes; every website by default), special
 * price and custom options, and configurables with their children (simple, not visible individually,
 * each with its super attribute value, created as attribute options when missing). Stock is not set
 * here: the inventory module applies `products[].stock`. Then `bulk.products` products `BULK-000001`...
 * Run after the store scenario.
 */
export function applyCatalogScenario(s: Services, sc: Scenario): void {
  const admin = adminScope(s);
  for (const def of sc.products) {
    const taxId = taxClassId(s, def.tax_class, sc.tax.classes);
    if (def.configurable) seedConfigurable(s, def, taxId, admin);
    else storeProduct(s, productInput(s, def, taxId), admin);
  }
  if (sc.bulk && sc.bulk.products > 0) seedBulkProducts(s, sc.bulk.seed, sc.bulk.products, admin);
}

function adminScope(s: Services): StoreContext {
  const admin = storeViewById(s, 0);
  if (!admin) throw new Error('scenario: the admin store is missing');
  return scopeOf(s, admin, true);
}

function productInput(
  s: Services,
  def: ProductDef,
  taxId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const custom = [{ attribute_code: 'tax_class_id', value: taxId }];
  if (def.special_price !== undefined)
    custom.push({ attribute_code: 'special_price', value: String(def.special_price) });
  return {
    sku: def.sku,
    name: def.name,
    price: def.price,
    type_id: def.type_id,
    status: def.status,
    visibility: def.visibility,
    ...(def.weight === undefined ? {} : { weight: def.weight }),
    custom_attributes: custom,
    ...(def.websites
      ? { extension_attributes: { website_ids: def.websites.map((c) => websiteId(s, c)) } }
      : {}),
    options: (def.custom_options ?? []).map((o, i) => ({
      ...o,
      sort_order: i + 1,
      ...(o.values
        ? { values: o.values.map((v, j) => ({ ...v, sort_order: j + 1 })) }
        : { price: o.price ?? 0, price_type: o.price_type ?? 'fixed' }),
    })),
    ...overrides,
  };
}

function seedConfigurable(s: Services, def: ProductDef, taxId: string, admin: StoreContext): void {
  const conf = def.configurable!;
  const attr = ensureSelectAttribute(s, conf.attribute_code, conf.label);
  const childIds: number[] = [];
  const valueIds: number[] = [];
  for (const child of conf.children) {
    const valueId = ensureAttributeOption(s, attr, child.value);
    const input = productInput(s, def, taxId, {
      sku: child.sku,
      name: child.name ?? `${def.name}-${child.value}`,
      price: child.price ?? def.price,
      type_id: 'simple',
      visibility: 1,
      options: [],
      custom_attributes: [
        { attribute_code: 'tax_class_id', value: taxId },
        { attribute_code: attr.attribute_code, value: String(valueId) },
      ],
    });
    childIds.push(storeProduct(s, input, admin).id);
    if (!valueIds.includes(valueId)) valueIds.push(valueId);
  }
  const parent = productInput(s, def, taxId, { type_id: 'configurable' });
  const ext = (parent['extension_attributes'] as Record<string, unknown> | undefined) ?? {};
  parent['extension_attributes'] = {
    ...ext,
    configurable_product_options: [
      {
        attribute_id: attr.attribute_id,
        label: conf.label,
        position: 0,
        values: valueIds.map((v) => ({ value_index: v })),
      },
    ],
    configurable_product_links: childIds,
  };
  storeProduct(s, parent, admin);
}

function seedBulkProducts(s: Services, seed: number, count: number, admin: StoreContext): void {
  faker.seed(seed);
  for (let i = 1; i <= count; i++) {
    const input = {
      sku: `BULK-${String(i).padStart(6, '0')}`,
      name: faker.commerce.productName(),
      price: Number(faker.commerce.price({ min: 1, max: 500 })),
      weight: faker.number.int({ min: 1, max: 20 }),
    };
    storeProduct(s, input, admin, true);
  }
}

interface TaxClass {
  class_id: number;
  class_name: string;
  class_type: string;
}

/** A product tax class by id or name; without a `tax_classes` collection only Magento's defaults. */
export function taxClassId(
  s: Services,
  taxClass: string | number,
  pending?: ReadonlyArray<{ class_name: string }>,
): string {
  if (typeof taxClass === 'number') return String(taxClass);
  const classes = s.store.all<TaxClass>('tax_classes');
  const found = classes.find((c) => c.class_name === taxClass && c.class_type === 'PRODUCT');
  if (found) return String(found.class_id);
  if (taxClass === 'Taxable Goods') return '2';
  if (taxClass === 'None') return '0';
  if (pending?.some((c) => c.class_name === taxClass)) {
    throw new Error(
      `scenario: product tax class "${taxClass}" is in "tax.classes" but not created yet: apply the tax section before the catalog`,
    );
  }
  throw new Error(`scenario: unknown product tax class "${taxClass}"`);
}

function websiteId(s: Services, code: string): number {
  const w = websiteByCode(s, code);
  if (!w) throw new Error(`scenario: unknown website "${code}"`);
  return w.id;
}
