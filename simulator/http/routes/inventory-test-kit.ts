import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import type { Services } from '../../context.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../index.ts';
import type { StoreGroup, StoreView, Website } from '../../modules/store/types.ts';

/**
 * Shared set-up of the inventory HTTP tests: a simulator with products (written straight into the
 * catalog's `products` collection) and, when asked, a second website + store view, plus an admin
 * client. Fixtures are applied with `runtime.rebase`, so `runtime.reset()` returns to them.
 */
export interface InventoryKit {
  sim: Simulator;
  admin: MagentoTestClient;
  services: Services;
  close(): Promise<void>;
  /** Back to the fixtures (state reset) with a fresh admin token. */
  reset(): Promise<void>;
}

export interface ProductFixture {
  sku: string;
  id: number;
  type_id?: string;
}

export const SIMPLE_PRODUCTS: ProductFixture[] = [
  { sku: 'SKU-1', id: 10 },
  { sku: 'SKU-2', id: 11 },
  { sku: 'SKU-3', id: 12, type_id: 'virtual' },
  { sku: 'CONF-1', id: 20, type_id: 'configurable' },
];

export async function startInventorySim(
  options: SimulatorOptions = {},
  fixtures: (s: Services) => void = (s) => putProducts(s, SIMPLE_PRODUCTS),
): Promise<InventoryKit> {
  const sim = await createSimulator(options);
  sim.runtime.rebase(fixtures);
  const admin = new MagentoTestClient(sim.url);
  await admin.loginAdmin();
  const reset = async () => {
    sim.runtime.reset();
    await admin.loginAdmin();
  };
  return { sim, admin, services: sim.runtime.services, close: () => sim.close(), reset };
}

export function putProducts(s: Services, products: ProductFixture[]): void {
  for (const p of products) {
    s.store.put('products', p.sku, { id: p.id, sku: p.sku, type_id: p.type_id ?? 'simple', status: 1 });
  }
}

/** A website `code` with one group and one store view `storeCode` (ids 2). */
export function putSecondWebsite(s: Services, code = 'second', storeCode = 'shop2'): void {
  s.store.put<Website>('websites', '2', { id: 2, code, name: 'Second', default_group_id: 2 });
  s.store.put<StoreGroup>('store_groups', '2', {
    id: 2,
    website_id: 2,
    root_category_id: 2,
    default_store_id: 2,
    name: 'Second Store',
    code: `${code}_store`,
  });
  s.store.put<StoreView>('stores', '2', {
    id: 2,
    code: storeCode,
    name: 'Shop 2',
    website_id: 2,
    store_group_id: 2,
    is_active: 1,
  });
  for (const seq of ['websites', 'store_groups', 'stores']) s.store.setSequence(seq, 2);
}

/** Runs `fn` in one state transaction, as a request handler would. */
export function inTx<R>(kit: InventoryKit, fn: (s: Services) => R): R {
  return kit.services.store.transaction(() => fn(kit.services));
}

/**
 * "a shop stock beside the Default Stock": sources `shop` and `closed` (disabled), stock 2 selling
 * to website `second` from shop, closed and default; SKU-1 has 10 at default, 4 at shop, 100 at
 * closed; SKU-2 has 50 at shop, out of stock.
 */
export async function seedShopStock(kit: InventoryKit): Promise<void> {
  await kit.admin.post('/V1/inventory/sources', {
    source: { source_code: 'shop', name: 'Shop', postcode: '1', country_id: 'US' },
  });
  await kit.admin.post('/V1/inventory/sources', {
    source: { source_code: 'closed', name: 'Closed', postcode: '1', country_id: 'US', enabled: false },
  });
  await kit.admin.post('/V1/inventory/stocks', {
    stock: {
      name: 'Shops',
      extension_attributes: { sales_channels: [{ type: 'website', code: 'second' }] },
    },
  });
  await kit.admin.post('/V1/inventory/stock-source-links', {
    links: [
      { stock_id: 2, source_code: 'shop', priority: 1 },
      { stock_id: 2, source_code: 'closed', priority: 2 },
      { stock_id: 2, source_code: 'default', priority: 3 },
    ],
  });
  await kit.admin.post('/V1/inventory/source-items', {
    sourceItems: [
      { sku: 'SKU-1', source_code: 'default', quantity: 10, status: 1 },
      { sku: 'SKU-1', source_code: 'shop', quantity: 4, status: 1 },
      { sku: 'SKU-1', source_code: 'closed', quantity: 100, status: 1 },
      { sku: 'SKU-2', source_code: 'shop', quantity: 50, status: 0 },
    ],
  });
}
