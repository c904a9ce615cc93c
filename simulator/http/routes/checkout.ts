import {
  saveGuestPaymentInformationAndPlaceOrder,
  savePaymentInformationAndPlaceOrder,
} from '../../modules/checkout/payment-information.ts';
import { placeOrder } from '../../modules/checkout/place-order.ts';
import { m } from '../input.ts';
import { type Route, withBody } from '../route.ts';
import { cartOf, dto, FAMILIES, family, optDto, params, paymentChoice } from './quote-kit.ts';

/**
 * Order placement: `PUT .../order` for the three families (optional `paymentMethod`) and the
 * payment-information routes of Checkout (customer and guest; there is no admin one). All carry
 * `placesOrder`: the HTTP layer applies 2.4.7+ backpressure and holds a per-cart lock until the
 * order is durable (`http/placement-guard.ts`). They answer the order's entity id.
 * @see Magento\Quote\Model\QuoteManagement::placeOrder, Magento\Checkout\Model\PaymentInformationManagement
 */
const mine = family('mine');
const guest = family('guest');

export const checkoutRoutes: Route[] = [
  ...FAMILIES.map(({ family: f, base, resource }) =>
    withBody(
      { method: 'PUT', path: `${base}/order`, resource, placesOrder: true },
      params({ paymentMethod: optDto() }),
      (ctx, b) =>
        placeOrder(ctx, cartOf(ctx, f), {
          paymentMethod: b.paymentMethod ? paymentChoice(b.paymentMethod) : null,
          guest: f === 'guest',
          remoteIp: ctx.remoteIp,
        }),
    ),
  ),
  withBody(
    { method: 'POST', path: `${mine.base}/payment-information`, resource: mine.resource, placesOrder: true },
    params({ paymentMethod: dto(), billingAddress: optDto() }),
    (ctx, b) =>
      savePaymentInformationAndPlaceOrder(
        ctx,
        cartOf(ctx, 'mine'),
        { paymentMethod: paymentChoice(b.paymentMethod), billingAddress: b.billingAddress ?? null },
        { remoteIp: ctx.remoteIp },
      ),
  ),
  withBody(
    {
      method: 'POST',
      path: `${guest.base}/payment-information`,
      resource: guest.resource,
      placesOrder: true,
    },
    params({ email: m.string(), paymentMethod: dto(), billingAddress: optDto() }),
    (ctx, b) =>
      saveGuestPaymentInformationAndPlaceOrder(
        ctx,
        cartOf(ctx, 'guest'),
        {
          email: b.email,
          paymentMethod: paymentChoice(b.paymentMethod),
          billingAddress: b.billingAddress ?? null,
        },
        { remoteIp: ctx.remoteIp },
      ),
  ),
];
