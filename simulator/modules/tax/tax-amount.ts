import { phpRound } from './round.ts';

/**
 * The tax part of a price at `taxRate` percent: `price × rate` when the price excludes tax,
 * `price × (1 − 1 / (1 + rate))` when it includes it. Same float operations, in the same order,
 * as Magento, so the unrounded amounts match to the last bit. `round` defaults to true like
 * Magento's signature; the calculators always pass false and round through delta rounding.
 * @see Magento\Tax\Model\Calculation::calcTaxAmount
 */
export function calcTaxAmount(price: number, taxRate: number, priceIncludeTax = false, round = true): number {
  const rate = taxRate / 100;
  const amount = priceIncludeTax ? price * (1 - 1 / (1 + rate)) : price * rate;
  return round ? phpRound(amount) : amount;
}

/**
 * The customer's price including tax, from a catalog price that includes the *store* rate:
 * strip the store's tax, add the customer's. Used when prices include tax and the customer's
 * rate differs from the store (origin) rate with cross-border trade off.
 * @see Magento\Tax\Model\Calculation\AbstractCalculator::calculatePriceInclTax
 */
export function calculatePriceInclTax(
  storePriceInclTax: number,
  storeRate: number,
  customerRate: number,
  round = true,
): number {
  const storeTax = calcTaxAmount(storePriceInclTax, storeRate, true, false);
  const priceExclTax = storePriceInclTax - storeTax;
  const customerTax = calcTaxAmount(priceExclTax, customerRate, false, false);
  const customerPriceInclTax = priceExclTax + customerTax;
  return round ? phpRound(customerPriceInclTax) : customerPriceInclTax;
}

/**
 * Whether a tax-inclusive price can be used as is: always with cross-border trade on (one price
 * for everyone), otherwise only when the customer's rate equals the store rate (to 1e-5).
 * @see Magento\Tax\Model\Calculation\AbstractCalculator::isSameRateAsStore
 */
export function isSameRateAsStore(rate: number, storeRate: number, crossBorderTrade: boolean): boolean {
  return crossBorderTrade || Math.abs(rate - storeRate) < 0.00001;
}
