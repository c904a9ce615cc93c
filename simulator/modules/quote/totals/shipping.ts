import { collectRates, methodCode, type ShippingRate } from '../shipping/carriers.ts';
import { rateRequest } from './context.ts';
import type { CollectContext, QuoteTotals, TotalsCollector } from './types.ts';

/**
 * `shipping` (sort 350): the price of the chosen method as the carriers quote it now (a method no
 * carrier quotes any more costs nothing and leaves the cart without a shipping method), and the
 * description `Carrier title - Method title`. Virtual carts ship nothing.
 * @see Magento\Quote\Model\Quote\Address\Total\Shipping::collect, ::fetch
 */
export const shippingCollector: TotalsCollector = {
  code: 'shipping',
  sortOrder: 350,
  displayOrder: 30,
  collect(ctx, totals) {
    const rate = selectedRate(ctx, totals);
    totals.shippingRate = rate;
    totals.shippingAmount = rate?.price ?? 0;
    totals.shippingInclTax = totals.shippingAmount;
    totals.shippingDescription = rate
      ? `${rate.carrier_title} - ${rate.method_title}`.replace(/^[ -]+|[ -]+$/g, '')
      : null;
  },
  fetch: (_ctx, totals) => ({
    code: 'shipping',
    title: totals.shippingDescription
      ? `Shipping & Handling (${totals.shippingDescription})`
      : 'Shipping & Handling',
    value: totals.shippingAmount,
  }),
};

function selectedRate(ctx: CollectContext, totals: QuoteTotals): ShippingRate | null {
  const method = ctx.quote.shipping_method;
  if (ctx.isVirtual || !method || !ctx.quote.shipping_address.country_id) return null;
  const packageValue = totals.subtotal + totals.discountAmount;
  const rates = collectRates(ctx.s, rateRequest(ctx, ctx.quote.shipping_address, packageValue));
  return rates.find((r) => methodCode(r) === method) ?? null;
}
