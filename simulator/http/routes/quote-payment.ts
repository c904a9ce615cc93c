import {
  saveGuestPaymentInformation,
  savePaymentInformation,
} from '../../modules/checkout/payment-information.ts';
import {
  getSelectedPaymentMethod,
  listPaymentMethods,
  setPaymentMethod,
} from '../../modules/quote/payment.ts';
import { paymentDetails } from '../../modules/quote/payment-details.ts';
import { getActiveQuote } from '../../modules/quote/quote-repository.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { cartOf, dto, FAMILIES, family, optDto, params, paymentChoice } from './quote-kit.ts';

/**
 * Payment without placing: the methods a cart may use, the selected one, and (Checkout, guest and
 * `mine` only) `GET .../payment-information` and `POST .../set-payment-information`.
 */
const mine = family('mine');
const guest = family('guest');

export const quotePaymentRoutes: Route[] = [
  ...FAMILIES.flatMap(({ family: f, base, resource }) => [
    route({ method: 'GET', path: `${base}/payment-methods`, resource }, (ctx) =>
      listPaymentMethods(ctx, cartOf(ctx, f)),
    ),
    route({ method: 'GET', path: `${base}/selected-payment-method`, resource }, (ctx) =>
      getSelectedPaymentMethod(ctx, cartOf(ctx, f)),
    ),
    withBody(
      { method: 'PUT', path: `${base}/selected-payment-method`, resource },
      params({ method: dto() }),
      (ctx, b) => setPaymentMethod(ctx, cartOf(ctx, f), paymentChoice(b.method)),
    ),
  ]),
  ...[mine, guest].map(({ family: f, base, resource }) =>
    route({ method: 'GET', path: `${base}/payment-information`, resource }, (ctx) =>
      paymentDetails(ctx, getActiveQuote(ctx, cartOf(ctx, f))),
    ),
  ),
  withBody(
    { method: 'POST', path: `${mine.base}/set-payment-information`, resource: mine.resource },
    params({ paymentMethod: dto(), billingAddress: optDto() }),
    (ctx, b) =>
      savePaymentInformation(ctx, cartOf(ctx, 'mine'), {
        paymentMethod: paymentChoice(b.paymentMethod),
        billingAddress: b.billingAddress ?? null,
      }),
  ),
  withBody(
    { method: 'POST', path: `${guest.base}/set-payment-information`, resource: guest.resource },
    params({ email: m.string(), paymentMethod: dto(), billingAddress: optDto() }),
    (ctx, b) =>
      saveGuestPaymentInformation(ctx, cartOf(ctx, 'guest'), {
        email: b.email,
        paymentMethod: paymentChoice(b.paymentMethod),
        billingAddress: b.billingAddress ?? null,
      }),
  ),
];
