import { getCoupon, removeCoupon, setCoupon } from '../../modules/quote/coupons.ts';
import { calculateTotals, collectTotalsFor, getTotals } from '../../modules/quote/totals/totals-routes.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { cartOf, dto, FAMILIES, params, paymentChoice } from './quote-kit.ts';

/**
 * Totals and coupons for the three families: `GET .../totals`, `POST .../totals-information`,
 * `PUT .../collect-totals` (guest and `mine` only), and the cart's coupon.
 */
const str = (v: unknown) => (v === undefined || v === null ? null : String(v));

export const quoteTotalsRoutes: Route[] = FAMILIES.flatMap(({ family: f, base, resource }) => [
  route({ method: 'GET', path: `${base}/totals`, resource }, (ctx) => getTotals(ctx, cartOf(ctx, f))),
  withBody(
    { method: 'POST', path: `${base}/totals-information`, resource },
    params({ addressInformation: dto() }),
    (ctx, b) => {
      const info = b.addressInformation as Record<string, unknown>;
      const address = info['address'];
      return calculateTotals(ctx, cartOf(ctx, f), {
        address: address && typeof address === 'object' ? (address as Record<string, unknown>) : null,
        shipping_carrier_code: str(info['shipping_carrier_code']),
        shipping_method_code: str(info['shipping_method_code']),
      });
    },
  ),
  ...(f === 'admin'
    ? []
    : [
        withBody(
          { method: 'PUT', path: `${base}/collect-totals`, resource },
          params({
            paymentMethod: dto(),
            shippingCarrierCode: m.string().optional(),
            shippingMethodCode: m.string().optional(),
          }),
          (ctx, b) =>
            collectTotalsFor(ctx, cartOf(ctx, f), {
              paymentMethod: paymentChoice(b.paymentMethod),
              shippingCarrierCode: b.shippingCarrierCode ?? null,
              shippingMethodCode: b.shippingMethodCode ?? null,
            }),
        ),
      ]),
  route({ method: 'GET', path: `${base}/coupons`, resource }, (ctx) => getCoupon(ctx, cartOf(ctx, f))),
  route({ method: 'PUT', path: `${base}/coupons/:couponCode`, resource }, (ctx) =>
    setCoupon(ctx, cartOf(ctx, f), ctx.params['couponCode'] ?? ''),
  ),
  route({ method: 'DELETE', path: `${base}/coupons`, resource }, (ctx) => removeCoupon(ctx, cartOf(ctx, f))),
]);
