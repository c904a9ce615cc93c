import type { Services } from '../../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../../errors.ts';
import type { PaymentMethodChoice } from '../../payment/index.ts';
import { toQuoteAddress } from '../address.ts';
import type { CartId } from '../cart-ref.ts';
import { setPaymentMethod } from '../payment.ts';
import { cartTotals } from '../payment-details.ts';
import { getActiveQuote, getQuote, saveQuote } from '../quote-repository.ts';
import { collectTotals } from './collect.ts';
import { collectContext } from './context.ts';

/**
 * The totals services: `GET .../totals`; `POST .../totals-information` (totals for an address and
 * method, nothing saved; an empty cart is `Totals calculation is not applicable to empty cart`);
 * `PUT .../collect-totals` (sets the shipping method when both codes are given, then the payment
 * method, and answers the totals).
 * @see Magento\Quote\Model\Cart\CartTotalRepository, Magento\Checkout\Model\TotalsInformationManagement
 * @see Magento\Quote\Model\Cart\CartTotalManagement, Magento\Quote\Model\ShippingMethodManagement::set
 */
export function getTotals(s: Services, cartId: CartId): Record<string, unknown> {
  return cartTotals(s, getActiveQuote(s, cartId));
}

export interface TotalsInformation {
  address?: Record<string, unknown> | null;
  shipping_carrier_code?: string | null;
  shipping_method_code?: string | null;
}

export function calculateTotals(
  s: Services,
  cartId: CartId,
  info: TotalsInformation,
): Record<string, unknown> {
  const quote = getQuote(s, cartId);
  if (quote.items.length === 0)
    throw new LocalizedError('Totals calculation is not applicable to empty cart');
  const virtual = collectContext(s, quote).isVirtual;
  const candidate = virtual
    ? { ...quote, billing_address: toQuoteAddress(info.address ?? {}, quote.billing_address.id, 'billing') }
    : {
        ...quote,
        shipping_address: toQuoteAddress(info.address ?? {}, quote.shipping_address.id, 'shipping'),
        shipping_method: `${info.shipping_carrier_code ?? ''}_${info.shipping_method_code ?? ''}`,
      };
  return cartTotals(s, candidate);
}

export interface CollectTotalsInput {
  paymentMethod: PaymentMethodChoice;
  shippingCarrierCode?: string | null;
  shippingMethodCode?: string | null;
}

export function collectTotalsFor(
  s: Services,
  cartId: CartId,
  input: CollectTotalsInput,
): Record<string, unknown> {
  if (input.shippingCarrierCode && input.shippingMethodCode) {
    setShippingMethod(s, cartId, input.shippingCarrierCode, input.shippingMethodCode);
  }
  setPaymentMethod(s, cartId, input.paymentMethod);
  return getTotals(s, cartId);
}

/** ShippingMethodManagement::set → apply: the method must be one the carriers quote now. */
export function setShippingMethod(s: Services, cartId: CartId, carrier: string, method: string): boolean {
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0) {
    throw new InputError(
      "The shipping method can't be set for an empty cart. Add an item to cart and try again.",
    );
  }
  if (collectContext(s, quote).isVirtual) {
    throw new NoSuchEntityError(
      'The Cart includes virtual product(s) only, so a shipping address is not used.',
    );
  }
  if (!quote.shipping_address.country_id) {
    throw new LocalizedError('The shipping address is missing. Set the address and try again.');
  }
  const next = { ...quote, shipping_method: `${carrier}_${method}` };
  if (!collectTotals(s, next).shippingRate) {
    throw new NoSuchEntityError('Carrier with such method not found: %1, %2', [carrier, method]);
  }
  saveQuote(s, next);
  return true;
}
