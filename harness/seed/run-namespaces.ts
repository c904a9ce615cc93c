import type { AdminClient } from '../magento/admin-client.ts';
import { Namespace } from './namespace.ts';

/**
 * A run against a Magento it cannot reset seeds every Cucumber scenario under its own namespace,
 * derived from the run's (`pg3f9a1c`): `pg3f9a1cs1`, `pg3f9a1cs2`, ... for the scenarios one
 * worker seeds in turn, `pg3f9a1cw1s1` with parallel workers. Absolute checks ("source shop_main
 * holds 39 of MUG-001") then hold whatever earlier scenarios or runs did, and a run's records can
 * still be found again from its id alone (`runNamespaces`, for cleanup).
 */
export function scenarioNamespace(runId: string, n: number, workerId?: string): Namespace {
  const id = `${runId}${workerId ? `w${workerId}` : ''}s${n}`;
  try {
    return Namespace.of(id);
  } catch {
    throw new Error(
      `run namespace "${runId}" is too long for per-scenario namespaces ("${id}"): use at most 10 characters`,
    );
  }
}

/**
 * The scenario namespaces of run `runId` that left records on the target, found by the SKUs and
 * source codes they seeded (every bundled setup has both), sorted; the run's own id too when it
 * was used as a namespace itself.
 */
export async function runNamespaces(client: AdminClient, runId: string): Promise<Namespace[]> {
  const run = Namespace.of(runId).id;
  const skus = await client.searchAll<{ sku: string }>('/V1/products', [
    ['sku', `${run.toUpperCase()}%`, 'like'],
  ]);
  const sources = await client.searchAll<{ source_code: string }>('/V1/inventory/sources', [
    ['source_code', `${run}%`, 'like'],
  ]);
  const pattern = new RegExp(`^(${run}(?:w\\d+)?(?:s\\d+)?)[-_]`, 'i');
  const ids = new Set<string>();
  for (const name of [...skus.map((p) => p.sku), ...sources.map((s) => s.source_code)]) {
    const m = pattern.exec(name);
    if (m?.[1]) ids.add(m[1].toLowerCase());
  }
  return [...ids].sort().map((id) => Namespace.of(id));
}
