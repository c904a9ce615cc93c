import type { Services, UserContext } from '../../context.ts';
import { findUnmasked } from '../quote/masked-ids.ts';
import { findActiveCustomerQuote } from '../quote/quote-repository.ts';

/**
 * Which cart a placement request is about, for the per-cart placement lock, resolved without
 * failing (an unknown cart takes no lock and the service answers its 404): the URL number (admin),
 * the unmasked id (guest), or the customer's active cart (`mine`, which is also locked by customer,
 * because the cart stops being "active" as soon as the first placement has run).
 * @see Magento\Quote\Model\CartMutex (cart_lock_<cartId>), Magento\Quote\Model\QuoteManagement::submitQuote (PLACE_ORDER_<quoteId>)
 */
export interface PlacementTarget {
  cartId: number | null;
  customerId: number | null;
}

export function placementTarget(
  s: Services,
  path: string,
  params: Record<string, string>,
  user: UserContext,
): PlacementTarget {
  if (path.startsWith('/V1/carts/mine/')) {
    const customerId = user.type === 'customer' ? user.id : null;
    const cart = customerId === null ? undefined : findActiveCustomerQuote(s, customerId);
    return { cartId: cart?.id ?? null, customerId };
  }
  const raw = params['cartId'] ?? '';
  if (path.startsWith('/V1/guest-carts/')) return { cartId: findUnmasked(s, raw) ?? null, customerId: null };
  return { cartId: /^\d+$/.test(raw) ? Number(raw) : null, customerId: null };
}
