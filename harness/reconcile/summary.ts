import type { ReconciliationReport, ReconciliationRow } from '../../contracts/reconciliation.ts';

/**
 * The terminal summary of a reconciliation: what was compared, the verdict, the top N flagged rows
 * as an aligned table (what a stock controller acts on first), where the files are, and what the
 * exit code means, so a CI log read alone is enough.
 */
export function summaryLines(
  report: ReconciliationReport,
  top: number,
  files: { csv: string; html: string } | null,
): string[] {
  const c = report.counts;
  const velocity =
    report.days === 0
      ? 'velocity not read (--days 0)'
      : `velocity from ${c.orders_read} orders over ${report.days} days`;
  const lines = [
    `posgate reconcile: ${c.rows} rows compared (Magento ${c.magento_rows}, ERP ${c.erp_rows}) against ${report.magento_url}; ${velocity}`,
    ...report.warnings.map((w) => `warning: ${w}`),
  ];
  const flagged = report.rows.filter((r) => r.flagged);
  if (flagged.length === 0)
    lines.push('nothing flagged: Magento agrees with the ERP file within the thresholds');
  else {
    lines.push(
      `${c.flagged} flagged: ${c.drift} above threshold, ${c.missing_in_magento} missing in Magento, ${c.missing_in_erp} missing in ERP`,
    );
    const shown = flagged.slice(0, top);
    if (shown.length > 0) {
      lines.push(`top ${shown.length} of ${flagged.length} flagged, most severe first:`);
      lines.push(...table(shown).map((l) => `  ${l}`));
    }
  }
  if (files) lines.push(`report: ${files.csv}, ${files.html}`);
  lines.push(
    flagged.length > 0
      ? 'exit code 1: differences are flagged (0 when nothing is, 2 on errors)'
      : 'exit code 0: nothing flagged',
  );
  return lines;
}

const HEAD = [
  '#',
  'severity',
  'sku',
  'source',
  'magento',
  'erp',
  'diff',
  'velocity',
  'band',
  'threshold',
  'status',
];
/** Columns aligned right for numbers, left for text. */
const RIGHT = new Set([0, 1, 4, 5, 6, 7, 9]);

function table(rows: readonly ReconciliationRow[]): string[] {
  const cells = rows.map((r, i) => [
    String(i + 1),
    r.severity.toFixed(2),
    r.sku,
    r.source_code,
    r.magento_qty === null ? '-' : String(r.magento_qty),
    r.erp_qty === null ? '-' : String(r.erp_qty),
    r.difference > 0 ? `+${r.difference}` : String(r.difference),
    r.velocity.toFixed(2),
    r.band,
    String(r.threshold),
    r.status,
  ]);
  const all = [HEAD, ...cells];
  const widths = HEAD.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  return all.map((row) =>
    row
      .map((cell, col) => (RIGHT.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
