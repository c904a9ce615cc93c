import type { Services } from '../../context.ts';
import { listStoreViews, websiteById } from './stores.ts';
import type { StoreConfig, StoreView } from './types.ts';

/**
 * `GET /V1/store/storeConfigs[?storeCodes[]=...]`: locale, currencies, timezone, weight unit and base
 * URLs of each store view, read from config at the store's scope. The store collection behind it
 * leaves out the admin store (id 0); unknown codes are simply not returned.
 * @see Magento\Store\Model\Service\StoreConfigManager::getStoreConfigs
 */
export function getStoreConfigs(s: Services, storeCodes?: readonly string[]): StoreConfig[] {
  const wanted = storeCodes && storeCodes.length > 0 ? new Set(storeCodes) : null;
  return listStoreViews(s)
    .filter((v) => v.id !== 0 && (!wanted || wanted.has(v.code)))
    .map((v) => storeConfigOf(s, v));
}

function storeConfigOf(s: Services, view: StoreView): StoreConfig {
  const scope = { store: view.code, website: websiteById(s, view.website_id)?.code ?? '' };
  const get = (path: string) => s.config.get(path, scope) ?? null;
  const url = (secure: boolean, kind: 'link' | 'static' | 'media') => baseUrl(s, scope, secure, kind);
  return {
    id: view.id,
    code: view.code,
    website_id: view.website_id,
    locale: get('general/locale/code'),
    base_currency_code: get('currency/options/base'),
    default_display_currency_code: get('currency/options/default'),
    timezone: get('general/locale/timezone'),
    weight_unit: get('general/locale/weight_unit'),
    base_url: webUrl(s, scope, false),
    base_link_url: url(false, 'link'),
    base_static_url: url(false, 'static'),
    base_media_url: url(false, 'media'),
    secure_base_url: webUrl(s, scope, true),
    secure_base_link_url: url(true, 'link'),
    secure_base_static_url: url(true, 'static'),
    secure_base_media_url: url(true, 'media'),
  };
}

type Scope = { store: string; website: string };

function webUrl(s: Services, scope: Scope, secure: boolean): string {
  return s.config.get(`web/${secure ? 'secure' : 'unsecure'}/base_url`, scope) ?? '';
}

/**
 * `base_link_url` defaults to `{{unsecure_base_url}}`; empty static and media URLs fall back to the
 * web URL plus `static/` and `media/`, as Magento\Store\Model\Store::getBaseUrl does.
 */
function baseUrl(s: Services, scope: Scope, secure: boolean, kind: 'link' | 'static' | 'media'): string {
  const raw = s.config.get(`web/${secure ? 'secure' : 'unsecure'}/base_${kind}_url`, scope) ?? '';
  const web = webUrl(s, scope, secure);
  if (raw === '') return kind === 'link' ? web : `${web}${kind}/`;
  return raw
    .replace('{{unsecure_base_url}}', webUrl(s, scope, false))
    .replace('{{secure_base_url}}', webUrl(s, scope, true));
}
