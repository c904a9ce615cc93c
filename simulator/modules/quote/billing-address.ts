import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { findCustomer } from '../customer/customer-repository.ts';
import { presentAddress, toQuoteAddress } from './address.ts';
import type { CartId } from './cart-ref.ts';
import { getActiveQuote, saveQuote } from './quote-repository.ts';
import { QUOTE_ADDRESS_SEQ, type Quote, type QuoteAddress } from './types.ts';

/**
 * `GET|POST .../billing-address`: reading and replacing the cart's billing address. The old
 * address is removed and a new one added, so the answer (the address id) changes each time;
 * `useForShipping` copies it to the shipping address (`same_as_billing` 1).
 * @see Magento\Quote\Model\BillingAddressManagement, Magento\Quote\Model\QuoteAddressValidator
 */
export function getBillingAddress(s: Services, cartId: CartId): Record<string, unknown> {
  return presentAddress(getActiveQuote(s, cartId).billing_address);
}

export function assignBillingAddress(
  s: Services,
  cartId: CartId,
  input: Record<string, unknown>,
  useForShipping = false,
): number {
  const quote = getActiveQuote(s, cartId);
  const billing = ownAddress(s, quote, toQuoteAddress(input, s.store.nextId(QUOTE_ADDRESS_SEQ), 'billing'));
  const next: Quote = { ...quote, billing_address: billing };
  if (useForShipping) {
    next.shipping_address = {
      ...billing,
      id: s.store.nextId(QUOTE_ADDRESS_SEQ),
      address_type: 'shipping',
      same_as_billing: 1,
    };
  }
  saveQuote(s, next);
  return billing.id;
}

/**
 * A `customer_address_id` must be one of the cart customer's addresses (a guest has none):
 * 404 `Invalid customer address id %1`. The address is stamped with the cart's customer.
 */
export function ownAddress(s: Services, quote: Quote, address: QuoteAddress): QuoteAddress {
  const id = address.customer_address_id;
  if (id !== undefined && id !== null) {
    const customer = quote.customer_id === null ? undefined : findCustomer(s, quote.customer_id);
    if (!customer?.addresses.some((a) => a.id === id)) {
      throw new NoSuchEntityError('Invalid customer address id %1', [id]);
    }
  }
  return { ...address, customer_id: quote.customer_id };
}
