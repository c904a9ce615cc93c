import type { Services, StoreContext } from '../context.ts';
import { defaultStoreView, scopeOf, storeViewByCode, storeViewById } from '../modules/store/stores.ts';

/**
 * Splits `/rest/<store_code>/V1/...` into the store scope and the service path, in one place.
 * `/rest/V1/...` runs in the default store view, `/rest/all/V1/...` in the admin store (id 0),
 * `/rest/<code>/V1/...` in that store view; an unknown code stays part of the path, so no route
 * matches it (Magento's 404). GET under `all` is refused later, after the route and ACL checks
 * (`RequestValidator::validate`), so it is not done here.
 * @see Magento\Webapi\Controller\PathProcessor::process
 */
export interface Resolved {
  scope: StoreContext;
  path: string;
}

export function resolvePrefix(s: Services, restPath: string): Resolved {
  const slash = restPath.indexOf('/', 1);
  const first = slash === -1 ? restPath.slice(1) : restPath.slice(1, slash);
  const rest = slash === -1 ? '' : restPath.slice(slash);
  if (first === 'all') {
    const admin = storeViewById(s, 0);
    if (admin) return { scope: scopeOf(s, admin, true), path: rest };
  }
  const view = first === 'V1' || first === 'V2' ? undefined : storeViewByCode(s, first);
  if (view && view.id !== 0) return { scope: scopeOf(s, view), path: rest };
  return { scope: scopeOf(s, defaultStoreView(s)), path: restPath };
}
