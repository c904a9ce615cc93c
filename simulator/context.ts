import type { Clock } from './clock.ts';
import type { Config } from './config/config.ts';
import type { Profile } from './profile.ts';
import type { Store } from './state/store.ts';

/** What every service needs: state, time, config and the simulated release. */
export interface Services {
  store: Store;
  clock: Clock;
  config: Config;
  profile: Profile;
}

/** The store view a request runs in, set by the URL (`/rest/<code>/V1/...`). */
export interface StoreContext {
  storeId: number;
  storeCode: string;
  websiteId: number;
  websiteCode: string;
  /** `/rest/all/V1/...`: the admin store (id 0). */
  isAll: boolean;
}

export type UserType = 'guest' | 'admin' | 'integration' | 'customer';

/** Who is calling, as Magento's UserContext resolves it from the Authorization header. */
export interface UserContext {
  type: UserType;
  /** Admin user id, integration id or customer id; null for guests. */
  id: number | null;
  /** ACL resources granted (admin: all; integration: its resources; others: none). */
  resources: readonly string[] | 'all';
}

/** Everything a route handler receives. Modules see plain data, never express objects. */
export interface RequestContext extends Services {
  method: string;
  /** The path after the store prefix, e.g. `/V1/products/ABC`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  scope: StoreContext;
  user: UserContext;
  remoteIp: string;
}
