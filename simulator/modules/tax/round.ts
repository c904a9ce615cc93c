/**
 * The number of significant digits PHP (up to 8.3) keeps when it "pre-rounds" a float inside
 * `round()`: `precision_places = 14 - floor(log10(|value|))` decimals, i.e. 15 significant digits.
 * That pre-rounding is why PHP's `round(1.005, 2)` is 1.01 although the double 1.005 is
 * 1.00499999999999989…, and Magento's tax totals depend on it.
 */
export const PHP_PRE_ROUNDING_DIGITS = 15;

/**
 * PHP `round($value, $places)` with PHP_ROUND_HALF_UP (half away from zero), as Magento's
 * `PriceCurrency::round()` (places = 2) rounds every tax amount.
 *
 * Choice: the value is first pre-rounded to 15 significant digits (PHP ≤ 8.3 `round()`,
 * Magento 2.4.6/2.4.7), then rounded half away from zero in decimal, so no float error sneaks in
 * (`1.005 → 1.01`, `2.675 → 2.68`, `-1.005 → -1.01`). Magento 2.4.8 instead pre-rounds through
 * `(string) $price` (14 digits); the two differ only for values whose 15th significant digit
 * matters, which money arithmetic does not produce. Negative zero is returned as 0.
 * @see Magento\Directory\Model\PriceCurrency::round
 */
export function phpRound(value: number, places = 2): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  if (!Number.isInteger(places) || places < 0) throw new RangeError('places must be a whole number ≥ 0');
  const sign = value < 0 ? -1 : 1;
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(PHP_PRE_ROUNDING_DIGITS).split('e');
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const keep = (point === -1 ? mantissa.length : point) + Number(exponent) + places;
  if (keep >= digits.length) return sign * Number(`${mantissa}e${exponent}`);
  if (keep < 0) return 0;
  const roundUp = digits.charCodeAt(keep) - 48 >= 5 ? 1 : 0;
  const scaled = Number(digits.slice(0, keep) || '0') + roundUp;
  const result = (sign * scaled) / 10 ** places;
  return result === 0 ? 0 : result;
}
