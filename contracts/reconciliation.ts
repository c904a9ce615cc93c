import { z } from 'zod';

/**
 * The inventory reconciliation's two files: the thresholds file a stock controller writes
 * (`posgate reconcile --thresholds rules.json`) and the rows of the report it gets back
 * (`reports/reconciliation.csv`, the HTML page, and the value `reconcile()` returns to scenario 8).
 * How the numbers are used is in docs/reconciliation.md.
 */

/**
 * One velocity band: SKUs selling at least `min_velocity` units a day (and less than the next
 * band up) tolerate a gap of `max(absolute, relative × quantity)` units before it is flagged.
 */
export const VelocityBand = z.strictObject({
  name: z.string().min(1),
  /** Units ordered per day, averaged over the velocity window; the band holds SKUs at or above it. */
  min_velocity: z.number().nonnegative(),
  /** Units of difference tolerated (a difference *above* the threshold is flagged). 0 tolerates none. */
  absolute: z.number().nonnegative(),
  /** Fraction of the authoritative quantity tolerated, e.g. 0.05 for 5 %; 0 (default) for none. */
  relative: z.number().min(0).max(1).default(0),
});
export type VelocityBand = z.output<typeof VelocityBand>;

export const Thresholds = z
  .strictObject({
    description: z.string().optional(),
    bands: z.array(VelocityBand).min(1),
    /**
     * Whether a row present on one side only, with 0 units on the side that has it, is flagged.
     * Off by default: no unit is wrong, only the source assignment differs.
     */
    flag_missing_when_zero: z.boolean().default(false),
  })
  .superRefine((t, ctx) => {
    const names = new Set<string>();
    const floors = new Set<number>();
    for (const [i, b] of t.bands.entries()) {
      if (names.has(b.name))
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'name'],
          message: `band "${b.name}" is named twice`,
        });
      if (floors.has(b.min_velocity))
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'min_velocity'],
          message: `two bands start at ${b.min_velocity} units/day`,
        });
      names.add(b.name);
      floors.add(b.min_velocity);
    }
    if (!floors.has(0))
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'one band must have min_velocity 0, so that a SKU that never sold has a threshold too',
      });
  });
export type Thresholds = z.output<typeof Thresholds>;
export type ThresholdsInput = z.input<typeof Thresholds>;

/** Why a row is in the report: the two sides agree within the threshold, differ, or one is missing. */
export const RowStatus = z.enum(['ok', 'drift', 'missing in Magento', 'missing in ERP']);
export type RowStatus = z.output<typeof RowStatus>;

/** One SKU at one source, as compared. Quantities absent on a side are null. */
export const ReconciliationRow = z.strictObject({
  sku: z.string(),
  source_code: z.string(),
  magento_qty: z.number().nullable(),
  erp_qty: z.number().nullable(),
  /** Magento minus ERP (a missing side counts as 0): positive means Magento shows more than the shelf. */
  difference: z.number(),
  /** Units ordered per day over the window (all sources together). */
  velocity: z.number().nonnegative(),
  band: z.string(),
  /** Units tolerated for this row: max(absolute, relative × quantity). */
  threshold: z.number().nonnegative(),
  flagged: z.boolean(),
  /** |difference| / max(threshold, 1): how many tolerances the gap is. Sort key after `flagged`. */
  severity: z.number().nonnegative(),
  status: RowStatus,
});
export type ReconciliationRow = z.output<typeof ReconciliationRow>;

export const ReconciliationCounts = z.strictObject({
  rows: z.number().int(),
  magento_rows: z.number().int(),
  erp_rows: z.number().int(),
  flagged: z.number().int(),
  drift: z.number().int(),
  missing_in_magento: z.number().int(),
  missing_in_erp: z.number().int(),
  orders_read: z.number().int(),
});
export type ReconciliationCounts = z.output<typeof ReconciliationCounts>;

/** The whole result: what was compared, with what, when, and the rows sorted flagged-first by severity. */
export const ReconciliationReport = z.strictObject({
  magento_url: z.string(),
  erp_file: z.string(),
  generated_at: z.string(),
  /** The velocity window in days (0: velocity not read). */
  days: z.number().int().nonnegative(),
  thresholds: Thresholds,
  counts: ReconciliationCounts,
  /** Things the reader must know to trust the numbers (e.g. Magento has no orders route). */
  warnings: z.array(z.string()),
  rows: z.array(ReconciliationRow),
});
export type ReconciliationReport = z.output<typeof ReconciliationReport>;
