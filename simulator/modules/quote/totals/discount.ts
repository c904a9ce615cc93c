import {
  calculateDiscounts,
  type DiscountResult,
  type DiscountRule,
  loadDiscountRules,
} from '../../sales-rule/index.ts';
import { taxPass } from './tax.ts';
import type { CollectContext, QuoteTotals, TotalsCollector } from './types.ts';

/**
 * `discount` (sort 300) and `shipping_discount` (400): the cart's price rules through the
 * sales-rule engine, on the prices the tax settings say to discount (excl. or incl. tax, from a
 * tax pass without discounts, Magento's `tax_subtotal`). Lines first; shipping once its amount is
 * known. A coupon that no applied rule used is dropped from the totals (Magento then forgets it).
 * The `discount` segment shows only a non-zero discount: `Discount (<labels>)` or `Discount`.
 * @see Magento\SalesRule\Model\Quote\Discount, Magento\SalesRule\Model\Quote\Address\Total\ShippingDiscount
 */
export const discountCollector: TotalsCollector = {
  code: 'discount',
  sortOrder: 300,
  displayOrder: 20,
  collect(ctx, totals) {
    const result = discounts(ctx, totals, null);
    if (!result) {
      totals.couponCode = null;
      return;
    }
    result.items.forEach((d, i) => {
      const item = totals.items[i];
      if (!item) return;
      item.discountAmount = d.discountAmount;
      item.discountPercent = d.discountPercent;
      item.appliedRuleIds = d.appliedRuleIds;
    });
    apply(totals, result);
  },
  fetch: (_ctx, t) =>
    t.discountAmount === 0
      ? null
      : {
          code: 'discount',
          title: t.discountDescription ? `Discount (${t.discountDescription})` : 'Discount',
          value: t.discountAmount,
        },
};

export const shippingDiscountCollector: TotalsCollector = {
  code: 'shipping_discount',
  sortOrder: 400,
  displayOrder: 25,
  collect(ctx, totals) {
    if (ctx.isVirtual || !totals.shippingRate) return;
    const result = discounts(ctx, totals, totals.shippingAmount);
    if (!result || result.shippingDiscountAmount === 0) return;
    totals.shippingDiscountAmount = result.shippingDiscountAmount;
    apply(totals, result);
  },
};

function apply(totals: QuoteTotals, result: DiscountResult): void {
  const items = totals.items.reduce((n, i) => n + i.discountAmount, 0);
  totals.discountAmount = -(items + totals.shippingDiscountAmount);
  totals.discountDescription = result.description;
  totals.appliedRuleIds = result.appliedRuleIds;
  totals.couponCode = result.couponCode;
}

function discounts(ctx: CollectContext, totals: QuoteTotals, shipping: number | null): DiscountResult | null {
  const { s, quote, scope } = ctx;
  if (ctx.lines.length === 0) return null;
  const rules: DiscountRule[] = loadDiscountRules(s, {
    couponCode: quote.coupon_code,
    customerId: quote.customer_id,
  });
  if (rules.length === 0) return null;
  const prices = taxPass(ctx, totals, false).items;
  return calculateDiscounts({
    items: ctx.lines.map((l, i) => ({
      code: String(l.item.item_id),
      price: prices[i]?.discountCalculationPrice ?? l.product.unitPrice,
      qty: l.item.qty,
      rowTotalInclTax: prices[i]?.rowTotalInclTax,
    })),
    shippingAmount: shipping,
    rules,
    couponCode: quote.coupon_code,
    customerGroupId: quote.customer_group_id,
    websiteId: scope.websiteId,
    now: new Date(s.clock.now()),
    timezone: s.config.get('general/locale/timezone', scope.config) || 'UTC',
    storeId: scope.storeId,
  });
}
