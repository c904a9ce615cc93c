import type { Scenario } from '../../../contracts/scenario.ts';
import type { Services } from '../../context.ts';
import { createStoreGroup, createStoreView, createWebsite } from './store-writes.ts';
import { storeViewByCode, websiteByCode } from './stores.ts';
import type { StoreGroup, StoreView, Website } from './types.ts';

/**
 * Seeds a scenario's websites, store groups and store views. Codes that already exist (the fresh
 * install's `base`, `main_website_store`, `default`) are renamed in place rather than duplicated, so a
 * scenario can describe the default website too. Run it before the catalog and customer scenarios.
 */
export function applyStoreScenario(s: Services, sc: Scenario): void {
  for (const w of sc.websites) {
    const website = upsertWebsite(s, w.code, w.name);
    for (const g of w.groups) {
      const group = upsertGroup(s, website, g.code, g.name, g.root_category_id);
      for (const v of g.stores) upsertView(s, group, v.code, v.name, v.is_active);
    }
  }
}

function upsertWebsite(s: Services, code: string, name: string): Website {
  const found = websiteByCode(s, code);
  if (!found) return createWebsite(s, { code, name });
  const renamed = { ...found, name };
  s.store.put('websites', String(found.id), renamed);
  return renamed;
}

function upsertGroup(s: Services, website: Website, code: string, name: string, root: number): StoreGroup {
  const found = s.store.all<StoreGroup>('store_groups').find((g) => g.code === code);
  if (!found) return createStoreGroup(s, { websiteId: website.id, code, name, rootCategoryId: root });
  const renamed = { ...found, name, root_category_id: root };
  s.store.put('store_groups', String(found.id), renamed);
  return renamed;
}

function upsertView(s: Services, group: StoreGroup, code: string, name: string, active: boolean): StoreView {
  const found = storeViewByCode(s, code);
  if (!found) return createStoreView(s, { groupId: group.id, code, name, isActive: active });
  const renamed = { ...found, name, is_active: active ? 1 : 0 };
  s.store.put('stores', String(found.id), renamed);
  return renamed;
}
