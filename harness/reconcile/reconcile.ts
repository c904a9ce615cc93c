import type { ReconciliationReport, ReconciliationRow, Thresholds } from '../../contracts/reconciliation.ts';
import { AdminClient } from '../magento/admin-client.ts';
import { compareStock } from './compare.ts';
import { readErpFile } from './erp-file.ts';
import { ReconcileError } from './errors.ts';
import { fetchSourceItems } from './source-items.ts';
import { DEFAULT_THRESHOLDS, loadThresholds } from './thresholds.ts';
import { fetchVelocity } from './velocity.ts';
import { writeReports } from './write-reports.ts';

/**
 * Inventory reconciliation of a Magento (real or the simulator) against the ERP's authoritative
 * stock file:
 *
 *   ERP csv ──parse──┐
 *   source items ────┼──► compare (velocity band → threshold) ──► rows sorted ──► csv + html
 *   orders (N days) ─┘        per SKU and source                   by severity     + the value
 *
 * Read-only towards Magento. The ERP file is read before Magento is asked anything, so a bad file
 * fails fast. Every failure is a ReconcileError whose message is one actionable line.
 * @see docs/reconciliation.md
 */
export interface ReconcileOptions {
  /** The shop's base URL (REST is under `<url>/rest`). */
  magentoUrl: string;
  /** An admin or integration bearer token, or an admin login. */
  auth: { token: string } | { username: string; password: string };
  erpFile: string;
  /** A thresholds file path, or thresholds as a value; default DEFAULT_THRESHOLDS. */
  thresholds?: string | Thresholds;
  /** Velocity window in days (default 30); 0 skips reading orders. */
  days?: number;
  /** Compare only the sources the ERP file names (default: every source in Magento). */
  onlyErpSources?: boolean;
  /** Where reconciliation.csv and .html go (default `reports`); null writes nothing. */
  outDir?: string | null;
  /** How many flagged rows the HTML marks as the top ones (default 20). */
  top?: number;
  /** The clock, for tests (default: now). */
  now?: Date;
  /** Per-request timeout towards Magento (default 30 s). */
  timeoutMs?: number;
}

export const DEFAULT_DAYS = 30;
export const DEFAULT_TOP = 20;
export const DEFAULT_OUT_DIR = 'reports';

export async function reconcile(options: ReconcileOptions): Promise<ReconciliationReport> {
  const baseUrl = checkUrl(options.magentoUrl);
  const days = checkCount('days', options.days ?? DEFAULT_DAYS);
  const top = checkCount('top', options.top ?? DEFAULT_TOP);
  const now = options.now ?? new Date();

  const erp = await readErpFile(options.erpFile);
  const thresholds =
    typeof options.thresholds === 'string'
      ? await loadThresholds(options.thresholds)
      : (options.thresholds ?? DEFAULT_THRESHOLDS);

  const client = new AdminClient(baseUrl, options.auth, options.timeoutMs ?? 30_000);
  const ctx = { baseUrl, adminUser: 'username' in options.auth ? options.auth.username : undefined };
  const sources = options.onlyErpSources ? erp.map((r) => r.source_code) : undefined;
  const magento = await fetchSourceItems(client, ctx, sources);
  const velocity = await fetchVelocity(client, ctx, days, now);

  const rows = compareStock(erp, magento, velocity.perDay, thresholds);
  const report: ReconciliationReport = {
    magento_url: redact(baseUrl),
    erp_file: options.erpFile,
    generated_at: now.toISOString(),
    days,
    thresholds,
    counts: {
      rows: rows.length,
      magento_rows: magento.length,
      erp_rows: erp.length,
      flagged: rows.filter((r) => r.flagged).length,
      ...countStatus(rows),
      orders_read: velocity.ordersRead,
    },
    warnings: velocity.warning ? [velocity.warning] : [],
    rows,
  };
  if (options.outDir !== null) await writeReports(report, options.outDir ?? DEFAULT_OUT_DIR, top);
  return report;
}

function countStatus(rows: readonly ReconciliationRow[]) {
  const n = (s: ReconciliationRow['status']) => rows.filter((r) => r.flagged && r.status === s).length;
  return {
    drift: n('drift'),
    missing_in_magento: n('missing in Magento'),
    missing_in_erp: n('missing in ERP'),
  };
}

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ReconcileError(
      'input',
      `--magento must be the shop's base URL, e.g. https://shop.example.com (got "${raw}")`,
    );
  if (/\/rest(\/V1)?\/?$/i.test(url.pathname))
    throw new ReconcileError(
      'input',
      `--magento is the shop's base URL without /rest: use ${raw.replace(/\/rest(\/V1)?\/?$/i, '')}`,
    );
  return raw.replace(/\/+$/, '');
}

function checkCount(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0)
    throw new ReconcileError('input', `--${name} must be a whole number, 0 or more (got ${n})`);
  return n;
}

/** The URL as it may appear in a report: without a password in it. */
function redact(url: string): string {
  const u = new URL(url);
  if (!u.password) return url;
  u.password = '***';
  return u.toString().replace(/\/+$/, '');
}
