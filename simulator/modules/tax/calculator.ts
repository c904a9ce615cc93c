import type { DeltaRounding } from './delta-rounding.ts';
import type { AppliedRates, AppliedTax } from './types.ts';

/**
 * One line handed to a calculator (`QuoteDetailsItemInterface`): `code` must be unique in the
 * quote (Magento uses `sequence-N` and `shipping`), as Unit and Row scope remainders by it.
 */
export interface TaxableItem {
  code: string;
  type: 'product' | 'shipping';
  unitPrice: number;
  quantity: number;
  /** The row's discount; 0 when none. */
  discountAmount: number;
  isTaxIncluded: boolean;
  /** Customer rates for the item's tax class. */
  rates: AppliedRates;
  /** Store (origin) rates for the item's tax class, to convert tax-inclusive prices. */
  storeRates: AppliedRates;
}

/** One line's result (`TaxDetailsItemInterface`); amounts are unrounded where Magento's are. */
export interface TaxDetailsItem {
  code: string;
  type: 'product' | 'shipping';
  rowTax: number;
  price: number;
  priceInclTax: number;
  rowTotal: number;
  rowTotalInclTax: number;
  discountTaxCompensationAmount: number;
  taxPercent: number;
  appliedTaxes: AppliedTax[];
}

/** The two config flags a calculator reads (`applyTaxAfterDiscount`, `crossBorderTradeEnabled`). */
export interface CalculatorOptions {
  applyAfterDiscount: boolean;
  crossBorderTrade: boolean;
}

/**
 * Delta-round one amount under the algorithm's key scoping: Unit and Row append the item code
 * to the type (remainders never cross items), Total does not (they carry across the quote).
 * @see Magento\Tax\Model\Calculation\UnitBaseCalculator::roundAmount
 */
export type RoundAmount = (
  amount: number,
  rate: string | number,
  direction: boolean,
  type: string,
  item: TaxableItem,
) => number;

/** What a calculation needs besides the item: flags, the shared remainders and the scoping. */
export interface CalculatorContext {
  options: CalculatorOptions;
  deltas: DeltaRounding;
  roundAmount: RoundAmount;
}

/** A calculator keeps its remainders across calls: use one per quote, items then shipping. */
export interface TaxCalculator {
  calculate(item: TaxableItem): TaxDetailsItem;
}

/** Unit and Row: the item code joins the delta key. */
export const itemScoped =
  (deltas: DeltaRounding): RoundAmount =>
  (amount, rate, direction, type, item) =>
    deltas.round(amount, rate, direction, `${type}${item.code}`);
