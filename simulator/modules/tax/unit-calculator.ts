import { appliedTax, splitAppliedTaxes } from './applied-taxes.ts';
import type {
  CalculatorContext,
  CalculatorOptions,
  TaxableItem,
  TaxCalculator,
  TaxDetailsItem,
} from './calculator.ts';
import { itemScoped } from './calculator.ts';
import { DeltaRounding, DeltaType } from './delta-rounding.ts';
import { phpRound } from './round.ts';
import { calcTaxAmount, calculatePriceInclTax, isSameRateAsStore } from './tax-amount.ts';

/**
 * Price includes tax: tax of one unit at the combined rate, delta-rounded, times qty. After a
 * discount the unit tax is recomputed on `unit price − discount/qty` and the difference becomes
 * the discount tax compensation. The unit price is taken as given (2.4.x no longer rounds it).
 */
function withTaxInPrice(item: TaxableItem, qty: number, ctx: CalculatorContext): TaxDetailsItem {
  const { options, roundAmount } = ctx;
  const rate = item.rates.percent;
  let priceInclTax = item.unitPrice;
  if (!isSameRateAsStore(rate, item.storeRates.percent, options.crossBorderTrade)) {
    priceInclTax = calculatePriceInclTax(priceInclTax, item.storeRates.percent, rate);
  }
  const type = options.applyAfterDiscount ? DeltaType.TAX_BEFORE_DISCOUNT : DeltaType.REGULAR;
  let unitTax = roundAmount(calcTaxAmount(priceInclTax, rate, true, false), rate, true, type, item);
  const price = priceInclTax - unitTax;
  let discountTaxCompensationAmount = 0;
  if (options.applyAfterDiscount) {
    const taxable = Math.max(priceInclTax - item.discountAmount / qty, 0);
    const exact = calcTaxAmount(taxable, rate, true, false);
    const unitTaxAfterDiscount = roundAmount(exact, rate, true, DeltaType.REGULAR, item);
    discountTaxCompensationAmount = (unitTax - unitTaxAfterDiscount) * qty;
    unitTax = unitTaxAfterDiscount;
  }
  const rowTax = unitTax * qty;
  return {
    code: item.code,
    type: item.type,
    rowTax,
    price,
    priceInclTax,
    rowTotal: price * qty,
    rowTotalInclTax: priceInclTax * qty,
    discountTaxCompensationAmount,
    taxPercent: rate,
    appliedTaxes: splitAppliedTaxes(rowTax, rate, item.rates.groups, ctx.deltas),
  };
}

/**
 * Price excludes tax: each rate group taxes the rounded unit price on its own, delta-rounded per
 * group; after a discount the unit tax is recomputed on `unit price − discount/qty`. Row tax is
 * the unit tax times qty, so a unit's rounding error is multiplied, never shared.
 */
function withTaxNotInPrice(item: TaxableItem, qty: number, ctx: CalculatorContext): TaxDetailsItem {
  const { options, roundAmount } = ctx;
  const price = phpRound(item.unitPrice);
  const type = options.applyAfterDiscount ? DeltaType.TAX_BEFORE_DISCOUNT : DeltaType.REGULAR;
  const unitTaxes: number[] = [];
  const unitTaxesBeforeDiscount: number[] = [];
  const appliedTaxes = item.rates.groups.map((group) => {
    const unitTax = roundAmount(
      calcTaxAmount(price, group.percent, false, false),
      group.id,
      false,
      type,
      item,
    );
    let unitTaxAfterDiscount = unitTax;
    if (options.applyAfterDiscount) {
      const taxable = Math.max(price - item.discountAmount / qty, 0);
      const exact = calcTaxAmount(taxable, group.percent, false, false);
      unitTaxAfterDiscount = roundAmount(exact, group.id, false, DeltaType.REGULAR, item);
    }
    unitTaxes.push(unitTaxAfterDiscount);
    unitTaxesBeforeDiscount.push(unitTax);
    return appliedTax(unitTaxAfterDiscount * qty, group);
  });
  const unitTax = unitTaxes.reduce((a, b) => a + b, 0);
  const priceInclTax = price + unitTaxesBeforeDiscount.reduce((a, b) => a + b, 0);
  return {
    code: item.code,
    type: item.type,
    rowTax: unitTax * qty,
    price,
    priceInclTax,
    rowTotal: price * qty,
    rowTotalInclTax: priceInclTax * qty,
    discountTaxCompensationAmount: 0,
    taxPercent: item.rates.percent,
    appliedTaxes: [...new Map(appliedTaxes.map((t) => [t.id, t])).values()],
  };
}

/**
 * Magento's UNIT_BASE_CALCULATION: tax is rounded per unit, then multiplied by qty; remainders
 * are scoped to the item code, so no rounding is shared between lines.
 * @see Magento\Tax\Model\Calculation\UnitBaseCalculator
 */
export function createUnitCalculator(
  options: CalculatorOptions,
  deltas = new DeltaRounding(),
): TaxCalculator {
  const ctx: CalculatorContext = { options, deltas, roundAmount: itemScoped(deltas) };
  return {
    calculate: (item) =>
      item.isTaxIncluded
        ? withTaxInPrice(item, item.quantity, ctx)
        : withTaxNotInPrice(item, item.quantity, ctx),
  };
}
