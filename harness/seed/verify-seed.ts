import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { expandBulk } from './bulk.ts';
import type { Namespace } from './namespace.ts';
import type { SeedReport } from './seed-report.ts';
import { readTargetStores, type TargetStores } from './target-stores.ts';
import { verifyCartRules, verifyCustomers, verifyTax } from './verify-accounts.ts';
import { verifyProducts } from './verify-catalog.ts';
import { verifyInventory } from './verify-inventory.ts';

/**
 * Reads back through REST what `seedThroughRest` seeded and lists every difference from the
 * scenario (empty: the target holds the scenario under the namespace). Records tied to a missing
 * precondition of the report (a website, an attribute value) are not expected. A run can call it
 * after seeding a real store, where an extension may change what is saved (a price rule plugin, a
 * customer-group assignment observer).
 */
export interface VerifyOptions {
  /** Also check the `bulk` section's products and customers (hundreds of reads). */
  bulk?: boolean;
}

export class VerifyContext {
  readonly problems: string[] = [];
  private readonly classNames = new Map<number, string | undefined>();

  constructor(
    readonly client: AdminClient,
    readonly ns: Namespace,
    readonly report: SeedReport,
    readonly target: TargetStores,
  ) {}

  isMissing(what: string): boolean {
    return this.report.missing.some((m) => m.what === what);
  }

  problem(line: string): void {
    this.problems.push(line);
  }

  expect(at: string, field: string, got: unknown, want: unknown): void {
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      this.problem(`${at}: ${field} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }

  /** Website ids of scenario website codes (every seeded website when none are given). */
  websites(codes: string[] | undefined): number[] {
    const ids = codes ?? Object.keys(this.report.websites);
    return ids.map((c) => this.report.websites[c]).filter((id): id is number => id !== undefined);
  }

  storeOfWebsite(websiteId: number): string | undefined {
    return this.target.storeViews.find((s) => s.website_id === websiteId)?.code;
  }

  async taxClassName(id: number): Promise<string | undefined> {
    if (!this.classNames.has(id)) {
      const all = await this.client.searchAll<{ class_id: number; class_name: string }>(
        '/V1/taxClasses/search',
      );
      for (const c of all) this.classNames.set(c.class_id, c.class_name);
      if (!this.classNames.has(id)) this.classNames.set(id, undefined);
    }
    return this.classNames.get(id);
  }
}

export async function verifySeed(
  client: AdminClient,
  scenario: Scenario,
  ns: Namespace,
  report: SeedReport,
  options: VerifyOptions = {},
): Promise<string[]> {
  const sc = options.bulk ? expandBulk(scenario) : { ...scenario, bulk: undefined };
  const v = new VerifyContext(client, ns, report, await readTargetStores(client));
  await verifyTax(v, sc);
  await verifyProducts(v, sc.products);
  await verifyInventory(v, sc);
  await verifyCustomers(v, sc);
  await verifyCartRules(v, sc);
  return v.problems;
}
