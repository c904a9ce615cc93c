import { DeltaRounder, roundPrice } from './php-round.ts';
import type { ResolvedRate } from './rate-resolver.ts';

/**
 * Magento's three tax calculators, line by line: what they round, and how far a rounding
 * remainder carries (magento-rest.md §14 "Rounding").
 *
 * | algorithm | taxed amount        | remainder carried               |
 * | --------- | ------------------- | ------------------------------- |
 * | UNIT      | unit price, × qty   | within the item only            |
 * | ROW       | row (unit × qty)    | within the item only            |
 * | TOTAL     | row                 | across items, per rate group    |
 *
 * Prices excluding tax are taxed per applied rate group (its id keys the delta); prices
 * including tax are split with the combined rate (its percent keys the delta), after moving the
 * price from the store's rate to the customer's when they differ (cross-border trade off).
 * With `applyAfterDiscount`, the tax is recomputed on the discounted amount and, for prices
 * including tax, the difference is the discount tax compensation.
 * @see Magento\Tax\Model\Calculation\UnitBaseCalculator, RowBaseCalculator, TotalBaseCalculator,
 *      AbstractAggregateCalculator, AbstractCalculator
 */
export type Algorithm = 'UNIT_BASE_CALCULATION' | 'ROW_BASE_CALCULATION' | 'TOTAL_BASE_CALCULATION';

export interface TaxItemInput {
  /** Item code: scopes the UNIT and ROW remainders (Magento's `sequence-N`). */
  code: string;
  /** Calculation price of one unit (including tax when prices include tax). */
  unitPrice: number;
  qty: number;
  /** Row discount, positive. */
  discount: number;
  rate: ResolvedRate;
  /** The store's rate for this product class (prices including tax only). */
  storeRatePercent?: number;
}

export interface TaxItemResult {
  code: string;
  price: number;
  priceInclTax: number;
  rowTotal: number;
  rowTotalInclTax: number;
  rowTax: number;
  discountTaxCompensation: number;
  taxPercent: number;
}

export interface CalculatorSettings {
  algorithm: Algorithm;
  priceIncludesTax: boolean;
  applyAfterDiscount: boolean;
}

const REGULAR = 'regular';
const BEFORE_DISCOUNT = 'tax_before_discount';

/** Magento's `Calculation::calcTaxAmount`: the tax part of a price, unrounded. */
export function taxOf(price: number, percent: number, priceIncludesTax: boolean): number {
  const r = percent / 100;
  return priceIncludesTax ? price * (1 - 1 / (1 + r)) : price * r;
}

/** One run of `calculateTax`: a fresh set of rounding remainders, items taxed in order. */
export class TaxCalculatorRun {
  private readonly deltas = new DeltaRounder();

  constructor(private readonly s: CalculatorSettings) {}

  item(it: TaxItemInput, round = true): TaxItemResult {
    if (this.s.priceIncludesTax) {
      return this.s.algorithm === 'UNIT_BASE_CALCULATION'
        ? this.unitInPrice(it, round)
        : this.rowInPrice(it, round);
    }
    return this.s.algorithm === 'UNIT_BASE_CALCULATION'
      ? this.unitNotInPrice(it, round)
      : this.rowNotInPrice(it, round);
  }

  private roundAmount(
    amount: number,
    rate: string,
    direction: boolean,
    type: string,
    it: TaxItemInput,
    round: boolean,
  ) {
    const scope = this.s.algorithm === 'TOTAL_BASE_CALCULATION' ? type : `${type}${it.code}`;
    return this.deltas.round(amount, `${scope}${direction ? '1' : ''}|${rate}`, round);
  }

  private r(x: number, round: boolean): number {
    return round ? roundPrice(x) : x;
  }

  private unitNotInPrice(it: TaxItemInput, round: boolean): TaxItemResult {
    const price = roundPrice(it.unitPrice);
    let unitTax = 0;
    let unitTaxBefore = 0;
    for (const g of it.rate.groups) {
      const before = this.r(taxOf(price, g.percent, false), round);
      let after = before;
      if (this.s.applyAfterDiscount) {
        const taxable = Math.max(price - it.discount / it.qty, 0);
        after = this.roundAmount(taxOf(taxable, g.percent, false), g.id, false, REGULAR, it, round);
      }
      unitTax += after;
      unitTaxBefore += before;
    }
    const priceInclTax = price + unitTaxBefore;
    return {
      code: it.code,
      price,
      priceInclTax,
      rowTotal: price * it.qty,
      rowTotalInclTax: priceInclTax * it.qty,
      rowTax: unitTax * it.qty,
      discountTaxCompensation: 0,
      taxPercent: it.rate.percent,
    };
  }

