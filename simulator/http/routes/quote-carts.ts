import { assignCustomer } from '../../modules/quote/cart-assign.ts';
import { createCustomerCart, createEmptyCart, createGuestCart } from '../../modules/quote/cart-create.ts';
import { presentCart } from '../../modules/quote/cart-dto.ts';
import { searchCarts } from '../../modules/quote/cart-search.ts';
import { unmask } from '../../modules/quote/masked-ids.ts';
import { getActiveCustomerQuote, getQuote } from '../../modules/quote/quote-repository.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { intParam, MANAGE, params } from './quote-kit.ts';

/**
 * Quote/etc/webapi.xml, managing carts: creating (admin anonymous carts, guest carts answered by
 * their masked id, customer carts that return the active one), reading (a converted cart still
 * reads through `get`), searching, and assigning a customer.
 */
export const quoteCartRoutes: Route[] = [
  route({ method: 'POST', path: '/V1/carts/', resource: MANAGE }, (ctx) =>
    createEmptyCart(ctx, ctx.scope.storeId),
  ),
  route({ method: 'GET', path: '/V1/carts/search', resource: MANAGE }, (ctx) => searchCarts(ctx, ctx.query)),
  route({ method: 'GET', path: '/V1/carts/:cartId', resource: MANAGE }, (ctx) =>
    presentCart(ctx, getQuote(ctx, intParam(ctx.params['cartId'] ?? ''))),
  ),
  withBody(
    { method: 'PUT', path: '/V1/carts/:cartId', resource: MANAGE },
    params({ customerId: m.int(), storeId: m.int() }),
    (ctx, b) => assignCustomer(ctx, intParam(ctx.params['cartId'] ?? ''), b.customerId, b.storeId),
  ),
  route({ method: 'POST', path: '/V1/customers/:customerId/carts', resource: MANAGE }, (ctx) =>
    createCustomerCart(ctx, intParam(ctx.params['customerId'] ?? ''), ctx.scope.storeId),
  ),
  route({ method: 'POST', path: '/V1/carts/mine', resource: 'self' }, (ctx) =>
    createCustomerCart(ctx, Number(ctx.user.id), ctx.scope.storeId),
  ),
  route({ method: 'GET', path: '/V1/carts/mine', resource: 'self' }, (ctx) =>
    presentCart(ctx, getActiveCustomerQuote(ctx, Number(ctx.user.id))),
  ),
  route({ method: 'POST', path: '/V1/guest-carts', resource: 'anonymous' }, (ctx) =>
    createGuestCart(ctx, ctx.scope.storeId),
  ),
  route({ method: 'GET', path: '/V1/guest-carts/:cartId', resource: 'anonymous' }, (ctx) =>
    presentCart(ctx, getQuote(ctx, String(unmask(ctx, ctx.params['cartId'] ?? '')))),
  ),
  withBody(
    { method: 'PUT', path: '/V1/guest-carts/:cartId', resource: 'self' },
    params({ storeId: m.int() }),
    (ctx, b) =>
      assignCustomer(ctx, String(unmask(ctx, ctx.params['cartId'] ?? '')), Number(ctx.user.id), b.storeId),
  ),
];
