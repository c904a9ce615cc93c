import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import type { PaymentMethodChoice } from '../payment/index.ts';
import type { CartId } from '../quote/cart-ref.ts';
import { importPayment } from '../quote/payment.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { runCollectors, TOTALS_COLLECTORS } from '../quote/totals/collect.ts';
import { collectContext } from '../quote/totals/context.ts';
import type { Quote } from '../quote/types.ts';
import { nextIncrementId } from '../sales/increment-id.ts';
import { recordRuleUsage } from '../sales-rule/index.ts';
import { buildOrder } from './order-build.ts';
import { placeWithReservations } from './order-reservations.ts';
import { placementHooks } from './placement-hooks.ts';
import { validateBeforeSubmit } from './quote-validation.ts';
import { assertUniqueIncrementId } from './unique-increment-id.ts';

/**
 * `PUT .../order` (and the placing half of payment-information): the active cart, an optional
 * payment method imported with the zero-total check, guest fields for a guest or anonymous cart
 * (email, names from the billing address; group NOT LOGGED IN), then QuoteValidator, the reserved
 * increment id, the order with MSI's salability check and reservations, and the cart deactivated.
 * An empty cart is `A server error stopped your order from being placed. Please try to place
 * your order again.` Answers the order's entity id (a number).
 * @see Magento\Quote\Model\QuoteManagement::placeOrder, ::submit, ::submitQuote
 */
export interface PlaceOptions {
  paymentMethod?: PaymentMethodChoice | null;
  /** GuestCartManagement sets checkout method `guest`. */
  guest?: boolean;
  remoteIp?: string;
}

export const SERVER_ERROR =
  'A server error stopped your order from being placed. Please try to place your order again.';

export function placeOrder(s: Services, cartId: CartId, opts: PlaceOptions = {}): number {
  let quote = getActiveQuote(s, cartId);
  if (opts.paymentMethod) quote = importPayment(s, quote, opts.paymentMethod);
  if (opts.guest || quote.customer_id === null) quote = asGuest(quote);
  if (quote.items.length === 0) throw new LocalizedError(SERVER_ERROR);
  const ctx = collectContext(s, quote);
  const totals = runCollectors(ctx, TOTALS_COLLECTORS);
  validateBeforeSubmit(ctx, totals);
  const incrementId = quote.reserved_order_id ?? nextIncrementId(s, 'order', quote.store_id);
  const entityId = s.store.nextId('orders');
  const built = buildOrder(s, { ctx, totals, entityId, incrementId, remoteIp: opts.remoteIp ?? '' });
  const order = placementHooks().reduce((o, h) => h.beforeSave?.(s, o, totals, ctx.scope) ?? o, built);
  placeWithReservations(s, order, ctx.scope.stockId, () => {
    assertUniqueIncrementId(s, order);
    s.store.put('orders', String(entityId), order);
  });
  for (const h of placementHooks()) h.afterSave?.(s, order, totals, ctx.scope);
  recordRuleUsage(s, {
    appliedRuleIds: totals.appliedRuleIds,
    couponCode: totals.couponCode,
    customerId: quote.customer_id,
  });
  saveQuote(s, {
    ...quote,
    coupon_code: totals.couponCode,
    is_active: false,
    reserved_order_id: incrementId,
  });
  return entityId;
}

/** Guest checkout: no customer, the billing address's email and names, group NOT LOGGED IN. */
function asGuest(quote: Quote): Quote {
  const billing = quote.billing_address;
  const named = quote.customer_firstname !== null || quote.customer_lastname !== null;
  return {
    ...quote,
    customer_id: null,
    customer_email: billing.email,
    customer_firstname: named ? quote.customer_firstname : billing.firstname,
    customer_lastname: named ? quote.customer_lastname : billing.lastname,
    customer_is_guest: true,
    customer_group_id: 0,
  };
}
