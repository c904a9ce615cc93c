import { phpRound } from './round.ts';

/**
 * The three families of rounding remainders Magento keeps apart: regular tax, tax before
 * discount (when tax applies after discount) and the per-rate split of a row's tax.
 * @see Magento\Tax\Model\Calculation\AbstractCalculator KEY_*_DELTA_ROUNDING
 */
export const DeltaType = {
  REGULAR: 'regular',
  APPLIED_TAX: 'applied_tax_amount',
  TAX_BEFORE_DISCOUNT: 'tax_before_discount',
} as const;

/** The remainder a fresh key starts with: a tie-breaker so exact .5 cases round the same way. */
export const INITIAL_DELTA = 0.000001;

/**
 * PHP's `(string) $float` (14 significant digits), used for the rate part of a delta key, so two
 * rates equal to 14 digits share their remainder as they do in PHP.
 */
export function phpKey(rate: string | number): string {
  return typeof rate === 'string' ? rate : String(Number(rate.toPrecision(14)));
}

/**
 * Rounding with a carried remainder: each call adds what earlier calls with the same key lost
 * (starting at 0.000001), rounds to cents and keeps the new remainder. One instance lives as long
 * as one Magento calculator, i.e. one `calculateTax()` call over all items then shipping.
 *
 * The key is `type + direction` then the rate: `direction` true appends "1" (PHP's string of
 * true), false appends nothing. Unit and Row calculators put the item code into `type`.
 * @see Magento\Tax\Model\Calculation\AbstractCalculator::deltaRound
 */
export class DeltaRounding {
  readonly #deltas = new Map<string, number>();

  round(amount: number, rate: string | number, direction: boolean, type: string): number {
    if (!amount) return amount;
    const key = `${type}${direction ? '1' : ''}\u0000${phpKey(rate)}`;
    const withDelta = amount + (this.#deltas.get(key) ?? INITIAL_DELTA);
    const rounded = phpRound(withDelta);
    this.#deltas.set(key, withDelta - rounded);
    return rounded;
  }

  /** The remainder now stored for a key, or undefined when the key was never used. */
  remainder(rate: string | number, direction: boolean, type: string): number | undefined {
    return this.#deltas.get(`${type}${direction ? '1' : ''}\u0000${phpKey(rate)}`);
  }
}
