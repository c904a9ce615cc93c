import { assignBillingAddress, getBillingAddress } from '../../modules/quote/billing-address.ts';
import { saveShippingInformation } from '../../modules/quote/shipping/shipping-information.ts';
import {
  estimateByAddressId,
  estimateShippingMethods,
  listShippingMethods,
} from '../../modules/quote/shipping/shipping-methods.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { cartOf, dto, FAMILIES, params } from './quote-kit.ts';

/**
 * Addresses and shipping for the three families (Quote and Checkout webapi.xml): billing address,
 * shipping methods and estimates (by address; by customer address id for admin and `mine`), and
 * the checkout's shipping-information step.
 */
const str = (v: unknown) => (v === undefined || v === null ? null : String(v));

export const quoteShippingRoutes: Route[] = FAMILIES.flatMap(({ family: f, base, resource }) => [
  route({ method: 'GET', path: `${base}/billing-address`, resource }, (ctx) =>
    getBillingAddress(ctx, cartOf(ctx, f)),
  ),
  withBody(
    { method: 'POST', path: `${base}/billing-address`, resource },
    params({ address: dto(), useForShipping: m.bool().optional() }),
    (ctx, b) => assignBillingAddress(ctx, cartOf(ctx, f), b.address, b.useForShipping ?? false),
  ),
  route({ method: 'GET', path: `${base}/shipping-methods`, resource }, (ctx) =>
    listShippingMethods(ctx, cartOf(ctx, f)),
  ),
  withBody(
    { method: 'POST', path: `${base}/estimate-shipping-methods`, resource },
    params({ address: dto() }),
    (ctx, b) => estimateShippingMethods(ctx, cartOf(ctx, f), b.address),
  ),
  ...(f === 'guest'
    ? []
    : [
        withBody(
          { method: 'POST', path: `${base}/estimate-shipping-methods-by-address-id`, resource },
          params({ addressId: m.int() }),
          (ctx, b) => estimateByAddressId(ctx, cartOf(ctx, f), b.addressId),
        ),
      ]),
  withBody(
    { method: 'POST', path: `${base}/shipping-information`, resource },
    params({ addressInformation: dto() }),
    (ctx, b) => {
      const info = b.addressInformation as Record<string, unknown>;
      const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : null);
      return saveShippingInformation(ctx, cartOf(ctx, f), {
        shipping_address: obj(info['shipping_address']),
        billing_address: obj(info['billing_address']),
        shipping_carrier_code: str(info['shipping_carrier_code']),
        shipping_method_code: str(info['shipping_method_code']),
      });
    },
  ),
]);
