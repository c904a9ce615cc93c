import { defaultAddress } from '../../customer/addresses.ts';
import type { Address } from '../../customer/types.ts';
import {
  calculateQuoteTax,
  chooseTaxAddress,
  phpRound,
  type QuoteTaxResult,
  type TaxAddress,
} from '../../tax/index.ts';
import { taxAddressConfig, taxConfig, taxRatesFor } from '../../tax/resources/index.ts';
import type { QuoteAddress } from '../types.ts';
import type { CollectContext, QuoteTotals, TotalsCollector } from './types.ts';

/**
 * `tax` (sort 450): the tax engine over the lines in cart order and then shipping, on the address
 * `tax/calculation/based_on` picks (the cart's shipping or billing address, the customer's default
 * addresses, the shipping origin or the tax defaults), with the cart group's customer tax class,
 * each line's product tax class and `tax/classes/shipping_tax_class`. It restates the subtotal
 * (excl. and incl. tax) and shipping, and shows the `tax` segment with its rate breakdown.
 * @see Magento\Tax\Model\Sales\Total\Quote\Tax::collect, ::fetch
 * @see Magento\Tax\Model\Quote\GrandTotalDetailsPlugin (tax_grandtotal_details)
 */
export const taxCollector: TotalsCollector = {
  code: 'tax',
  sortOrder: 450,
  displayOrder: 40,
  collect(ctx, totals) {
    const result = taxPass(ctx, totals, true);
    result.items.forEach((line, i) => {
      const item = totals.items[i];
      if (!item) return;
      Object.assign(item, {
        price: line.price,
        priceInclTax: line.priceInclTax,
        rowTotal: line.rowTotal,
        rowTotalInclTax: line.rowTotalInclTax,
        taxAmount: line.taxAmount,
        taxPercent: line.taxPercent,
        discountTaxCompensation: line.discountTaxCompensationAmount,
        appliedTaxes: line.appliedRates,
      });
    });
    totals.subtotal = result.totals.subtotal;
    totals.subtotalInclTax = result.totals.subtotalInclTax;
    totals.taxAmount = result.totals.taxAmount;
    totals.shippingTaxAmount = result.totals.shippingTaxAmount;
    totals.discountTaxCompensation = result.totals.discountTaxCompensationAmount;
    totals.shippingDiscountTaxCompensation = result.totals.shippingDiscountTaxCompensationAmount;
    totals.appliedTaxes = result.totals.appliedTaxes;
    if (result.shipping) {
      totals.shippingAmount = result.shipping.amount;
      totals.shippingInclTax = result.shipping.amountInclTax;
    }
  },
  fetch: (_ctx, totals) => ({
    code: 'tax',
    title: 'Tax',
    value: totals.taxAmount,
    extension_attributes: {
      tax_grandtotal_details: totals.appliedTaxes.map((t, i) => ({
        amount: phpRound(t.amount),
        rates: t.rates.map((r) => ({ percent: String(r.percent), title: r.title })),
        group_id: i + 1,
      })),
    },
  }),
};

/**
 * One run of the engine. Without discounts it gives the prices the discount collector works on
 * (Magento's `tax_subtotal` pass, sort 200); with them, the final tax.
 */
export function taxPass(ctx: CollectContext, totals: QuoteTotals, withDiscounts: boolean): QuoteTaxResult {
  const { s, scope } = ctx;
  const config = taxConfig(s, scope);
  const address = taxAddress(ctx);
  const defaultCustomerClass = Number(
    s.config.get('tax/classes/default_customer_tax_class', scope.config) ?? 3,
  );
  const origin = taxAddressConfig(s, scope).origin;
  const ratesFor = (productTaxClassId: number) =>
    taxRatesFor(s, {
      customerTaxClassId: ctx.customerTaxClassId,
      productTaxClassId,
      address,
      storeId: scope.storeId,
    });
  const storeRatesFor = (productTaxClassId: number) =>
    taxRatesFor(s, {
      customerTaxClassId: defaultCustomerClass,
      productTaxClassId,
      address: origin ?? address,
      storeId: scope.storeId,
    });
  const shippingClass = Number(s.config.get('tax/classes/shipping_tax_class', scope.config) ?? 0) || 0;
  return calculateQuoteTax({
    items: ctx.lines.map((l, i) => ({
      code: String(l.item.item_id),
      unitPrice: l.product.unitPrice,
      qty: l.item.qty,
      taxClassId: l.product.taxClassId,
      discountAmount: withDiscounts ? (totals.items[i]?.discountAmount ?? 0) : 0,
    })),
    shipping: ctx.isVirtual
      ? null
      : {
          amount: totals.shippingRate?.price ?? 0,
          discountAmount: withDiscounts ? totals.shippingDiscountAmount : 0,
          taxClassId: shippingClass,
        },
    ratesFor,
    storeRatesFor,
    config,
  });
}

/** The rate request address, with Magento's fallbacks. */
export function taxAddress(ctx: CollectContext): TaxAddress {
  const { quote, customer } = ctx;
  const pick = (a: Address | null) =>
    a ? { country_id: a.country_id, region_id: a.region_id, postcode: a.postcode } : null;
  const chosen = chooseTaxAddress({
    ...taxAddressConfig(ctx.s, ctx.scope),
    isVirtual: ctx.isVirtual,
    shippingAddress: quoteTaxAddress(quote.shipping_address),
    billingAddress: quoteTaxAddress(quote.billing_address),
    customer: customer
      ? {
          defaultBilling: pick(defaultAddress(ctx.s, customer, 'billing')),
          defaultShipping: pick(defaultAddress(ctx.s, customer, 'shipping')),
        }
      : null,
  });
  return { country_id: chosen.country_id, region_id: chosen.region_id, postcode: chosen.postcode };
}

const quoteTaxAddress = (a: QuoteAddress): TaxAddress => ({
  country_id: a.country_id,
  region_id: a.region_id,
  postcode: a.postcode,
});