  private rowNotInPrice(it: TaxItemInput, round: boolean): TaxItemResult {
    const price = roundPrice(it.unitPrice);
    const rowTotal = price * it.qty;
    let rowTax = 0;
    let rowTaxBefore = 0;
    const beforeType = this.s.applyAfterDiscount ? BEFORE_DISCOUNT : REGULAR;
    for (const g of it.rate.groups) {
      const before = this.roundAmount(taxOf(rowTotal, g.percent, false), g.id, false, beforeType, it, round);
      let after = before;
      if (this.s.applyAfterDiscount) {
        const taxable = Math.max(rowTotal - it.discount, 0);
        after = this.roundAmount(taxOf(taxable, g.percent, false), g.id, false, REGULAR, it, round);
      }
      rowTax += after;
      rowTaxBefore += before;
    }
    const rowTotalInclTax = rowTotal + rowTaxBefore;
    return {
      code: it.code,
      price,
      priceInclTax: this.r(rowTotalInclTax / it.qty, round),
      rowTotal,
      rowTotalInclTax,
      rowTax,
      discountTaxCompensation: 0,
      taxPercent: it.rate.percent,
    };
  }

  private rowInPrice(it: TaxItemInput, round: boolean): TaxItemResult {
    const rate = it.rate.percent;
    const key = String(rate);
    const priceInclTax = this.customerPriceInclTax(it, round);
    const rowTotalInclTax = priceInclTax * it.qty;
    const beforeType = this.s.applyAfterDiscount ? BEFORE_DISCOUNT : REGULAR;
    let rowTax = this.roundAmount(taxOf(rowTotalInclTax, rate, true), key, true, beforeType, it, round);
    const rowTotal = rowTotalInclTax - rowTax;
    const price = this.r(rowTotal / it.qty, round);
    let compensation = 0;
    if (this.s.applyAfterDiscount) {
      const taxable = Math.max(rowTotalInclTax - it.discount, 0);
      const after = this.roundAmount(taxOf(taxable, rate, true), key, true, REGULAR, it, round);
      compensation = rowTax - after;
      rowTax = after;
    }
    return {
      code: it.code,
      price,
      priceInclTax,
      rowTotal,
      rowTotalInclTax,
      rowTax,
      discountTaxCompensation: compensation,
      taxPercent: rate,
    };
  }

  private unitInPrice(it: TaxItemInput, round: boolean): TaxItemResult {
    const rate = it.rate.percent;
    const key = String(rate);
    const priceInclTax = this.customerPriceInclTax(it, round);
    const beforeType = this.s.applyAfterDiscount ? BEFORE_DISCOUNT : REGULAR;
    let unitTax = this.roundAmount(taxOf(priceInclTax, rate, true), key, true, beforeType, it, round);
    const price = priceInclTax - unitTax;
    let compensation = 0;
    if (this.s.applyAfterDiscount) {
      const taxable = Math.max(priceInclTax - it.discount / it.qty, 0);
      const after = this.roundAmount(taxOf(taxable, rate, true), key, true, REGULAR, it, round);
      compensation = (unitTax - after) * it.qty;
      unitTax = after;
    }
    return {
      code: it.code,
      price,
      priceInclTax,
      rowTotal: price * it.qty,
      rowTotalInclTax: priceInclTax * it.qty,
      rowTax: unitTax * it.qty,
      discountTaxCompensation: compensation,
      taxPercent: rate,
    };
  }

  /** The unit price including the customer's tax: re-based when the store's rate differs. */
  private customerPriceInclTax(it: TaxItemInput, round: boolean): number {
    const stored = roundPrice(it.unitPrice);
    const storeRate = it.storeRatePercent ?? it.rate.percent;
    if (Math.abs(storeRate - it.rate.percent) < 1e-9) return stored;
    const excl = stored - taxOf(stored, storeRate, true);
    return this.r(excl + taxOf(excl, it.rate.percent, false), round);
  }
}
