import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { createSimulator } from '../../index.ts';
import { appendReservations, reservationMetadata } from '../../modules/inventory/sales/reservations.ts';
import { RESERVATIONS } from '../../modules/inventory/types.ts';
import { ROUTES } from '../../routes.ts';
import { MemoryStore } from '../../state/memory-store.ts';
import { putProducts, SIMPLE_PRODUCTS } from './inventory-test-kit.ts';

/** A store that notes every overwrite or delete of a reservation. */
class GuardedStore extends MemoryStore {
  readonly violations: string[] = [];
  override put<T>(collection: string, key: string, value: T): void {
    if (collection === RESERVATIONS && this.has(collection, key)) this.violations.push(`put ${key}`);
    super.put(collection, key, value);
  }
  override delete(collection: string, key: string): boolean {
    if (collection === RESERVATIONS) this.violations.push(`delete ${key}`);
    return super.delete(collection, key);
  }
}

const PARAMS: Record<string, string> = {
  sku: 'SKU-1',
  productSku: 'SKU-1',
  stockId: '1',
  requestedQty: '1',
  sourceCode: 'default',
  itemId: '10',
  type: 'website',
  code: 'base',
};
const QUERY =
  'searchCriteria=&skus[0]=SKU-1&stockId=1&skuRequests[0][sku]=SKU-1&skuRequests[0][qty]=1&scopeId=0&qty=5';
const BODY = {
  sourceItems: [{ sku: 'SKU-1', source_code: 'default', quantity: 3, status: 1 }],
  links: [{ stock_id: 1, source_code: 'default', priority: 1 }],
  source: { source_code: 'default', name: 'Default Source', postcode: '00000', country_id: 'US' },
  stock: {
    name: 'Default Stock',
    extension_attributes: { sales_channels: [{ type: 'website', code: 'base' }] },
  },
  stockItem: { qty: 1, is_in_stock: true },
};

test('no route edits or deletes a reservation (the ledger is append-only)', async () => {
  const store = new GuardedStore();
  const metadata = reservationMetadata({
    event_type: 'order_placed',
    object_type: 'order',
    object_id: '1',
    object_increment_id: '1',
  });
  const sim = await createSimulator({ store });
  try {
    sim.runtime.rebase((s) => {
      putProducts(s, SIMPLE_PRODUCTS);
      appendReservations(s, [
        { stock_id: 1, sku: 'SKU-1', quantity: -2, metadata },
        { stock_id: 1, sku: 'SKU-2', quantity: -1, metadata },
      ]);
    });
    const before = store.all(RESERVATIONS);
    const admin = new MagentoTestClient(sim.url);
    await admin.loginAdmin();
    for (const r of ROUTES) {
      const path = r.path.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? '1');
      const body = r.method === 'GET' || r.method === 'DELETE' ? undefined : BODY;
      await admin.call(r.method, `${path}?${QUERY}`, body);
    }
    assert.deepEqual(store.violations, []);
    assert.deepEqual(store.all(RESERVATIONS).slice(0, before.length), before);
  } finally {
    await sim.close();
  }
});
