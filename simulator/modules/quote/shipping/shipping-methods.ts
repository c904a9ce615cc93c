import type { Services } from '../../../context.ts';
import { LocalizedError } from '../../../errors.ts';
import { getAddress } from '../../customer/addresses.ts';
import { phpRound } from '../../tax/index.ts';
import { taxConfig, taxRatesFor } from '../../tax/resources/index.ts';
import { toQuoteAddress } from '../address.ts';
import type { CartId } from '../cart-ref.ts';
import { getActiveQuote } from '../quote-repository.ts';
import { collectTotals } from '../totals/collect.ts';
import { collectContext, rateRequest } from '../totals/context.ts';
import { taxAddress } from '../totals/tax.ts';
import type { CollectContext } from '../totals/types.ts';
import type { Quote, QuoteAddress } from '../types.ts';
import { collectRates, type ShippingRate } from './carriers.ts';

/**
 * The shipping methods a cart can use: `GET .../shipping-methods` (for the cart's shipping address;
 * none set: `The shipping address is missing. Set the address and try again.`),
 * `POST .../estimate-shipping-methods` (for an address in the body) and
 * `.../estimate-shipping-methods-by-address-id` (a customer address). Empty and virtual carts
 * have none (`[]`).
 * @see Magento\Quote\Model\ShippingMethodManagement, Magento\Quote\Model\Cart\ShippingMethodConverter
 */
export function listShippingMethods(s: Services, cartId: CartId): unknown[] {
  const quote = getActiveQuote(s, cartId);
  if (noShipping(s, quote)) return [];
  if (!quote.shipping_address.country_id) {
    throw new LocalizedError('The shipping address is missing. Set the address and try again.');
  }
  return methodsFor(s, quote, quote.shipping_address);
}

export function estimateShippingMethods(
  s: Services,
  cartId: CartId,
  input: Record<string, unknown>,
): unknown[] {
  const quote = getActiveQuote(s, cartId);
  if (noShipping(s, quote)) return [];
  return methodsFor(s, quote, toQuoteAddress(input, quote.shipping_address.id, 'shipping'));
}

export function estimateByAddressId(s: Services, cartId: CartId, addressId: number): unknown[] {
  const quote = getActiveQuote(s, cartId);
  if (noShipping(s, quote)) return [];
  const a = getAddress(s, addressId);
  const address = toQuoteAddress({ ...a, region: a.region.region }, quote.shipping_address.id, 'shipping');
  return methodsFor(s, quote, address);
}

function noShipping(s: Services, quote: Quote): boolean {
  return quote.items.length === 0 || collectContext(s, quote).isVirtual;
}

function methodsFor(s: Services, quote: Quote, address: QuoteAddress): unknown[] {
  const candidate: Quote = { ...quote, shipping_address: address, shipping_method: null };
  const totals = collectTotals(s, candidate);
  const ctx = collectContext(s, candidate);
  const rates = collectRates(s, rateRequest(ctx, address, totals.subtotal + totals.discountAmount));
  return rates.map((rate) => presentMethod(ctx, rate));
}

/** ShippingMethodInterface, with the price with and without the shipping tax class's rate. */
export function presentMethod(ctx: CollectContext, rate: ShippingRate): Record<string, unknown> {
  const { s, scope } = ctx;
  const shippingClass = Number(s.config.get('tax/classes/shipping_tax_class', scope.config) ?? 0) || 0;
  const percent =
    shippingClass === 0
      ? 0
      : taxRatesFor(s, {
          customerTaxClassId: ctx.customerTaxClassId,
          productTaxClassId: shippingClass,
          address: taxAddress(ctx),
          storeId: scope.storeId,
        }).percent;
  const included = taxConfig(s, scope).shippingIncludesTax;
  const excl = included ? rate.price / (1 + percent / 100) : rate.price;
  const incl = included ? rate.price : rate.price * (1 + percent / 100);
  return {
    carrier_code: rate.carrier_code,
    method_code: rate.method_code,
    carrier_title: rate.carrier_title,
    method_title: rate.method_title,
    amount: phpRound(rate.price),
    base_amount: phpRound(rate.price),
    available: true,
    error_message: '',
    price_excl_tax: phpRound(excl),
    price_incl_tax: phpRound(incl),
  };
}
