import { appliedTax, splitAppliedTaxes } from './applied-taxes.ts';
import type { CalculatorContext, TaxableItem, TaxDetailsItem } from './calculator.ts';
import { DeltaType } from './delta-rounding.ts';
import { phpRound } from './round.ts';
import { calcTaxAmount, calculatePriceInclTax, isSameRateAsStore } from './tax-amount.ts';

/**
 * Price includes tax: the row's tax at the combined rate is delta-rounded once; the row total
 * excl. tax is what remains and the unit price is that over qty, rounded. After a discount the
 * row tax is recomputed on `row incl. tax − discount` and the difference is the discount tax
 * compensation.
 */
function withTaxInPrice(item: TaxableItem, qty: number, ctx: CalculatorContext): TaxDetailsItem {
  const { options, roundAmount } = ctx;
  const rate = item.rates.percent;
  let priceInclTax = phpRound(item.unitPrice);
  let rowTotalInclTax = priceInclTax * qty;
  if (!isSameRateAsStore(rate, item.storeRates.percent, options.crossBorderTrade)) {
    priceInclTax = calculatePriceInclTax(priceInclTax, item.storeRates.percent, rate);
    rowTotalInclTax = priceInclTax * qty;
  }
  const type = options.applyAfterDiscount ? DeltaType.TAX_BEFORE_DISCOUNT : DeltaType.REGULAR;
  let rowTax = roundAmount(calcTaxAmount(rowTotalInclTax, rate, true, false), rate, true, type, item);
  const rowTotal = rowTotalInclTax - rowTax;
  const price = phpRound(rowTotal / qty);
  let discountTaxCompensationAmount = 0;
  if (options.applyAfterDiscount) {
    const taxable = Math.max(rowTotalInclTax - item.discountAmount, 0);
    const exact = calcTaxAmount(taxable, rate, true, false);
    const rowTaxAfterDiscount = roundAmount(exact, rate, true, DeltaType.REGULAR, item);
    discountTaxCompensationAmount = rowTax - rowTaxAfterDiscount;
    rowTax = rowTaxAfterDiscount;
  }
  return {
    code: item.code,
    type: item.type,
    rowTax,
    price,
    priceInclTax,
    rowTotal,
    rowTotalInclTax,
    discountTaxCompensationAmount,
    taxPercent: rate,
    appliedTaxes: splitAppliedTaxes(rowTax, rate, item.rates.groups, ctx.deltas),
  };
}

/**
 * Price excludes tax: each rate group taxes the whole row (rounded unit price × qty) and is
 * delta-rounded on its own; after a discount the group's tax is recomputed on
 * `row − discount`. Price incl. tax is the row incl. tax over qty, rounded.
 */
function withTaxNotInPrice(item: TaxableItem, qty: number, ctx: CalculatorContext): TaxDetailsItem {
  const { options, roundAmount } = ctx;
  const price = phpRound(item.unitPrice);
  const rowTotal = price * qty;
  const type = options.applyAfterDiscount ? DeltaType.TAX_BEFORE_DISCOUNT : DeltaType.REGULAR;
  const rowTaxes: number[] = [];
  const rowTaxesBeforeDiscount: number[] = [];
  const appliedTaxes = item.rates.groups.map((group) => {
    const exact = calcTaxAmount(rowTotal, group.percent, false, false);
    const rowTaxPerRate = roundAmount(exact, group.id, false, type, item);
    let rowTaxAfterDiscount = rowTaxPerRate;
    if (options.applyAfterDiscount) {
      const taxable = Math.max(rowTotal - item.discountAmount, 0);
      const afterDiscount = calcTaxAmount(taxable, group.percent, false, false);
      rowTaxAfterDiscount = roundAmount(afterDiscount, group.id, false, DeltaType.REGULAR, item);
    }
    rowTaxes.push(rowTaxAfterDiscount);
    rowTaxesBeforeDiscount.push(rowTaxPerRate);
    return appliedTax(rowTaxAfterDiscount, group);
  });
  const rowTotalInclTax = rowTotal + rowTaxesBeforeDiscount.reduce((a, b) => a + b, 0);
  return {
    code: item.code,
    type: item.type,
    rowTax: rowTaxes.reduce((a, b) => a + b, 0),
    price,
    priceInclTax: phpRound(rowTotalInclTax / qty),
    rowTotal,
    rowTotalInclTax,
    discountTaxCompensationAmount: 0,
    taxPercent: item.rates.percent,
    appliedTaxes: [...new Map(appliedTaxes.map((t) => [t.id, t])).values()],
  };
}

/**
 * The arithmetic Row and Total share; they differ only in how `ctx.roundAmount` scopes the
 * remainders. Weee (FPT) lines, which round without delta, are out of scope.
 * @see Magento\Tax\Model\Calculation\AbstractAggregateCalculator
 */
export function aggregateCalculate(item: TaxableItem, ctx: CalculatorContext): TaxDetailsItem {
  return item.isTaxIncluded
    ? withTaxInPrice(item, item.quantity, ctx)
    : withTaxNotInPrice(item, item.quantity, ctx);
}
