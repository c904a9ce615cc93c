import { faker } from '@faker-js/faker/locale/en';
import type { CustomerDef, ProductDef, Scenario } from '../../contracts/scenario.ts';

/**
 * The scenario's `bulk` section expanded into plain products (with their stock) and customers, so
 * the REST seeder seeds them like any other. The data must be what the embedded simulator generates
 * for the same seed (the same scenario means the same catalogue on both targets); the simulator's
 * generator is internal to it, so this is a copy of its rules, and bulk.test.ts compares the two.
 * - products `BULK-000001`...: Faker (en) seeded with `bulk.seed`: name, price 1 to 500, weight 1
 *   to 20; every website; quantity at `bulk.source_code` from a linear congruential sequence over
 *   the same seed (status in stock when above 0);
 * - customers: Faker seeded again with `bulk.seed`: name, one default US address (region 12),
 *   `first.last.N@example.com`, group General, the first website, no password.
 * @see simulator/modules/catalog/scenario.ts, .../inventory/scenario.ts, .../customer/scenario.ts
 */
export function expandBulk(sc: Scenario): Scenario {
  const bulk = sc.bulk;
  if (!bulk || (bulk.products === 0 && bulk.customers === 0)) return sc;
  return {
    ...sc,
    bulk: undefined,
    products: [...sc.products, ...bulkProducts(sc, bulk.seed, bulk.products, bulk.source_code)],
    customers: [...sc.customers, ...bulkCustomers(bulk.seed, bulk.customers)],
  };
}

export function bulkProducts(sc: Scenario, seed: number, count: number, sourceCode: string): ProductDef[] {
  faker.seed(seed);
  const listed = new Set(sc.products.map((p) => p.sku));
  const products: ProductDef[] = [];
  for (let i = 1; i <= count; i++) {
    products.push({
      sku: `BULK-${String(i).padStart(6, '0')}`,
      name: faker.commerce.productName(),
      price: Number(faker.commerce.price({ min: 1, max: 500 })),
      weight: faker.number.int({ min: 1, max: 20 }),
      type_id: 'simple',
      tax_class: 'Taxable Goods',
      status: 1,
      visibility: 4,
    });
  }
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state % 101;
  };
  const stocked = products.filter((p) => !listed.has(p.sku)).sort((a, b) => a.sku.localeCompare(b.sku));
  for (const p of stocked) p.stock = { [sourceCode]: next() };
  return stocked;
}

export function bulkCustomers(seed: number, count: number): CustomerDef[] {
  if (count === 0) return [];
  faker.seed(seed);
  const out: CustomerDef[] = [];
  for (let i = 1; i <= count; i++) {
    const firstname = faker.person.firstName();
    const lastname = faker.person.lastName();
    const address = {
      firstname,
      lastname,
      street: [faker.location.streetAddress()],
      city: faker.location.city(),
      postcode: faker.location.zipCode('#####'),
      country_id: 'US',
      region_id: 12,
      telephone: faker.string.numeric(10),
      default_billing: true,
      default_shipping: true,
    };
    out.push({
      email: `${ascii(firstname)}.${ascii(lastname)}.${i}@example.com`,
      firstname,
      lastname,
      group: 'General',
      addresses: [address],
    });
  }
  return out;
}

const ascii = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '');
