import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { need, PreconditionList } from './precondition.ts';

/**
 * The target's websites and store views, read through `GET /V1/store/websites|storeViews|storeGroups`,
 * and the scenario's resolved against them. No REST route creates a website or a store view
 * (magento-rest.md §13): one the scenario needs and the target lacks is a missing precondition.
 * A scenario with no `websites` section runs on the target's default website.
 */
export interface TargetWebsite {
  id: number;
  code: string;
  name: string;
  default_group_id: number;
}
export interface TargetStoreView {
  id: number;
  code: string;
  name: string;
  website_id: number;
  store_group_id: number;
  is_active: number | boolean;
}
interface TargetStoreGroup {
  id: number;
  website_id: number;
  default_store_id: number;
}

export interface TargetStores {
  websites: TargetWebsite[];
  storeViews: TargetStoreView[];
  groups: TargetStoreGroup[];
}

export interface ResolvedStores {
  /** Scenario website code → target website id, for the websites that exist. */
  websites: Map<string, number>;
  /** Scenario store view code → target store id, for the store views that exist where expected. */
  storeViews: Map<string, number>;
  /** The scenario's websites that exist, in scenario order ("every website" of a product or rule). */
  scenarioWebsiteIds: number[];
  preconditions: PreconditionList;
}

/** One read after another: the first call may fetch the admin token, and one token is enough. */
export async function readTargetStores(client: AdminClient): Promise<TargetStores> {
  const websites = await client.get<TargetWebsite[]>('/V1/store/websites');
  const storeViews = await client.get<TargetStoreView[]>('/V1/store/storeViews');
  const groups = await client.get<TargetStoreGroup[]>('/V1/store/storeGroups');
  return {
    websites: websites.filter((w) => w.id !== 0),
    storeViews: storeViews.filter((v) => v.id !== 0),
    groups: groups.filter((g) => g.id !== 0),
  };
}

/** The store view customers of a website are created in (its default group's default store view). */
export function defaultStoreOf(target: TargetStores, websiteId: number): number | undefined {
  const website = target.websites.find((w) => w.id === websiteId);
  const group = target.groups.find((g) => g.id === website?.default_group_id);
  return group?.default_store_id ?? target.storeViews.find((v) => v.website_id === websiteId)?.id;
}

/** The website of store view `default`, else the first website: where a scenario without websites runs. */
export function defaultWebsite(target: TargetStores): TargetWebsite | undefined {
  const view = target.storeViews.find((v) => v.code === 'default');
  return target.websites.find((w) => w.id === view?.website_id) ?? target.websites[0];
}

export function resolveStores(scenario: Scenario, target: TargetStores): ResolvedStores {
  const list = new PreconditionList();
  const websites = new Map<string, number>();
  const storeViews = new Map<string, number>();
  for (const site of scenario.websites) {
    const found = target.websites.find((w) => w.code === site.code);
    if (!found) {
      list.missing(
        need.website(site.code),
        `website "${site.code}" does not exist on the target and REST cannot create websites: add it in the admin (Stores > All Stores)`,
      );
      continue;
    }
    websites.set(site.code, found.id);
    list.met(need.website(site.code));
    for (const view of site.groups.flatMap((g) => g.stores)) {
      const why = storeViewProblem(target, found, view.code, view.is_active);
      if (why) list.missing(need.storeView(view.code), why);
      else {
        storeViews.set(view.code, target.storeViews.find((v) => v.code === view.code)?.id ?? 0);
        list.met(need.storeView(view.code));
      }
    }
  }
  if (scenario.websites.length === 0) {
    const fallback = defaultWebsite(target);
    if (fallback) websites.set(fallback.code, fallback.id);
  }
  return { websites, storeViews, scenarioWebsiteIds: [...websites.values()], preconditions: list };
}

function storeViewProblem(
  target: TargetStores,
  website: TargetWebsite,
  code: string,
  wantActive: boolean,
): string | undefined {
  const view = target.storeViews.find((v) => v.code === code);
  if (!view) {
    return `store view "${code}" does not exist on the target and REST cannot create store views: add it to website "${website.code}" in the admin`;
  }
  if (view.website_id !== website.id) {
    const actual = target.websites.find((w) => w.id === view.website_id)?.code ?? String(view.website_id);
    return `store view "${code}" belongs to website "${actual}" on the target, the scenario needs it in "${website.code}"`;
  }
  if (wantActive && !Number(view.is_active)) return `store view "${code}" is disabled on the target`;
  return undefined;
}
