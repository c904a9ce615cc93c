import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConflictPolicy, RegisterSession, TaxSettings } from '../../contracts/driver.ts';
import type { Scenario } from '../../contracts/scenario.ts';
import { DEFAULT_ADMIN } from '../../simulator/index.ts';
import type { RunConfig } from '../run/run-config.ts';
import { Namespace } from '../seed/index.ts';
import type { MagentoTarget } from './worker-env.ts';

/**
 * Builds the register session for a shop from what Magento says (the stock of the store view's
 * website, the shop source's address) and what the merchant setup declares (the tax settings
 * Magento's REST cannot read).
 */
export interface ShopChoice {
  storeCode: string;
  sourceCode: string;
  conflictPolicy?: ConflictPolicy;
  stockCacheTtlMs?: number;
  registerId?: string;
}

interface SourceDto {
  source_code: string;
  name: string;
  street?: string;
  city?: string;
  postcode: string;
  country_id: string;
  region_id?: number;
  phone?: string;
}

export async function buildSession(
  target: MagentoTarget,
  config: RunConfig,
  scenario: Scenario,
  shop: ShopChoice,
  /** The scenario's namespace on the target: the shop's source is `ns.source(shop.sourceCode)`. */
  ns: Namespace = Namespace.identity(),
): Promise<RegisterSession> {
  const sourceCode = ns.source(shop.sourceCode);
  const views = await target.admin.get<Array<{ code: string; website_id: number }>>('/V1/store/storeViews');
  const view = views.find((v) => v.code === shop.storeCode);
  if (!view) throw new Error(`Magento has no store view "${shop.storeCode}"`);
  const sites = await target.admin.get<Array<{ id: number; code: string }>>('/V1/store/websites');
  const websiteCode = sites.find((w) => w.id === view.website_id)?.code ?? 'base';
  const stock = await target.admin.get<{ stock_id: number }>(
    `/V1/inventory/stock-resolver/website/${websiteCode}`,
  );
  const source = await target.admin.get<SourceDto>(`/V1/inventory/sources/${encodeURIComponent(sourceCode)}`);
  return {
    magentoUrl: target.registerUrl,
    storeCode: shop.storeCode,
    websiteCode,
    sourceCode,
    stockId: stock.stock_id,
    registerId: shop.registerId ?? `REG-${shop.sourceCode}`,
    credentials: credentialsFor(config),
    conflictPolicy: shop.conflictPolicy ?? 'hold-for-review',
    paymentCodes: { cash: 'pos_cash', card: 'pos_card', split: 'pos_split' },
    shopAddress: {
      firstname: source.name,
      lastname: 'Till',
      street: [source.street ?? 'Shop street 1'],
      city: source.city ?? 'Shop city',
      postcode: source.postcode,
      country_id: source.country_id,
      ...(source.region_id ? { region_id: source.region_id } : {}),
      telephone: source.phone ?? '0000000000',
    },
    tax: taxSettings(scenario),
    timeouts: { requestMs: 1500, maxRetryWaitMs: 5000 },
    stockCacheTtlMs: shop.stockCacheTtlMs ?? 30_000,
    dataDir: mkdtempSync(join(tmpdir(), 'posgate-register-')),
    edition: config.target.kind === 'embedded' ? config.target.edition : 'commerce',
    seed: config.seed,
  };
}

function credentialsFor(config: RunConfig): RegisterSession['credentials'] {
  if (config.target.kind === 'embedded') {
    return { kind: 'admin', username: DEFAULT_ADMIN.username, password: DEFAULT_ADMIN.password };
  }
  const a = config.target.auth;
  if (a.kind === 'token') return { kind: 'token', token: a.token };
  if (a.kind === 'admin') return { kind: 'admin', username: a.username, password: a.password };
  return { ...a };
}

/** The tax settings the merchant setup declares through Magento config paths. */
export function taxSettings(scenario: Scenario): TaxSettings {
  const c = scenario.config;
  const str = (k: string, d: string) => (c[k] === undefined ? d : String(c[k]));
  const flag = (k: string, d: boolean) => (c[k] === undefined ? d : String(c[k]) === '1' || c[k] === true);
  return {
    algorithm: str('tax/calculation/algorithm', 'TOTAL_BASE_CALCULATION') as TaxSettings['algorithm'],
    basedOn: str('tax/calculation/based_on', 'shipping') as TaxSettings['basedOn'],
    priceIncludesTax: flag('tax/calculation/price_includes_tax', false),
    applyAfterDiscount: flag('tax/calculation/apply_after_discount', true),
    origin: {
      country_id: str('shipping/origin/country_id', 'US'),
      region_id: Number(str('shipping/origin/region_id', '12')),
      postcode: str('shipping/origin/postcode', '90034'),
    },
    customerTaxClassId: 3,
  };
}
