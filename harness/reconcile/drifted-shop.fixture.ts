import type { ScenarioInput } from '../../contracts/scenario.ts';
import { createSimulator, DEFAULT_ADMIN, type Simulator } from '../../simulator/index.ts';

/**
 * Test fixture "a shop and a warehouse whose counts drifted from the ERP": a scenario for the
 * simulator, the ERP file that disagrees with it on purpose, and which rows must come out flagged
 * (with velocity 0, every SKU is in the slow band: 1 unit tolerated).
 */
export const DRIFTED_SHOP: ScenarioInput = {
  name: 'a shop and a warehouse whose counts drifted',
  sources: [
    { source_code: 'shop_a', name: 'Shop A', country_id: 'US', postcode: '78701' },
    { source_code: 'warehouse', name: 'Warehouse', country_id: 'US', postcode: '78702' },
  ],
  products: [
    { sku: 'FAST-1', name: 'Fast seller', price: 5, stock: { shop_a: 50, warehouse: 200 } },
    { sku: 'SLOW-1', name: 'Slow seller', price: 500, stock: { shop_a: 12 } },
    { sku: 'NOISE-1', name: 'Off by one', price: 9, stock: { shop_a: 20 } },
    { sku: 'GONE-1', name: 'Not in the ERP', price: 9, stock: { shop_a: 4 } },
    { sku: 'ZERO-1', name: 'Assigned, empty, not in the ERP', price: 9, stock: { warehouse: 0 } },
    { sku: 'NEW-1', name: 'Received at the warehouse, never synced', price: 9, stock: { shop_a: 5 } },
    {
      sku: 'TEE',
      name: 'T-shirt',
      price: 20,
      type_id: 'configurable',
      configurable: {
        attribute_code: 'size',
        label: 'Size',
        children: [
          { sku: 'TEE-S', value: 'S', stock: { shop_a: 6 } },
          { sku: 'TEE-M', value: 'M', stock: { shop_a: 3 } },
        ],
      },
    },
  ],
};

/** The ERP's word: FAST-1 +2, SLOW-1 +10, NOISE-1 +1 (noise), TEE-M +3, NEW-1 missing at the warehouse. */
export const DRIFTED_ERP_CSV = `sku,source_code,quantity
FAST-1,shop_a,48
FAST-1,warehouse,200
SLOW-1,shop_a,2
noise-1,shop_a,19
TEE-S,shop_a,6
TEE-M,shop_a,0
NEW-1,shop_a,5
NEW-1,warehouse,7
`;

/** Flagged rows with every SKU slow, most severe first: `sku@source status`. */
export const FLAGGED_WITHOUT_VELOCITY = [
  'SLOW-1@shop_a drift', // 10 units over a 1-unit tolerance
  'NEW-1@warehouse missing in Magento', // 7
  'GONE-1@shop_a missing in ERP', // 4
  'TEE-M@shop_a drift', // 3
  'FAST-1@shop_a drift', // 2
];

/** The ERP file of a shop where every count agrees. */
export const AGREEING_ERP_CSV = `sku,source_code,quantity
FAST-1,shop_a,50
FAST-1,warehouse,200
SLOW-1,shop_a,12
NOISE-1,shop_a,20
GONE-1,shop_a,4
TEE-S,shop_a,6
TEE-M,shop_a,3
NEW-1,shop_a,5
`;

export interface DriftedShop {
  sim: Simulator;
  /** Back to a freshly seeded shop (no orders); answers a new admin token (a reset forgets tokens). */
  reseed(): Promise<string>;
}

/** A simulator to seed with DRIFTED_SHOP (call `reseed()` first). */
export async function startDriftedShop(): Promise<DriftedShop> {
  const sim = await createSimulator();
  const post = (path: string, body: unknown) =>
    fetch(`${sim.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    sim,
    reseed: async () => {
      const seeded = await post('/__sim/seed?reset=1', DRIFTED_SHOP);
      if (seeded.status !== 200) throw new Error(`seeding failed: ${seeded.status} ${await seeded.text()}`);
      const login = await post('/rest/V1/integration/admin/token', DEFAULT_ADMIN);
      if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
      return (await login.json()) as string;
    },
  };
}
