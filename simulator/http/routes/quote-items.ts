import { z } from 'zod';
import type { RequestContext } from '../../context.ts';
import { InputError } from '../../errors.ts';
import type { CartFamily } from '../../modules/quote/cart-ref.ts';
import { deleteCartItem } from '../../modules/quote/item-delete.ts';
import { presentItems } from '../../modules/quote/item-dto.ts';
import { cartItemInput } from '../../modules/quote/item-input.ts';
import { saveCartItem } from '../../modules/quote/item-save.ts';
import { getActiveQuote } from '../../modules/quote/quote-repository.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { cartOf, FAMILIES, intParam, params } from './quote-kit.ts';

/**
 * Cart items for the three families. Which cart a save goes to: on the admin routes the body's
 * `cartItem.quote_id` (required: `"quoteId" is required. Enter and try again.`; the URL number is
 * not used), on `mine` the customer's cart, on guest routes the URL's masked id. A PUT's item id is
 * the URL's. Guest item lists show the masked id as `quote_id`.
 * @see Magento\Quote\Model\Quote\Item\Repository, Magento\Quote\Model\GuestCart\GuestCartItemRepository
 * @see Magento\Quote\Plugin\UpdateCartId
 */
const nullable = <T extends z.ZodType>(t: T) =>
  z.preprocess((v) => (v === null ? undefined : v), t.optional());
const cartItem = m.object({ qty: nullable(m.float()), item_id: nullable(m.int()) });
const body = params({ cartItem });

function targetCart(ctx: RequestContext, f: CartFamily, raw: Record<string, unknown>) {
  if (f !== 'admin') return cartOf(ctx, f);
  const quoteId = raw['quote_id'];
  if (quoteId === undefined || quoteId === null || quoteId === '') throw InputError.required('quoteId');
  return String(quoteId);
}

export const quoteItemRoutes: Route[] = FAMILIES.flatMap(({ family: f, base, resource }) => [
  route({ method: 'GET', path: `${base}/items`, resource }, (ctx) => {
    const quote = getActiveQuote(ctx, cartOf(ctx, f));
    return presentItems(ctx, quote, f === 'guest' ? ctx.params['cartId'] : undefined);
  }),
  withBody(
    { method: 'POST', path: f === 'admin' ? '/V1/carts/:quoteId/items' : `${base}/items`, resource },
    body,
    (ctx, b) => saveCartItem(ctx, targetCart(ctx, f, b.cartItem), cartItemInput(b.cartItem)),
  ),
  withBody({ method: 'PUT', path: `${base}/items/:itemId`, resource }, body, (ctx, b) =>
    saveCartItem(ctx, targetCart(ctx, f, b.cartItem), {
      ...cartItemInput(b.cartItem),
      item_id: intParam(ctx.params['itemId'] ?? ''),
    }),
  ),
  route({ method: 'DELETE', path: `${base}/items/:itemId`, resource }, (ctx) =>
    deleteCartItem(ctx, cartOf(ctx, f), intParam(ctx.params['itemId'] ?? '')),
  ),
]);
