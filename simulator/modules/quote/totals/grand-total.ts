import type { TotalsCollector } from './types.ts';

/**
 * `grand_total` (sort 550): subtotal + discount (negative) + shipping + tax, plus the discount
 * tax compensation when prices include tax; never below 0.
 * @see Magento\Quote\Model\Quote\Address\Total\Grand
 */
export const grandTotalCollector: TotalsCollector = {
  code: 'grand_total',
  sortOrder: 550,
  displayOrder: 100,
  collect(_ctx, t) {
    const sum =
      t.subtotal +
      t.discountAmount +
      t.shippingAmount +
      t.taxAmount +
      t.discountTaxCompensation +
      t.shippingDiscountTaxCompensation;
    t.grandTotal = Math.max(sum, 0);
  },
  fetch: (_ctx, t) => ({ code: 'grand_total', title: 'Grand Total', value: t.grandTotal, area: 'footer' }),
};
