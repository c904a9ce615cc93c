/**
 * Money and quantity arithmetic the way Magento's PriceCurrency and PHP do it: amounts rounded half
 * away from zero to 2 decimals, quantities to 4 (DECIMAL(12,4)), floats rendered into messages the
 * way PHP casts them to strings, and prices formatted like `$1,234.50` for the store currency.
 * @see Magento\Directory\Model\PriceCurrency::round, Magento\Directory\Model\Currency::formatTxt
 */

/** A number from a stored field that may be absent (raw-saved orders): null and junk count as 0. */
export function n(v: unknown): number {
  const x = typeof v === 'number' ? v : Number(v ?? 0);
  return Number.isFinite(x) ? x : 0;
}

/** PriceCurrency::round: 2 decimals, half away from zero, immune to 1.005-style float drift. */
export function round2(x: number): number {
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.round(Number(`${Math.abs(x)}e2`))) / 100 || 0;
}

/** Quantities and reservation amounts are DECIMAL(12,4). */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000 || 0;
}

/** PHP's `(string)$float` (precision 14): `10.0` → `10`, `0.1 + 0.2` → `0.3`. */
export function phpFloat(x: number): string {
  return String(Number(x.toPrecision(14)));
}

/** A price as Magento formats it for messages and comments, e.g. `$1,234.50`. */
export function formatPrice(amount: number, currency = 'USD'): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
  } catch {
    return `${currency} ${amount.toFixed(2)}`;
  }
}

/** `a ≈ b` with Magento's 0.0001 float tolerance. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.0001;
