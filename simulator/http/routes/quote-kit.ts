import { z } from 'zod';
import type { RequestContext } from '../../context.ts';
import { type CartFamily, type CartId, resolveCartId } from '../../modules/quote/cart-ref.ts';
import { m } from '../input.ts';

/**
 * What the cart route files share: the three route families of Quote/Checkout webapi.xml (admin
 * `/V1/carts/:cartId` under `Magento_Cart::manage`, the customer's `/V1/carts/mine` under `self`,
 * anonymous `/V1/guest-carts/:cartId`), resolving the cart a request addresses, and body parsing
 * that takes a service parameter in camelCase or snake_case, as Magento's input processor does.
 * @see Magento\Framework\Webapi\ServiceInputProcessor::process
 */
export const MANAGE = 'Magento_Cart::manage';

export interface Family {
  family: CartFamily;
  /** The cart part of the path, e.g. `/V1/carts/mine`. */
  base: string;
  resource: string;
}

export const FAMILIES: readonly Family[] = [
  { family: 'admin', base: '/V1/carts/:cartId', resource: MANAGE },
  { family: 'mine', base: '/V1/carts/mine', resource: 'self' },
  { family: 'guest', base: '/V1/guest-carts/:cartId', resource: 'anonymous' },
];

export const family = (f: CartFamily): Family => FAMILIES.find((x) => x.family === f) as Family;

/** The cart of a request (`mine`: the customer's active cart; guest: the unmasked id). */
export const cartOf = (ctx: RequestContext, f: CartFamily): CartId => resolveCartId(ctx, f, ctx);

/** Top-level `payment_method` is read as `paymentMethod`, like every service parameter. */
function camelTop(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) {
    const camel = k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    if (camel !== k && !(camel in out)) out[camel] = v;
  }
  return out;
}

/** A body of service parameters (camelCase names, snake_case accepted). */
export const params = <S extends z.ZodRawShape>(shape: S) => z.preprocess(camelTop, m.object(shape));

/** A DTO kept as the body gives it (the service maps the fields it knows). */
export const dto = () => m.object({});

/** An optional DTO parameter; `null` counts as not sent. */
export const optDto = () => z.preprocess((v) => (v === null ? undefined : v), m.object({}).optional());

/** PaymentInterface from a body (nulls allowed, as Magento's DTO setters take them). */
export function paymentChoice(raw: Record<string, unknown>): {
  method: string | null;
  po_number: string | null;
  additional_data?: unknown;
} {
  const str = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return {
    method: str(raw['method']),
    po_number: str(raw['po_number']),
    additional_data: raw['additional_data'],
  };
}

/** Magento's int path parameter. */
export { intParam } from '../../modules/quote/cart-ref.ts';
