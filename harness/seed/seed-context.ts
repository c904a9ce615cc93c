import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import type { Namespace } from './namespace.ts';
import type { SeedLog } from './seed-report.ts';
import type { TaxClassIds } from './seed-tax.ts';
import type { ResolvedStores, TargetStores } from './target-stores.ts';

/** What the seeding steps share: the target, the scenario (bulk expanded), the namespace, the log. */
export interface SeedContext {
  client: AdminClient;
  sc: Scenario;
  ns: Namespace;
  log: SeedLog;
  target: TargetStores;
  stores: ResolvedStores;
  taxClasses: TaxClassIds;
}

/** Target website ids for scenario website codes; undefined or empty: every scenario website. */
export function websiteIdsOf(ctx: SeedContext, codes: string[] | undefined): number[] {
  if (!codes || codes.length === 0) return ctx.stores.scenarioWebsiteIds;
  return codes.map((c) => ctx.stores.websites.get(c)).filter((id): id is number => id !== undefined);
}

/** Splits a list into chunks (searchCriteria `in` filters and batched writes stay short). */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
