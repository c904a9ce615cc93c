import { getStoreConfigs } from '../../modules/store/store-config.ts';
import { listStoreGroups, listStoreViews, listWebsites } from '../../modules/store/stores.ts';
import { type Route, route } from '../route.ts';

/**
 * Store/etc/webapi.xml: all four reads need `Magento_Backend::store` (Magento_WebapiSecurity's
 * "Allow Anonymous Guest Access" would reopen them; not simulated). Views, groups and websites come
 * from the config scopes, so the admin scope (id 0) is listed too.
 */
const STORE = 'Magento_Backend::store';

export const storeRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/store/storeViews', resource: STORE }, (ctx) => listStoreViews(ctx)),
  route({ method: 'GET', path: '/V1/store/storeGroups', resource: STORE }, (ctx) => listStoreGroups(ctx)),
  route({ method: 'GET', path: '/V1/store/websites', resource: STORE }, (ctx) => listWebsites(ctx)),
  route({ method: 'GET', path: '/V1/store/storeConfigs', resource: STORE }, (ctx) =>
    getStoreConfigs(ctx, storeCodes(ctx.query['storeCodes'])),
  ),
];

/** `storeCodes[]=a&storeCodes[]=b` (qs gives an array, or an object for indexed keys). */
function storeCodes(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw === 'object' && raw !== null) return Object.values(raw).map(String);
  return [String(raw)];
}
