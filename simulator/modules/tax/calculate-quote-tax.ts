import type { TaxableItem, TaxDetailsItem } from './calculator.ts';
import { createCalculator } from './calculator-factory.ts';
import { collectAppliedTaxes } from './quote-applied-taxes.ts';
import type { ItemTax, QuoteTaxInput, QuoteTaxResult, ShippingTax } from './types.ts';

/** Magento's code for the shipping line, shared by the delta keys of Unit and Row. */
export const SHIPPING_CODE = 'shipping';

const sum = (lines: readonly TaxDetailsItem[], pick: (l: TaxDetailsItem) => number) =>
  lines.reduce((total, line) => total + pick(line), 0);

/**
 * Tax for a quote address, as the `tax` collector (sort order 450) finally computes it: one
 * calculator over all product lines in cart order, then the shipping line, so remainders flow
 * exactly as in Magento (TOTAL carries them from the last item into shipping at the same rate).
 * Earlier collectors (tax_subtotal 200, tax_shipping 375) only produce provisional values
 * that this pass overwrites; discounts come in already computed by the discount collector (300).
 *
 * Lines are keyed `sequence-1…N` and `shipping` internally, as `mapItem()` does, so repeated
 * SKUs never share a remainder. Amounts are Magento's floats, not re-rounded (e.g. a row total
 * excl. tax is `incl − tax`); round for display only.
 * @see Magento\Tax\Model\Sales\Total\Quote\Tax::collect
 * @see Magento\Tax\Model\TaxCalculation::calculateTax
 */
export function calculateQuoteTax(input: QuoteTaxInput): QuoteTaxResult {
  const { config } = input;
  const calculator = createCalculator(config.algorithm, config);
  const storeRatesFor = input.storeRatesFor ?? input.ratesFor;
  const taxable = (taxClassId: number) => ({
    rates: input.ratesFor(taxClassId),
    storeRates: storeRatesFor(taxClassId),
  });

  const lines = input.items.map((item, i) => {
    const line: TaxableItem = {
      code: `sequence-${i + 1}`,
      type: 'product',
      unitPrice: item.unitPrice,
      quantity: item.qty,
      discountAmount: item.discountAmount ?? 0,
      isTaxIncluded: config.priceIncludesTax,
      ...taxable(item.taxClassId),
    };
    return calculator.calculate(line);
  });
  const shippingLine = input.shipping
    ? calculator.calculate({
        code: SHIPPING_CODE,
        type: 'shipping',
        unitPrice: input.shipping.amount,
        quantity: 1,
        discountAmount: input.shipping.discountAmount || 0,
        isTaxIncluded: config.shippingIncludesTax,
        ...taxable(input.shipping.taxClassId),
      })
    : null;

  const items: ItemTax[] = lines.map((line, i) => ({
    code: input.items[i]!.code,
    price: line.price,
    priceInclTax: line.priceInclTax,
    rowTotal: line.rowTotal,
    rowTotalInclTax: line.rowTotalInclTax,
    taxAmount: line.rowTax,
    taxPercent: line.taxPercent,
    discountTaxCompensationAmount: line.discountTaxCompensationAmount,
    discountCalculationPrice: config.discountTax ? line.priceInclTax : line.price,
    appliedRates: line.appliedTaxes,
  }));
  const shipping: ShippingTax | null = shippingLine && {
    amount: shippingLine.rowTotal,
    amountInclTax: shippingLine.rowTotalInclTax,
    taxAmount: shippingLine.rowTax,
    discountTaxCompensationAmount: shippingLine.discountTaxCompensationAmount,
    appliedRates: shippingLine.appliedTaxes,
  };
  const shippingTax = shippingLine?.rowTax ?? 0;
  return {
    items,
    shipping,
    totals: {
      subtotal: sum(lines, (l) => l.rowTotal),
      subtotalInclTax: sum(lines, (l) => l.rowTotalInclTax),
      taxAmount: sum(lines, (l) => l.rowTax) + shippingTax,
      shippingTaxAmount: shippingTax,
      discountTaxCompensationAmount: sum(lines, (l) => l.discountTaxCompensationAmount),
      shippingDiscountTaxCompensationAmount: shippingLine?.discountTaxCompensationAmount ?? 0,
      appliedTaxes: collectAppliedTaxes(shippingLine ? [...lines, shippingLine] : lines),
    },
  };
}
