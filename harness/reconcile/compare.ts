import type { ReconciliationRow, Thresholds } from '../../contracts/reconciliation.ts';
import type { ErpRow } from './erp-file.ts';
import type { MagentoSourceItem } from './source-items.ts';
import { bandFor, severityOf, thresholdFor } from './thresholds.ts';

/**
 * The comparison itself, pure: one row per SKU and source found on either side, judged against the
 * threshold of the SKU's velocity band, sorted so the rows a stock controller must see come first
 * (flagged, then the most severe). SKUs match case-insensitively, as Magento's do; source codes
 * exactly.
 */
export function compareStock(
  erp: readonly ErpRow[],
  magento: readonly MagentoSourceItem[],
  velocityPerDay: ReadonlyMap<string, number>,
  thresholds: Thresholds,
): ReconciliationRow[] {
  const key = (sku: string, source: string) => `${sku.toLowerCase()}\u0000${source}`;
  const pairs = new Map<string, { sku: string; source: string; m?: number; e?: number }>();
  for (const item of magento)
    pairs.set(key(item.sku, item.source_code), { sku: item.sku, source: item.source_code, m: item.quantity });
  for (const row of erp) {
    const k = key(row.sku, row.source_code);
    const pair = pairs.get(k) ?? { sku: row.sku, source: row.source_code };
    pair.e = row.quantity;
    pairs.set(k, pair);
  }
  const rows = [...pairs.values()].map(({ sku, source, m, e }) =>
    judge(sku, source, m ?? null, e ?? null, velocityPerDay.get(sku.toLowerCase()) ?? 0, thresholds),
  );
  return rows.sort(bySeverity);
}

/** Judges one SKU at one source; a side that is missing is null and counts as 0 units. */
export function judge(
  sku: string,
  source_code: string,
  magento_qty: number | null,
  erp_qty: number | null,
  velocity: number,
  thresholds: Thresholds,
): ReconciliationRow {
  const band = bandFor(velocity, thresholds);
  const difference = round((magento_qty ?? 0) - (erp_qty ?? 0), 4);
  // The ERP is the authority: its quantity sets the relative allowance, Magento's when it has none.
  const threshold = round(thresholdFor(band, erp_qty ?? magento_qty ?? 0), 2);
  const severity = round(severityOf(difference, threshold), 3);
  let status: ReconciliationRow['status'];
  let flagged: boolean;
  if (magento_qty === null || erp_qty === null) {
    status = magento_qty === null ? 'missing in Magento' : 'missing in ERP';
    flagged = difference !== 0 || thresholds.flag_missing_when_zero;
  } else {
    flagged = Math.abs(difference) > threshold;
    status = flagged ? 'drift' : 'ok';
  }
  return {
    sku,
    source_code,
    magento_qty,
    erp_qty,
    difference,
    velocity: round(velocity, 3),
    band: band.name,
    threshold,
    flagged,
    severity,
    status,
  };
}

/** Flagged first, then severity, then the bigger gap; SKU and source break ties so the order is stable. */
export function bySeverity(a: ReconciliationRow, b: ReconciliationRow): number {
  return (
    Number(b.flagged) - Number(a.flagged) ||
    b.severity - a.severity ||
    Math.abs(b.difference) - Math.abs(a.difference) ||
    cmp(a.sku, b.sku) ||
    cmp(a.source_code, b.source_code)
  );
}

/** Code-point order, the same on every machine (localeCompare depends on the locale). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
