import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegisterSessionInput } from '../../contracts/driver.ts';
import type { ScenarioInput } from '../../contracts/scenario.ts';

/**
 * Shared set-up of the register's tests against posgate's simulator: the session of a till in
 * the single-shop scenario's Austin shop (source `shop_main`, stock 2, store view `default`),
 * a throwaway data directory, and small helpers to read Magento as the harness would (admin REST).
 */
export const ADMIN = { kind: 'admin', username: 'admin', password: 'posgate123' } as const;

export const SHOP_ADDRESS = {
  firstname: 'Austin',
  lastname: 'Shop',
  street: ['500 Congress Ave'],
  city: 'Austin',
  postcode: '78701',
  country_id: 'US',
  region_id: 57,
  telephone: '+1 512 555 0100',
  email: 'shop@example.com',
};

export function tempDir(prefix = 'posgate-register-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function shopSession(
  magentoUrl: string,
  dataDir: string,
  over: Partial<RegisterSessionInput> = {},
): RegisterSessionInput {
  return {
    magentoUrl,
    storeCode: 'default',
    websiteCode: 'base',
    sourceCode: 'shop_main',
    stockId: 2,
    registerId: 'REG1',
    credentials: ADMIN,
    shopAddress: SHOP_ADDRESS,
    tax: {
      algorithm: 'TOTAL_BASE_CALCULATION',
      basedOn: 'origin',
      priceIncludesTax: false,
      applyAfterDiscount: true,
      origin: { country_id: 'US', region_id: 57, postcode: '78701' },
      customerTaxClassId: 3,
    },
    timeouts: { requestMs: 2000, maxRetryWaitMs: 3000 },
    stockCacheTtlMs: 30_000,
    dataDir,
    edition: 'commerce',
    seed: 7,
    ...over,
  };
}

/**
 * What the tests add on top of the single-shop scenario (`POST /__sim/seed`, see
 * `Admin.seedExtras`): a coupon, a gift card, a customer with balances. Test files start the
 * simulator themselves (only tests may import it: architecture.md §2 rule 2).
 */
export const EXTRAS: ScenarioInput = {
  name: 'register-extras',
  cart_rules: [{ name: 'Ten off', coupon_code: 'TENOFF', simple_action: 'by_percent', discount_amount: 10 }],
  gift_cards: [{ code: 'GC-50', balance: 50 }],
  customers: [
    { email: 'pat@example.com', firstname: 'Pat', lastname: 'Lee', store_credit: 40, reward_points: 1000 },
  ],
};

/** Admin REST against the simulator, for checks the harness would make. */
export class Admin {
  private token = '';
  constructor(readonly url: string) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    if (!this.token) {
      const r = await fetch(`${this.url}/rest/V1/integration/admin/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
      });
      this.token = (await r.json()) as string;
    }
    const prefix = path.startsWith('/__sim') ? '' : '/rest/default';
    const r = await fetch(`${this.url}${prefix}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  // biome-ignore lint/suspicious/noExplicitAny: order bodies are read as loose JSON in checks
  async orders(filter: { field: string; value: string | number }): Promise<any[]> {
    const q = `searchCriteria[filter_groups][0][filters][0][field]=${filter.field}&searchCriteria[filter_groups][0][filters][0][value]=${encodeURIComponent(String(filter.value))}`;
    // biome-ignore lint/suspicious/noExplicitAny: loose JSON
    return (await this.call<{ items: any[] }>('GET', `/V1/orders?${q}`)).items;
  }

  // biome-ignore lint/suspicious/noExplicitAny: loose JSON
  async allOrders(): Promise<any[]> {
    // biome-ignore lint/suspicious/noExplicitAny: loose JSON
    return (await this.call<{ items: any[] }>('GET', '/V1/orders?searchCriteria[pageSize]=1000')).items;
  }

  async sourceQty(sku: string, source = 'shop_main'): Promise<number> {
    const q = `searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=${encodeURIComponent(sku)}`;
    const items = (
      await this.call<{ items: Array<{ source_code: string; quantity: number }> }>(
        'GET',
        `/V1/inventory/source-items?${q}`,
      )
    ).items;
    return items.find((i) => i.source_code === source)?.quantity ?? 0;
  }

  async salable(sku: string, stockId = 2): Promise<number> {
    return this.call<number>(
      'GET',
      `/V1/inventory/get-product-salable-quantity/${encodeURIComponent(sku)}/${stockId}`,
    );
  }

  async setSourceQty(sku: string, quantity: number, source = 'shop_main'): Promise<void> {
    await this.call('POST', '/V1/inventory/source-items', {
      sourceItems: [{ sku, source_code: source, quantity, status: 1 }],
    });
  }

  async seedExtras(): Promise<void> {
    await this.call('POST', '/__sim/seed', EXTRAS);
  }

  async fault(rule: Record<string, unknown>): Promise<void> {
    await this.call('POST', '/__sim/faults', rule);
  }
}
