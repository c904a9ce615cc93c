import type { Route } from '../route.ts';
import { checkoutRoutes } from './checkout.ts';
import { quoteCartRoutes } from './quote-carts.ts';
import { quoteItemRoutes } from './quote-items.ts';
import { quotePaymentRoutes } from './quote-payment.ts';
import { quoteShippingRoutes } from './quote-shipping.ts';
import { quoteTotalsRoutes } from './quote-totals.ts';

/**
 * Quote/etc/webapi.xml and Checkout/etc/webapi.xml: carts, items, addresses and shipping, totals
 * and coupons, payment, and order placement, for the admin, `mine` and guest families.
 */
export const quoteRoutes: Route[] = [
  ...quoteCartRoutes,
  ...quoteItemRoutes,
  ...quoteShippingRoutes,
  ...quoteTotalsRoutes,
  ...quotePaymentRoutes,
  ...checkoutRoutes,
];
