import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReconciliationReport } from '../../contracts/reconciliation.ts';
import { reportCsv } from './csv-report.ts';
import { ReconcileError } from './errors.ts';
import { reportHtml } from './html-report.ts';

/**
 * Writes `reconciliation.csv` and `reconciliation.html` into the report directory, each atomically
 * (a temporary file renamed over the old one, fsync'ed): a reader, or a CI artifact upload racing
 * the run, sees the previous report or the new one, never half of one.
 */
const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as (
  file: string,
  data: string,
) => Promise<void>;

export interface WrittenReports {
  csv: string;
  html: string;
}

/** Where the two files of a report directory are. */
export function reportFiles(outDir: string): WrittenReports {
  return { csv: join(outDir, 'reconciliation.csv'), html: join(outDir, 'reconciliation.html') };
}

export async function writeReports(
  report: ReconciliationReport,
  outDir: string,
  top: number,
): Promise<WrittenReports> {
  const { csv, html } = reportFiles(outDir);
  try {
    await mkdir(outDir, { recursive: true });
    await writeFileAtomic(csv, reportCsv(report.rows));
    await writeFileAtomic(html, reportHtml(report, top));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReconcileError(
      'output',
      `cannot write the report into ${outDir}: ${code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'a file is in the way' : (err as Error).message} (choose another --out)`,
    );
  }
  return { csv, html };
}
