import type { Scenario, SourceDef } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { DEFAULT_SOURCE, type Namespace } from './namespace.ts';
import { need } from './precondition.ts';
import { seeding } from './rest-errors.ts';
import type { SeedLog } from './seed-report.ts';
import { sameFields } from './seed-tax.ts';

/**
 * MSI sources under the namespace (`POST /V1/inventory/sources`, `PUT .../:sourceCode` when one
 * exists with other values). The Default Source is Magento's own: never created or changed, only
 * used. A source code that products or stocks name but the scenario does not declare is a missing
 * precondition (the embedded simulator refuses such a scenario too).
 * @see magento-rest.md §7
 */
export interface TargetSource {
  source_code: string;
  name: string;
  enabled: boolean;
  extension_attributes?: { is_pickup_location_active?: boolean };
}

/** The scenario's source codes that exist on the target after seeding (scenario code → target code). */
export type SourceCodes = Map<string, string>;

export async function seedSources(
  client: AdminClient,
  sc: Scenario,
  ns: Namespace,
  log: SeedLog,
): Promise<SourceCodes> {
  const codes: SourceCodes = new Map([[DEFAULT_SOURCE, DEFAULT_SOURCE]]);
  const existing = await readSources(client, ns, sc.sources);
  for (const def of sc.sources) {
    if (def.source_code === DEFAULT_SOURCE) {
      log.note('source "default" is the Default Source of the target: used as it is, never changed');
      continue;
    }
    const code = ns.source(def.source_code);
    const want = sourceBody(def, code);
    const found = existing.get(code);
    const changed = !!found && !sameSource(found, want);
    if (!found || changed) {
      await seeding(`source "${code}"`, () =>
        found
          ? client.put(`/V1/inventory/sources/${encodeURIComponent(code)}`, { source: want })
          : client.post('/V1/inventory/sources', { source: want }),
      );
    }
    codes.set(def.source_code, code);
    log.outcome({ kind: 'source', name: code, scenarioName: def.source_code }, !!found, changed);
  }
  for (const used of usedSourceCodes(sc)) {
    if (!codes.has(used)) {
      log.missing(
        need.source(used),
        `source "${used}" holds stock in the scenario but is not in its "sources" section`,
      );
    }
  }
  return codes;
}

/** Every source code the scenario's stocks, products and bulk section put stock in. */
export function usedSourceCodes(sc: Scenario): Set<string> {
  const used = new Set<string>();
  for (const st of sc.stocks) for (const l of st.sources) used.add(l.source_code);
  for (const p of sc.products) {
    for (const code of Object.keys(p.stock ?? {})) used.add(code);
    for (const c of p.configurable?.children ?? [])
      for (const code of Object.keys(c.stock ?? {})) used.add(code);
  }
  if (sc.bulk && sc.bulk.products > 0) used.add(sc.bulk.source_code);
  return used;
}

async function readSources(client: AdminClient, ns: Namespace, defs: SourceDef[]) {
  const codes = defs.map((d) => ns.source(d.source_code)).filter((c) => c !== DEFAULT_SOURCE);
  if (codes.length === 0) return new Map<string, TargetSource>();
  const list = await seeding('sources', () =>
    client.searchAll<TargetSource>('/V1/inventory/sources', [['source_code', codes.join(','), 'in']]),
  );
  return new Map(list.map((s) => [s.source_code, s]));
}

function sourceBody(def: SourceDef, code: string): Record<string, unknown> {
  const { pickup_location, source_code, ...fields } = def;
  return {
    ...fields,
    source_code: code,
    extension_attributes: {
      is_pickup_location_active: pickup_location,
      frontend_name: def.name,
      frontend_description: def.description ?? '',
    },
  };
}

function sameSource(found: TargetSource, want: Record<string, unknown>): boolean {
  const { extension_attributes, ...fields } = want;
  const pickup = (extension_attributes as { is_pickup_location_active: boolean }).is_pickup_location_active;
  const havePickup = Boolean(found.extension_attributes?.is_pickup_location_active);
  return sameFields(found, fields) && havePickup === pickup;
}
