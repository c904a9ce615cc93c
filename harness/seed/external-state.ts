import type { AdminClient } from '../magento/admin-client.ts';
import { MagentoProbe, type ProbeOrder } from '../magento/probe.ts';
import type { Namespace } from './namespace.ts';
import { seeding } from './rest-errors.ts';

/**
 * Before/after views of a Magento that cannot be reset. A real store has orders and quantities
 * from before the run (and from earlier runs of the same namespace), so checks compare against a
 * baseline taken after seeding: orders with an entity id above the baseline's highest, and source
 * quantities of the run's SKUs as deltas from the baseline.
 */
export interface ExternalBaseline {
  namespace: string;
  /** When the baseline was taken (ISO). */
  takenAt: string;
  /** The highest order entity id at start; later orders are the run's (or a shopper's). */
  maxOrderId: number;
  /** Quantity per namespaced SKU and source code at start. */
  quantities: Record<string, Record<string, number>>;
}

export interface QuantityDelta {
  sku: string;
  source_code: string;
  before: number;
  after: number;
  delta: number;
}

interface SourceItem {
  sku: string;
  source_code: string;
  quantity: number;
}

export async function takeBaseline(client: AdminClient, ns: Namespace): Promise<ExternalBaseline> {
  const maxOrderId = await seeding('the order baseline', () => new MagentoProbe(client).maxOrderId());
  return {
    namespace: ns.id,
    takenAt: new Date().toISOString(),
    maxOrderId,
    quantities: await runQuantities(client, ns),
  };
}

/** Orders placed since the baseline, oldest first; with `ns`, only those with one of the run's SKUs. */
export async function ordersSince(
  client: AdminClient,
  base: ExternalBaseline,
  ns?: Namespace,
): Promise<ProbeOrder[]> {
  const orders = await new MagentoProbe(client).ordersAfter(base.maxOrderId);
  const sorted = orders.sort((a, b) => a.entity_id - b.entity_id);
  return ns ? sorted.filter((o) => o.items.some((i) => ns.fromSku(i.sku) !== undefined)) : sorted;
}

/** Every (SKU, source) of the run whose quantity moved since the baseline (new items count from 0). */
export async function quantityDeltas(
  client: AdminClient,
  base: ExternalBaseline,
  ns: Namespace,
): Promise<QuantityDelta[]> {
  const now = await runQuantities(client, ns);
  const out: QuantityDelta[] = [];
  const skus = new Set([...Object.keys(base.quantities), ...Object.keys(now)]);
  for (const sku of [...skus].sort()) {
    const codes = new Set([...Object.keys(base.quantities[sku] ?? {}), ...Object.keys(now[sku] ?? {})]);
    for (const source_code of [...codes].sort()) {
      const before = base.quantities[sku]?.[source_code] ?? 0;
      const after = now[sku]?.[source_code] ?? 0;
      if (after !== before) out.push({ sku, source_code, before, after, delta: after - before });
    }
  }
  return out;
}

/** The change of one SKU's quantity at one source since the baseline (scenario names accepted). */
export async function quantityDelta(
  client: AdminClient,
  base: ExternalBaseline,
  ns: Namespace,
  sku: string,
  source: string,
): Promise<number> {
  const target = ns.sku(sku);
  const code = ns.source(source);
  const items = await client.searchAll<SourceItem>('/V1/inventory/source-items', [
    ['sku', target],
    ['source_code', code],
  ]);
  const after = Number(items[0]?.quantity ?? 0);
  const before = base.quantities[target.toUpperCase()]?.[code] ?? 0;
  return after - before;
}

/**
 * Source quantities of every SKU in the namespace, keyed by upper-case SKU (SKUs ignore case); the
 * identity namespace (a simulator that is reset) reads every source item.
 */
async function runQuantities(
  client: AdminClient,
  ns: Namespace,
): Promise<Record<string, Record<string, number>>> {
  const filter: Array<[string, string, string]> = ns.isIdentity ? [] : [['sku', ns.patterns.sku, 'like']];
  const items = await seeding('source items of the run', () =>
    client.searchAll<SourceItem>('/V1/inventory/source-items', filter),
  );
  const out: Record<string, Record<string, number>> = {};
  for (const i of items) {
    if (ns.fromSku(i.sku) === undefined) continue; // LIKE's `_` matches more than the prefix
    const sku = i.sku.toUpperCase();
    out[sku] = { ...out[sku], [i.source_code]: Number(i.quantity) };
  }
  return out;
}
