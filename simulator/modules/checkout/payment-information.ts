import type { Services } from '../../context.ts';
import { LocalizedError, MagentoError } from '../../errors.ts';
import type { PaymentMethodChoice } from '../payment/index.ts';
import { toQuoteAddress } from '../quote/address.ts';
import { ownAddress } from '../quote/billing-address.ts';
import type { CartId } from '../quote/cart-ref.ts';
import { setPaymentMethod } from '../quote/payment.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { type PlaceOptions, placeOrder, SERVER_ERROR } from './place-order.ts';

/**
 * `POST /V1/carts/mine/payment-information` and `/V1/guest-carts/:cartId/payment-information`
 * (and their `set-payment-information` halves, which answer `true`): save the billing address when
 * one is sent (guests: with the `email`), set the payment method, then place the order. Placement
 * failures are re-thrown as CouldNotSaveException (400) with the failure's rendered text, so they
 * lose their parameters and their 404s; any other failure is the generic text — customers
 * `A server error stopped your order from being placed. ...`, guests `An error occurred on the
 * server. Please try to place the order again.`
 * @see Magento\Checkout\Model\PaymentInformationManagement, Magento\Checkout\Model\GuestPaymentInformationManagement
 */
export const GUEST_SERVER_ERROR = 'An error occurred on the server. Please try to place the order again.';

export interface PaymentInformation {
  paymentMethod: PaymentMethodChoice;
  billingAddress?: Record<string, unknown> | null;
  /** Guests only. */
  email?: string;
}

export function savePaymentInformation(s: Services, cartId: CartId, info: PaymentInformation): boolean {
  if (info.billingAddress) {
    const quote = getActiveQuote(s, cartId);
    const billing = toQuoteAddress(info.billingAddress, quote.billing_address.id, 'billing');
    saveQuote(s, { ...quote, billing_address: ownAddress(s, quote, billing) });
  }
  setPaymentMethod(s, cartId, info.paymentMethod);
  return true;
}

export function saveGuestPaymentInformation(s: Services, cartId: CartId, info: PaymentInformation): boolean {
  const quote = getActiveQuote(s, cartId);
  const email = info.email ?? null;
  const billing = info.billingAddress
    ? { ...toQuoteAddress(info.billingAddress, quote.billing_address.id, 'billing'), email }
    : { ...quote.billing_address, email };
  saveQuote(s, { ...quote, billing_address: billing });
  if (quote.items.reduce((n, i) => n + i.qty, 0) < 1)
    throw new LocalizedError('Some of the products are disabled.');
  setPaymentMethod(s, cartId, info.paymentMethod);
  return true;
}

export function savePaymentInformationAndPlaceOrder(
  s: Services,
  cartId: CartId,
  info: PaymentInformation,
  opts: PlaceOptions = {},
): number {
  savePaymentInformation(s, cartId, info);
  return wrapped(() => placeOrder(s, cartId, opts), SERVER_ERROR);
}

export function saveGuestPaymentInformationAndPlaceOrder(
  s: Services,
  cartId: CartId,
  info: PaymentInformation,
  opts: PlaceOptions = {},
): number {
  saveGuestPaymentInformation(s, cartId, info);
  return wrapped(() => placeOrder(s, cartId, { ...opts, guest: true }), GUEST_SERVER_ERROR);
}

function wrapped(place: () => number, generic: string): number {
  try {
    return place();
  } catch (err) {
    const rethrown = new LocalizedError(err instanceof MagentoError ? err.message : generic);
    const kept =
      typeof err === 'object' && err !== null && (err as { keepWrites?: unknown }).keepWrites === true;
    throw kept ? rethrown.keepingWrites() : rethrown;
  }
}
