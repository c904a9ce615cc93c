import type { Services } from '../../context.ts';
import { findCustomer } from '../customer/customer-repository.ts';
import { findGroup } from '../customer/groups.ts';
import { presentAddress } from './address.ts';
import { presentItems } from './item-dto.ts';
import { lineProduct } from './item-product.ts';
import type { Quote } from './types.ts';

/**
 * A cart as REST returns it (Quote/Api/Data/CartInterface), keys in Magento's order. Null optional
 * fields are left out (`converted_at`, `reserved_order_id` until set); a guest cart's `customer` is
 * the empty DTO `{email, firstname, lastname}` all null. Only an active cart is loaded with its
 * items and shipping assignment (Magento's load handler skips them for converted carts).
 * @see Magento\Quote\Model\QuoteRepository\LoadHandler, Magento\Quote\Model\ShippingAssignment\ShippingAssignmentProcessor
 */
export function presentCart(s: Services, quote: Quote): Record<string, unknown> {
  const currency = s.config.get('currency/options/base') ?? 'USD';
  const isVirtual =
    quote.items.length > 0 && quote.items.every((i) => lineProduct(s, i, quote.store_id).isVirtual);
  const out: Record<string, unknown> = {
    id: quote.id,
    created_at: quote.created_at,
    updated_at: quote.updated_at,
  };
  if (quote.converted_at) out['converted_at'] = quote.converted_at;
  out['is_active'] = quote.is_active;
  out['is_virtual'] = isVirtual;
  if (quote.is_active) out['items'] = presentItems(s, quote);
  out['items_count'] = quote.items.length;
  out['items_qty'] = quote.items.reduce((n, i) => n + i.qty, 0);
  out['customer'] = customerOf(s, quote);
  out['billing_address'] = presentAddress(quote.billing_address);
  if (quote.reserved_order_id) out['reserved_order_id'] = quote.reserved_order_id;
  out['orig_order_id'] = 0;
  out['currency'] = {
    global_currency_code: currency,
    base_currency_code: currency,
    store_currency_code: currency,
    quote_currency_code: currency,
    store_to_base_rate: 0,
    store_to_quote_rate: 0,
    base_to_global_rate: 1,
    base_to_quote_rate: 1,
  };
  out['customer_is_guest'] = quote.customer_is_guest;
  out['customer_note_notify'] = true;
  out['customer_tax_class_id'] = findGroup(s, quote.customer_group_id)?.tax_class_id ?? 3;
  out['store_id'] = quote.store_id;
  if (quote.is_active)
    out['extension_attributes'] = { shipping_assignments: shippingAssignments(s, quote, isVirtual) };
  return out;
}

function customerOf(s: Services, quote: Quote): unknown {
  const customer = quote.customer_id === null ? undefined : findCustomer(s, quote.customer_id);
  if (customer) return customer;
  return {
    email: quote.customer_email,
    firstname: quote.customer_firstname,
    lastname: quote.customer_lastname,
  };
}

function shippingAssignments(s: Services, quote: Quote, isVirtual: boolean): unknown[] {
  if (isVirtual || quote.items.length === 0) return [];
  return [
    {
      shipping: { address: presentAddress(quote.shipping_address), method: quote.shipping_method },
      items: presentItems(s, quote),
    },
  ];
}
