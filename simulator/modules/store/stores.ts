import type { Services, StoreContext } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import type { StoreGroup, StoreView, Website } from './types.ts';

/**
 * Websites, store groups and store views, including the admin scope (id 0) that Magento's
 * config-scope based reads return.
 * @see Magento\Store\Model\Service\StoreConfigManager, Magento\Store\Model\StoreRepository
 */
export const listWebsites = (s: Services): Website[] => sortById(s.store.all<Website>('websites'));
export const listStoreGroups = (s: Services): StoreGroup[] =>
  sortById(s.store.all<StoreGroup>('store_groups'));
export const listStoreViews = (s: Services): StoreView[] => sortById(s.store.all<StoreView>('stores'));

export function storeViewByCode(s: Services, code: string): StoreView | undefined {
  return s.store.all<StoreView>('stores').find((v) => v.code === code);
}

export function storeViewById(s: Services, id: number): StoreView | undefined {
  return s.store.get<StoreView>('stores', String(id));
}

export function websiteById(s: Services, id: number): Website | undefined {
  return s.store.get<Website>('websites', String(id));
}

export function websiteByCode(s: Services, code: string): Website | undefined {
  return s.store.all<Website>('websites').find((w) => w.code === code);
}

/** The default store view: the default store of the default group of the default website. */
export function defaultStoreView(s: Services): StoreView {
  const site = listWebsites(s).find((w) => w.id !== 0);
  const group = site && s.store.get<StoreGroup>('store_groups', String(site.default_group_id));
  const view = group && storeViewById(s, group.default_store_id);
  if (!view) throw new Error('the simulator has no default store view');
  return view;
}

/** The request scope for a store view (or the admin store for `/rest/all`). */
export function scopeOf(s: Services, view: StoreView, isAll = false): StoreContext {
  const website = websiteById(s, view.website_id);
  if (!website) throw NoSuchEntityError.singleField('websiteId', view.website_id);
  return { storeId: view.id, storeCode: view.code, websiteId: website.id, websiteCode: website.code, isAll };
}

/** Adds Magento's fresh-install scopes: admin (0) and base / main_website_store / default (1). */
export function seedDefaultStores(s: Services): void {
  s.store.put<Website>('websites', '0', { id: 0, code: 'admin', name: 'Admin', default_group_id: 0 });
  s.store.put<Website>('websites', '1', { id: 1, code: 'base', name: 'Main Website', default_group_id: 1 });
  s.store.put<StoreGroup>('store_groups', '0', {
    id: 0,
    website_id: 0,
    root_category_id: 0,
    default_store_id: 0,
    name: 'Default',
    code: 'default',
  });
  s.store.put<StoreGroup>('store_groups', '1', {
    id: 1,
    website_id: 1,
    root_category_id: 2,
    default_store_id: 1,
    name: 'Main Website Store',
    code: 'main_website_store',
  });
  s.store.put<StoreView>('stores', '0', {
    id: 0,
    code: 'admin',
    name: 'Admin',
    website_id: 0,
    store_group_id: 0,
    is_active: 1,
  });
  s.store.put<StoreView>('stores', '1', {
    id: 1,
    code: 'default',
    name: 'Default Store View',
    website_id: 1,
    store_group_id: 1,
    is_active: 1,
  });
  for (const seq of ['websites', 'store_groups', 'stores']) s.store.setSequence(seq, 1);
}

function sortById<T extends { id: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id - b.id);
}
