import { z } from 'zod';
import type { DataDir, DiscrepancyRecord } from '../session/data-dir.ts';

/**
 * The discrepancy report: every stock conflict a sync met and how the conflict policy resolved
 * it (held for review, or adjusted to zero), kept in the data directory as JSON and CSV
 * (sku, source, units, sale, resolution, …) for the stock controller. Appended, never pruned by
 * the register: it is the audit trail of "stock adds up per source" (field-guide.md §10).
 */
const Record_ = z.looseObject({
  at: z.string(),
  sku: z.string(),
  source: z.string(),
  units: z.number(),
  sale: z.string(),
  resolution: z.enum(['held', 'adjusted']),
  sourceBefore: z.number().optional(),
  sourceAfter: z.number().optional(),
  reason: z.string(),
});

export const DISCREPANCY_DOC = 'discrepancies';

export class DiscrepancyLog {
  private constructor(
    private readonly dir: DataDir,
    private readonly records: DiscrepancyRecord[],
  ) {}

  static async open(dir: DataDir): Promise<DiscrepancyLog> {
    const raw = await dir.readJson(DISCREPANCY_DOC);
    return new DiscrepancyLog(dir, raw === undefined ? [] : z.array(Record_).parse(raw));
  }

  list(): DiscrepancyRecord[] {
    return [...this.records];
  }

  async add(records: DiscrepancyRecord[]): Promise<void> {
    if (records.length === 0) return;
    this.records.push(...records);
    await this.dir.writeDiscrepancies(this.records);
  }
}
