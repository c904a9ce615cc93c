import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { getCustomer } from '../customer/customer-repository.ts';
import type { Customer } from '../customer/types.ts';
import { emptyAddress } from './address.ts';
import { createMask } from './masked-ids.ts';
import { findActiveCustomerQuote, saveQuote } from './quote-repository.ts';
import { QUOTE_ADDRESS_SEQ, QUOTES, type Quote } from './types.ts';

/**
 * Creating carts: anonymous carts (admin `POST /V1/carts/`, and guest carts that are handed out as
 * a masked id) and customer carts, which return the customer's active cart when there is one.
 * Every cart lives in the store view of the URL (`/rest/<store_code>/V1/...`).
 * @see Magento\Quote\Model\QuoteManagement::createEmptyCart, ::createEmptyCartForCustomer
 * @see Magento\Quote\Model\GuestCart\GuestCartManagement::createEmptyCart
 */
export function createEmptyCart(s: Services, storeId: number): number {
  return saveQuote(s, newQuote(s, storeId)).id;
}

/** `POST /V1/guest-carts`: a new anonymous cart, answered by its 32-character masked id. */
export function createGuestCart(s: Services, storeId: number): string {
  return createMask(s, createEmptyCart(s, storeId));
}

/** `POST /V1/customers/:customerId/carts`, `POST /V1/carts/mine`. */
export function createCustomerCart(s: Services, customerId: number, storeId: number): number {
  const active = findActiveCustomerQuote(s, customerId);
  if (active) return active.id;
  const customer = getCustomer(s, customerId);
  return saveQuote(s, withCustomer(newQuote(s, storeId), customer)).id;
}

/** Links a cart to a customer (Quote::setCustomer): email, names, group. */
export function withCustomer(quote: Quote, customer: Customer): Quote {
  return {
    ...quote,
    customer_id: customer.id,
    customer_email: customer.email,
    customer_firstname: customer.firstname,
    customer_lastname: customer.lastname,
    customer_group_id: customer.group_id,
    customer_is_guest: false,
  };
}

function newQuote(s: Services, storeId: number): Quote {
  const now = magentoDate(s.clock.now());
  const id = s.store.nextId(QUOTES);
  return {
    id,
    store_id: storeId,
    created_at: now,
    updated_at: now,
    converted_at: null,
    is_active: true,
    customer_id: null,
    customer_email: null,
    customer_firstname: null,
    customer_lastname: null,
    customer_group_id: 0,
    customer_is_guest: false,
    items: [],
    billing_address: emptyAddress(s.store.nextId(QUOTE_ADDRESS_SEQ), 'billing'),
    shipping_address: emptyAddress(s.store.nextId(QUOTE_ADDRESS_SEQ), 'shipping'),
    shipping_method: null,
    payment: null,
    coupon_code: null,
    reserved_order_id: null,
    extension: {},
  };
}
