import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { need, type PreconditionList } from './precondition.ts';
import { messageOf } from './rest-errors.ts';

/**
 * The scenario's `config` on a Magento whose config REST can neither set nor, mostly, read.
 *
 * A handful of values are readable per store view through `GET /V1/store/storeConfigs` (locale,
 * timezone, currencies, weight unit): those are compared. Every other path (the tax algorithm and
 * its `based_on`, prices including tax, in-store pickup, account sharing, ...) is a declared
 * assumption: met only when the user confirms it (`assumeConfig`: true for all, or the paths).
 *
 * Why not probe tax settings by computing a known cart's tax instead: a cart's tax depends on
 * several settings at once (algorithm, based_on, origin, price includes tax, rates, the address,
 * the shipping method), so a wrong total cannot say which one is off; it covers tax only (not
 * account sharing or pickup); and it writes quotes into a live store. An explicit confirmation is
 * honest about what was checked, and the tax scenarios themselves then test the totals.
 * @see magento-rest.md §13 (storeConfigs), §14 (tax config paths)
 */
const READABLE: Record<string, string> = {
  'general/locale/code': 'locale',
  'general/locale/timezone': 'timezone',
  'general/locale/weight_unit': 'weight_unit',
  'currency/options/base': 'base_currency_code',
  'currency/options/default': 'default_display_currency_code',
};

export type AssumeConfig = boolean | readonly string[];

interface StoreConfig {
  code: string;
  website_id: number;
  [field: string]: unknown;
}

export async function probeConfig(
  client: AdminClient,
  sc: Scenario,
  storeCode: string,
  assume: AssumeConfig,
  list: PreconditionList,
): Promise<void> {
  const entries = Object.entries(sc.config);
  if (entries.length === 0) return;
  let configs: StoreConfig[] | undefined;
  let websites: Array<{ id: number; code: string }> = [];
  for (const [key, raw] of entries) {
    const value = typeof raw === 'boolean' ? (raw ? '1' : '0') : String(raw);
    const { scope, code, path } = parseKey(key);
    const field = READABLE[path];
    if (!field) {
      assumed(key, value, assume, list);
      continue;
    }
    try {
      configs ??= await client.get<StoreConfig[]>('/V1/store/storeConfigs');
      if (scope === 'websites' && websites.length === 0) websites = await client.get('/V1/store/websites');
    } catch (err) {
      list.missing(need.config(key), `cannot read config ${key}: ${messageOf(err)}`);
      continue;
    }
    const websiteId = websites.find((w) => w.code === code)?.id;
    const views =
      scope === 'stores'
        ? configs.filter((c) => c.code === code)
        : scope === 'websites'
          ? configs.filter((c) => c.website_id === websiteId)
          : configs.filter((c) => c.code === storeCode);
    const wrong = views.filter((v) => String(v[field]) !== value);
    if (views.length === 0) {
      const where =
        scope === 'websites' ? `website "${code}"` : `store view "${scope === 'stores' ? code : storeCode}"`;
      list.missing(need.config(key), `config ${key}: ${where} does not exist on the target`);
    } else if (wrong.length > 0) {
      const got = wrong.map((v) => `${v.code}: ${String(v[field])}`).join(', ');
      list.missing(need.config(key), `config ${key} is not ${value} on the target (${got})`);
    } else list.met(need.config(key));
  }
}

function assumed(key: string, value: string, assume: AssumeConfig, list: PreconditionList): void {
  if (assume === true || (Array.isArray(assume) && assume.includes(key))) {
    list.met(need.config(key));
    return;
  }
  list.missing(
    need.config(key),
    `config ${key} = ${value} cannot be read through REST: set it on the target and confirm with --assume-config`,
  );
}

/** `stores/fr/general/locale/code` → store view `fr`, path `general/locale/code`. */
export function parseKey(key: string): {
  scope: 'default' | 'websites' | 'stores';
  code: string;
  path: string;
} {
  const m = /^(websites|stores)\/([^/]+)\/(.+)$/.exec(key);
  if (m) return { scope: m[1] as 'websites' | 'stores', code: m[2] as string, path: m[3] as string };
  return { scope: 'default', code: '', path: key };
}
