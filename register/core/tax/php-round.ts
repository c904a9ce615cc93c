/**
 * Money rounding exactly as Magento does it: `PriceCurrency::round` is PHP's `round($x, 2)`, half
 * away from zero after PHP's pre-rounding to 15 significant digits. Plain `Math.round(x * 100) / 100`
 * gets `1.005` wrong (binary 1.00499…), and one cent off is a failed go-live.
 * @see Magento\Directory\Model\PriceCurrency::round; PHP ext/standard/math.c `_php_math_round`
 */
export function roundPrice(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const pre = Number(x.toPrecision(15));
  const scaled = Number((Math.abs(pre) * 100).toPrecision(15));
  const r = Math.floor(scaled + 0.5) / 100;
  if (r === 0) return 0;
  return pre < 0 ? -r : r;
}

/** Integer cents, for comparing amounts "to the cent" without float noise. */
export function cents(x: number): number {
  return Math.round(roundPrice(x) * 100);
}

/**
 * Magento's delta rounding (`AbstractCalculator::deltaRound`): each rounding carries its remainder
 * to the next rounding under the same key, starting from 0.000001 (a tie-breaker for exact .5).
 * A zero amount is returned as is and leaves the remainder alone (PHP's `if ($price)`).
 * One instance per calculation run: Magento builds a fresh calculator for every `calculateTax`.
 */
export class DeltaRounder {
  private readonly deltas = new Map<string, number>();

  /** `initial`: the first remainder (0.000001 for tax; the discount's rounding starts at 0). */
  constructor(private readonly initial = 0.000001) {}

  round(amount: number, key: string, round = true): number {
    if (!amount) return amount;
    const delta = this.deltas.get(key) ?? this.initial;
    const value = amount + delta;
    const rounded = round ? roundPrice(value) : value;
    this.deltas.set(key, value - rounded);
    return rounded;
  }
}
