import type { Services } from '../../context.ts';
import type { Quote, QuoteAddress } from '../quote/types.ts';
import type { OrderAddress } from '../sales/order-types.ts';

/**
 * Quote addresses to order addresses (ToOrderAddress): the same fields, the order's email, the
 * cart's customer and the quote address id.
 * @see Magento\Quote\Model\Quote\Address\ToOrderAddress
 */
export function toOrderAddress(
  s: Services,
  quote: Quote,
  a: QuoteAddress,
  orderId: number,
  email: string | null,
): OrderAddress {
  const out: OrderAddress = {
    entity_id: s.store.nextId('order_addresses'),
    parent_id: orderId,
    address_type: a.address_type,
    firstname: a.firstname ?? '',
    lastname: a.lastname ?? '',
    street: a.street,
    city: a.city ?? '',
    region: a.region,
    region_id: a.region_id,
    region_code: a.region_code,
    postcode: a.postcode ?? '',
    country_id: a.country_id ?? '',
    telephone: a.telephone ?? '',
    email: email ?? a.email ?? '',
    customer_id: quote.customer_id,
    quote_address_id: a.id,
  };
  for (const k of ['company', 'fax', 'middlename', 'prefix', 'suffix', 'vat_id'] as const) {
    if (a[k]) out[k] = a[k];
  }
  if (a.customer_address_id) out.customer_address_id = a.customer_address_id;
  return out;
}
