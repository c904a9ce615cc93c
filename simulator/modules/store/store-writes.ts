import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { storeViewByCode, websiteByCode, websiteById } from './stores.ts';
import type { StoreGroup, StoreView, Website } from './types.ts';

/**
 * Creating websites, store groups and store views. Magento has no REST route for these (they are
 * made in the admin or by setup patches); scenario seeding calls these functions. The first group of
 * a website becomes its default group, the first view of a group its default view, as the admin does.
 * @see Magento\Store\Model\ResourceModel\Website, Magento\Store\Model\ResourceModel\Group,
 *   Magento\Store\Model\ResourceModel\Store (`_initUniqueFields`: "... with the same code already exists.")
 */
export interface WebsiteInput {
  code: string;
  name: string;
}

export function createWebsite(s: Services, input: WebsiteInput): Website {
  checkCode(
    input.code,
    'Website code may only contain letters (a-z), numbers (0-9) or underscore (_), and the first character must be a letter.',
  );
  if (websiteByCode(s, input.code)) throw new LocalizedError('Website with the same code already exists.');
  const website: Website = {
    id: s.store.nextId('websites'),
    code: input.code,
    name: input.name,
    default_group_id: 0,
  };
  s.store.put('websites', String(website.id), website);
  return website;
}

export interface StoreGroupInput {
  websiteId: number;
  code: string;
  name: string;
  rootCategoryId?: number;
}

export function createStoreGroup(s: Services, input: StoreGroupInput): StoreGroup {
  const website = websiteById(s, input.websiteId);
  if (!website) throw NoSuchEntityError.singleField('websiteId', input.websiteId);
  if (s.store.all<StoreGroup>('store_groups').some((g) => g.code === input.code)) {
    throw new LocalizedError('Group with the same code already exists.');
  }
  const group: StoreGroup = {
    id: s.store.nextId('store_groups'),
    website_id: website.id,
    root_category_id: input.rootCategoryId ?? 2,
    default_store_id: 0,
    name: input.name,
    code: input.code,
  };
  s.store.put('store_groups', String(group.id), group);
  if (website.default_group_id === 0) {
    s.store.put<Website>('websites', String(website.id), { ...website, default_group_id: group.id });
  }
  return group;
}

export interface StoreViewInput {
  groupId: number;
  code: string;
  name: string;
  isActive?: boolean;
}

export function createStoreView(s: Services, input: StoreViewInput): StoreView {
  const group = s.store.get<StoreGroup>('store_groups', String(input.groupId));
  if (!group) throw NoSuchEntityError.singleField('groupId', input.groupId);
  checkCode(input.code, STORE_CODE_RULE);
  if (storeViewByCode(s, input.code) || input.code === 'all') {
    throw new LocalizedError('Store with the same code already exists.');
  }
  const view: StoreView = {
    id: s.store.nextId('stores'),
    code: input.code,
    name: input.name,
    website_id: group.website_id,
    store_group_id: group.id,
    is_active: input.isActive === false ? 0 : 1,
  };
  s.store.put('stores', String(view.id), view);
  if (group.default_store_id === 0) {
    s.store.put<StoreGroup>('store_groups', String(group.id), { ...group, default_store_id: view.id });
  }
  return view;
}

const STORE_CODE_RULE =
  'The store code may contain only letters (a-z), numbers (0-9) or underscore (_), and the first character must be a letter.';

/** @see Magento\Store\Model\Validation\StoreCodeValidator, Magento\Store\Model\ResourceModel\Website */
function checkCode(code: string, rule: string): void {
  if (!/^[a-z]+[a-z0-9_]*$/i.test(code)) throw new LocalizedError(rule);
}
