import { stringify } from 'csv-stringify/sync';
import type { ReconciliationRow } from '../../contracts/reconciliation.ts';

/**
 * `reconciliation.csv`: one line per row in report order, for a spreadsheet or the ERP's import.
 * A quantity missing on one side is an empty cell (not 0), so the file tells "missing" from "zero".
 */
export const CSV_COLUMNS = [
  'sku',
  'source_code',
  'magento_qty',
  'erp_qty',
  'difference',
  'velocity',
  'band',
  'threshold',
  'flagged',
  'severity',
  'status',
] as const satisfies ReadonlyArray<keyof ReconciliationRow>;

export function reportCsv(rows: readonly ReconciliationRow[]): string {
  return stringify(
    rows.map((r) => CSV_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
