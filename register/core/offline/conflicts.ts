import type { ConflictPolicy, SyncReport } from '../../../contracts/driver.ts';
import type { AlertBoard } from '../alerts.ts';
import type { MagentoClient } from '../magento-client.ts';
import type { StockCache } from '../stock/stock-cache.ts';
import type { DiscrepancyLog } from './discrepancy-log.ts';

/**
 * Stock conflicts of a queued sale at sync: the shop sold units offline that Magento no longer
 * has (the web shop or another till sold them meanwhile). A sale needs, per SKU, enough salable
 * quantity in the shop's stock (else Magento refuses to place it) and enough in the shop's own
 * source (else the shipment from it fails). What happens then is the business's choice
 * (field-guide.md §3), and both choices are written to the discrepancy report:
 *
 * - `hold-for-review`: nothing is placed; the sale is held with its reason until a person releases
 *   (places it anyway) or voids it;
 * - `adjust-to-zero`: the shop's source is raised by just the missing units, so the sale places
 *   and ships and the source ends at zero; each raise is recorded.
 */
export interface StockConflict {
  sku: string;
  wanted: number;
  salable: number;
  sourceQty: number;
  available: number;
}

export type Conflicts = SyncReport['conflicts'];

export async function findConflicts(stock: StockCache, units: Map<string, number>): Promise<StockConflict[]> {
  const out: StockConflict[] = [];
  for (const [sku, wanted] of units) {
    const { qty: salable, sourceQty } = await stock.live(sku);
    const available = Math.max(0, Math.min(salable, sourceQty));
    if (wanted > available) out.push({ sku, wanted, salable, sourceQty, available });
  }
  return out;
}

export interface ResolveDeps {
  client: MagentoClient;
  sourceCode: string;
  alerts: AlertBoard;
  log: DiscrepancyLog;
  now: () => number;
}

/** Holds: records each conflict, answers the reason the sale is held with. */
export async function recordHeld(
  d: ResolveDeps,
  saleId: string,
  conflicts: StockConflict[],
): Promise<string> {
  const reason = `stock conflict: ${conflicts.map(describe).join('; ')}`;
  await d.log.add(
    conflicts.map((c) => ({
      at: stamp(d),
      sku: c.sku,
      source: d.sourceCode,
      units: c.wanted - c.available,
      sale: saleId,
      resolution: 'held' as const,
      reason,
    })),
  );
  d.alerts.raise('sync-conflict', `sale ${saleId} held for review: ${reason}`);
  return reason;
}

/** Adjusts to zero: raises the shop's source by the missing units, records each raise. */
export async function adjustToZero(
  d: ResolveDeps,
  saleId: string,
  conflicts: StockConflict[],
): Promise<void> {
  for (const c of conflicts) {
    const raise = Math.max(c.wanted - c.salable, c.wanted - c.sourceQty, 0);
    const after = c.sourceQty + raise;
    await d.client.post('/V1/inventory/source-items', {
      sourceItems: [{ sku: c.sku, source_code: d.sourceCode, quantity: after, status: 1 }],
    });
    const reason = `${describe(c)}: ${d.sourceCode} raised by ${raise} to ship the sale (ends at ${after - c.wanted})`;
    await d.log.add([
      {
        at: stamp(d),
        sku: c.sku,
        source: d.sourceCode,
        units: raise,
        sale: saleId,
        resolution: 'adjusted',
        sourceBefore: c.sourceQty,
        sourceAfter: after,
        reason,
      },
    ]);
    d.alerts.raise('sync-conflict', `sale ${saleId} adjusted: ${reason}`);
  }
}

export function asReported(saleId: string, conflicts: StockConflict[], policy: ConflictPolicy): Conflicts {
  const resolution = policy === 'hold-for-review' ? ('held' as const) : ('adjusted' as const);
  return conflicts.map((c) => ({ saleId, sku: c.sku, wanted: c.wanted, available: c.available, resolution }));
}

function describe(c: StockConflict): string {
  return `${c.sku} wanted ${c.wanted}, available ${c.available} (salable ${c.salable}, source ${c.sourceQty})`;
}

function stamp(d: ResolveDeps): string {
  return new Date(d.now()).toISOString();
}
