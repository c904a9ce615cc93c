import { AdjustableClock } from '../../clock.ts';
import { Config } from '../../config/config.ts';
import type { Services } from '../../context.ts';
import { DEFAULT_PROFILE, type MagentoVersion } from '../../profile.ts';
import { MemoryStore } from '../../state/memory-store.ts';
import { seedDefaultStores } from '../store/stores.ts';
import { seedInventoryDefaults } from './seed.ts';

/**
 * In-process services for the inventory unit tests: a fresh install's stores and MSI rows in a
 * memory store. `tx` runs a function in a transaction, as a request would.
 */
export function testServices(version: MagentoVersion = DEFAULT_PROFILE.version): Services {
  const store = new MemoryStore();
  const s: Services = {
    store,
    clock: new AdjustableClock(),
    config: new Config(store),
    profile: { ...DEFAULT_PROFILE, version },
  };
  store.transaction(() => {
    seedDefaultStores(s);
    seedInventoryDefaults(s);
  });
  return s;
}

export function tx<R>(s: Services, fn: () => R): R {
  return s.store.transaction(fn);
}

export function putProduct(s: Services, sku: string, id: number, typeId = 'simple'): void {
  tx(s, () => s.store.put('products', sku, { id, sku, type_id: typeId, status: 1 }));
}
