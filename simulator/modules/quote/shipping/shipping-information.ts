import type { Services } from '../../../context.ts';
import { InputError, LocalizedError, MagentoError, NoSuchEntityError } from '../../../errors.ts';
import { toQuoteAddress } from '../address.ts';
import { ownAddress } from '../billing-address.ts';
import type { CartId } from '../cart-ref.ts';
import { paymentDetails } from '../payment-details.ts';
import { getActiveQuote, saveQuote } from '../quote-repository.ts';
import { quoteScope } from '../quote-scope.ts';
import { collectTotals } from '../totals/collect.ts';
import { collectContext } from '../totals/context.ts';
import type { Quote } from '../types.ts';
import { getPickupLocation, pickupAddress } from './pickup-location.ts';

/**
 * `POST .../shipping-information`: the checkout's address step. In Magento's order: an empty cart
 * (`The shipping method can't be set for an empty cart. ...`), a shipping address without a country
 * (`The shipping address is missing. ...`), then the addresses and method are saved — a failure
 * there (an unknown pickup location, a virtual-only cart) becomes `The shipping information was
 * unable to be saved. Error: "%message"` — and only then is the method checked against the rates
 * (404 `Carrier with such method not found: %1, %2`, or `The shipping method is missing. ...` when
 * no method code was sent), after the save, which stays. Answers `{payment_methods, totals}`.
 * @see Magento\Checkout\Model\ShippingInformationManagement::saveAddressInformation
 * @see Magento\Quote\Model\ShippingAddressManagement::assign, Magento\Quote\Model\ShippingMethodManagement::apply
 */
export interface ShippingInformation {
  shipping_address?: Record<string, unknown> | null;
  billing_address?: Record<string, unknown> | null;
  shipping_carrier_code?: string | null;
  shipping_method_code?: string | null;
}

export function saveShippingInformation(s: Services, cartId: CartId, info: ShippingInformation): unknown {
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0) {
    throw new InputError(
      "The shipping method can't be set for an empty cart. Add an item to cart and try again.",
    );
  }
  if (!info.shipping_address?.['country_id']) {
    throw new LocalizedError('The shipping address is missing. Set the address and try again.');
  }
  const carrier = info.shipping_carrier_code ?? '';
  const method = info.shipping_method_code ?? '';
  let saved: Quote;
  try {
    saved = saveQuote(s, withShipping(s, quote, info, `${carrier}_${method}`));
  } catch (err) {
    if (!(err instanceof MagentoError)) throw err;
    throw new InputError('The shipping information was unable to be saved. Error: "%message"', {
      message: err.message,
    });
  }
  const totals = collectTotals(s, saved);
  if (!collectContext(s, saved).isVirtual && !totals.shippingRate) {
    const error = method
      ? new NoSuchEntityError('Carrier with such method not found: %1, %2', [carrier, method])
      : new NoSuchEntityError('The shipping method is missing. Select the shipping method and try again.');
    throw error.keepingWrites();
  }
  return paymentDetails(s, saved);
}

function withShipping(s: Services, quote: Quote, info: ShippingInformation, methodCode: string): Quote {
  let next = quote;
  if (info.billing_address) {
    const billing = toQuoteAddress(info.billing_address, quote.billing_address.id, 'billing');
    next = { ...next, billing_address: ownAddress(s, quote, billing) };
  }
  let shipping = toQuoteAddress(info.shipping_address ?? {}, quote.shipping_address.id, 'shipping');
  if (shipping.pickup_location_code) {
    const source = getPickupLocation(s, quoteScope(s, quote), shipping.pickup_location_code);
    shipping = pickupAddress(source, shipping);
  }
  if (collectContext(s, quote).isVirtual) {
    throw new NoSuchEntityError(
      'The Cart includes virtual product(s) only, so a shipping address is not used.',
    );
  }
  shipping = ownAddress(s, quote, shipping);
  return { ...next, shipping_address: shipping, shipping_method: methodCode };
}
