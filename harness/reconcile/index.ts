/**
 * Inventory reconciliation of Magento against the ERP's authoritative stock file: the public face
 * of `harness/reconcile/` for the CLI (`posgate reconcile`) and the go-live suite (scenario 8).
 */
export type {
  ReconciliationReport,
  ReconciliationRow,
  Thresholds,
  VelocityBand,
} from '../../contracts/reconciliation.ts';
export { compareStock, judge } from './compare.ts';
export { type ErpRow, parseErpCsv, readErpFile } from './erp-file.ts';
export { ReconcileError, type ReconcileErrorKind } from './errors.ts';
export { DEFAULT_DAYS, DEFAULT_OUT_DIR, DEFAULT_TOP, type ReconcileOptions, reconcile } from './reconcile.ts';
export { summaryLines } from './summary.ts';
export { bandFor, DEFAULT_THRESHOLDS, loadThresholds, parseThresholds, thresholdFor } from './thresholds.ts';
export { reportFiles } from './write-reports.ts';
