import type { Services } from '../../../context.ts';
import { phpRound } from '../../tax/index.ts';
import { lineProduct } from '../item-product.ts';
import type { Quote } from '../types.ts';
import { formattedOptions } from './item-options.ts';
import type { ItemTotals, QuoteTotals, TotalSegment } from './types.ts';

/**
 * `GET .../totals` (Quote/Api/Data/TotalsInterface), keys in the interface's order. Money is
 * rounded to cents; one currency, so every `base_*` equals its twin — `grand_total` too (2.4.6
 * stopped subtracting the tax from it). Null optional fields are left out, as Magento's output
 * processor does (`coupon_code`; `base_subtotal_incl_tax`, which the address never fills), while
 * required ones stay (`weee_tax_applied_amount: null`).
 * @see Magento\Quote\Model\Cart\CartTotalRepository::get, Magento\Quote\Model\Cart\Totals\ItemConverter
 */
const r = (n: number) => phpRound(n);

export function presentTotals(s: Services, quote: Quote, t: QuoteTotals): Record<string, unknown> {
  const currency = s.config.get('currency/options/base') ?? 'USD';
  const out: Record<string, unknown> = {
    grand_total: r(t.grandTotal),
    base_grand_total: r(t.grandTotal),
    subtotal: r(t.subtotal),
    base_subtotal: r(t.subtotal),
    discount_amount: r(t.discountAmount),
    base_discount_amount: r(t.discountAmount),
    subtotal_with_discount: r(t.subtotal + t.discountAmount),
    base_subtotal_with_discount: r(t.subtotal + t.discountAmount),
    shipping_amount: r(t.shippingAmount),
    base_shipping_amount: r(t.shippingAmount),
    shipping_discount_amount: r(t.shippingDiscountAmount),
    base_shipping_discount_amount: r(t.shippingDiscountAmount),
    tax_amount: r(t.taxAmount),
    base_tax_amount: r(t.taxAmount),
    weee_tax_applied_amount: null,
    shipping_tax_amount: r(t.shippingTaxAmount),
    base_shipping_tax_amount: r(t.shippingTaxAmount),
    subtotal_incl_tax: r(t.subtotalInclTax),
    shipping_incl_tax: r(t.shippingInclTax),
    base_shipping_incl_tax: r(t.shippingInclTax),
    base_currency_code: currency,
    quote_currency_code: currency,
  };
  if (t.couponCode) out['coupon_code'] = t.couponCode;
  out['items_qty'] = t.itemsQty;
  out['items'] = t.items.map((i) => presentItemTotals(s, quote, i));
  out['total_segments'] = t.segments.map(presentSegment);
  if (Object.keys(t.extension).length > 0) out['extension_attributes'] = t.extension;
  return out;
}

function presentItemTotals(s: Services, quote: Quote, i: ItemTotals): Record<string, unknown> {
  const item = quote.items.find((x) => x.item_id === i.itemId);
  const line = item ? lineProduct(s, item, quote.store_id) : null;
  return {
    item_id: i.itemId,
    price: r(i.price),
    base_price: r(i.price),
    qty: i.qty,
    row_total: r(i.rowTotal),
    base_row_total: r(i.rowTotal),
    row_total_with_discount: 0,
    tax_amount: r(i.taxAmount),
    base_tax_amount: r(i.taxAmount),
    tax_percent: i.taxPercent,
    discount_amount: r(i.discountAmount),
    base_discount_amount: r(i.discountAmount),
    discount_percent: i.discountPercent,
    price_incl_tax: r(i.priceInclTax),
    base_price_incl_tax: r(i.priceInclTax),
    row_total_incl_tax: r(i.rowTotalInclTax),
    base_row_total_incl_tax: r(i.rowTotalInclTax),
    options: item && line ? formattedOptions(s, item, line) : '[]',
    weee_tax_applied_amount: null,
    weee_tax_applied: null,
    name: line?.product.name ?? item?.name ?? '',
  };
}

export function presentSegment(seg: TotalSegment): Record<string, unknown> {
  const out: Record<string, unknown> = { code: seg.code, title: seg.title, value: r(seg.value) };
  if (seg.area) out['area'] = seg.area;
  if (seg.extension_attributes) out['extension_attributes'] = seg.extension_attributes;
  return out;
}
