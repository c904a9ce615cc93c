import { phpRound } from '../../tax/index.ts';
import type { TotalsCollector } from './types.ts';

/**
 * `subtotal` (sort 100): each line's calculation price (rounded to cents) times its qty, and the
 * cart's item quantity. The tax collector later restates the excl./incl. tax figures.
 * @see Magento\Quote\Model\Quote\Address\Total\Subtotal, Magento\Quote\Model\Quote\Item\AbstractItem::calcRowTotal
 */
export const subtotalCollector: TotalsCollector = {
  code: 'subtotal',
  sortOrder: 100,
  displayOrder: 10,
  collect(ctx, totals) {
    totals.items = ctx.lines.map(({ item, product }) => {
      const price = phpRound(product.unitPrice);
      const rowTotal = phpRound(price * item.qty);
      return {
        itemId: item.item_id,
        qty: item.qty,
        price,
        priceInclTax: price,
        rowTotal,
        rowTotalInclTax: rowTotal,
        taxAmount: 0,
        taxPercent: 0,
        discountAmount: 0,
        discountPercent: 0,
        discountTaxCompensation: 0,
        appliedRuleIds: [],
        appliedTaxes: [],
      };
    });
    totals.itemsQty = ctx.lines.reduce((n, l) => n + l.item.qty, 0);
    totals.subtotal = totals.items.reduce((n, i) => n + i.rowTotal, 0);
    totals.subtotalInclTax = totals.subtotal;
  },
  fetch: (_ctx, totals) => ({ code: 'subtotal', title: 'Subtotal', value: totals.subtotal }),
};
