import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { QUOTES, type Quote } from './types.ts';

/**
 * Loading and saving carts. `get` finds any cart (converted ones too); `getActive` refuses an
 * inactive (converted) cart with the same 404 as an unknown one, which is what a retried placement
 * meets. Every save stamps `updated_at`.
 * @see Magento\Quote\Model\QuoteRepository::get, ::getActive, ::getActiveForCustomer
 */
export function findQuote(s: Services, id: number): Quote | undefined {
  return s.store.get<Quote>(QUOTES, String(id));
}

/** 404 `No such entity with cartId = <id>`. */
export function getQuote(s: Services, id: number | string): Quote {
  const quote = /^\d+$/.test(String(id)) ? findQuote(s, Number(id)) : undefined;
  if (!quote) throw NoSuchEntityError.singleField('cartId', id as number);
  return quote;
}

export function getActiveQuote(s: Services, id: number | string): Quote {
  const quote = getQuote(s, id);
  if (!quote.is_active) throw NoSuchEntityError.singleField('cartId', id as number);
  return quote;
}

/** The customer's active cart, if any (the newest when several exist). */
export function findActiveCustomerQuote(s: Services, customerId: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of s.store.all<Quote>(QUOTES)) if (q.is_active && q.customer_id === customerId) found = q;
  return found;
}

/** 404 `No such entity with customerId = <id>` (getActiveForCustomer). */
export function getActiveCustomerQuote(s: Services, customerId: number): Quote {
  const quote = findActiveCustomerQuote(s, customerId);
  if (!quote) throw NoSuchEntityError.singleField('customerId', customerId);
  return quote;
}

/** Saves a new version of the cart (records are immutable: pass a new object). */
export function saveQuote(s: Services, quote: Quote): Quote {
  const saved = { ...quote, updated_at: magentoDate(s.clock.now()) };
  s.store.put(QUOTES, String(quote.id), saved);
  return saved;
}
