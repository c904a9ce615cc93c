import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { Thresholds, type ThresholdsInput, type VelocityBand } from '../../contracts/reconciliation.ts';
import { ReconcileError } from './errors.ts';

/**
 * How big a gap must be before a stock controller should look at it. The tolerance depends on how
 * fast the SKU sells: on a fast seller a unit or two is in flight between a sale and the count (a
 * basket at the till, a return on the counter), on a slow seller it is a unit really lost or never
 * received. Large quantities add a relative allowance so a pallet counted to 2 % is not "drift".
 * @see /work/shared/docs/field-guide.md §5
 */
export const DEFAULT_THRESHOLDS: Thresholds = Thresholds.parse({
  description: 'posgate defaults: fast sellers tolerate 3 units or 5 %, medium 2 units or 2 %, slow 1 unit',
  bands: [
    { name: 'fast', min_velocity: 5, absolute: 3, relative: 0.05 },
    { name: 'medium', min_velocity: 0.5, absolute: 2, relative: 0.02 },
    { name: 'slow', min_velocity: 0, absolute: 1, relative: 0 },
  ],
} satisfies ThresholdsInput);

/** Reads and validates a thresholds file (JSON, or YAML by its extension). */
export async function loadThresholds(path: string): Promise<Thresholds> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReconcileError(
      'input',
      `cannot read the thresholds file ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  const yaml = /\.ya?ml$/i.test(path);
  let raw: unknown;
  try {
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    const why = (err as Error).message.split('\n')[0];
    throw new ReconcileError(
      'input',
      `the thresholds file ${path} is not valid ${yaml ? 'YAML' : 'JSON'}: ${why}`,
    );
  }
  return parseThresholds(raw, path);
}

/** Validates thresholds given as a value; the first problem is named with its path in the file. */
export function parseThresholds(raw: unknown, name: string): Thresholds {
  const parsed = Thresholds.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ReconcileError(
    'input',
    `the thresholds file ${name} is not valid: ${at}${issue?.message ?? 'invalid'} (see docs/reconciliation.md, "Threshold rules")`,
  );
}

/** The band of a SKU selling `velocity` units a day: the one with the highest floor at or below it. */
export function bandFor(velocity: number, thresholds: Thresholds): VelocityBand {
  const sorted = [...thresholds.bands].sort((a, b) => b.min_velocity - a.min_velocity);
  const band = sorted.find((b) => velocity >= b.min_velocity) ?? sorted[sorted.length - 1];
  if (!band) throw new Error('thresholds without bands'); // the schema refuses them
  return band;
}

/** Units tolerated in a band for a row whose authoritative quantity is `quantity`. */
export function thresholdFor(band: VelocityBand, quantity: number): number {
  return Math.max(band.absolute, band.relative * Math.abs(quantity));
}

/** How many tolerances a gap is; a tolerance under one unit counts as one, so 0 tolerance stays finite. */
export function severityOf(difference: number, threshold: number): number {
  return Math.abs(difference) / Math.max(threshold, 1);
}
