import { z } from 'zod';
import { MagentoRejection, TransportError } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { type Order, ordersOfCart } from './order.ts';
import type { PaymentLine, PosExtension } from './pos-extension.ts';

/**
 * Places a cart's order exactly once. Magento has no idempotency key, but a quote converts to at
 * most one order and orders carry `quote_id` (magento-rest.md §18): after any outcome that may
 * hide a success (a timeout, a reset, a lost response, a "cart is locked" or "no such cart"
 * refusal because an earlier attempt already converted it), the order is looked up by
 * `quote_id` before anything else. Only what the lookup cannot explain is thrown.
 */
export interface Placement {
  cartId: number;
  method: string;
  /** Split tender: placed through the POS extension with one line per tender. */
  payments?: PaymentLine[];
  saleId: string;
}

export type OrderBelongs = (order: Order) => boolean;

export async function placeOnce(
  client: MagentoClient,
  pos: PosExtension,
  p: Placement,
  belongs: OrderBelongs,
): Promise<number> {
  try {
    if (p.payments) return await pos.placeSplit(p.cartId, p.payments, p.saleId);
    const id = await client.put<unknown>(`/V1/carts/${p.cartId}/order`, {
      paymentMethod: { method: p.method },
    });
    return z.coerce.number().int().parse(id);
  } catch (e) {
    if (!mayHideSuccess(e)) throw e;
    const landed = await findOrder(client, p.cartId, belongs);
    if (landed) return landed.entity_id;
    if (pos.installed) {
      // e.g. "The client sale id … was already used by order …" (uniqueness enforced): it landed
      // from another cart of this sale.
      const [bySaleId] = await pos.ordersOf(p.saleId);
      if (bySaleId) return bySaleId.entity_id;
    }
    if (e instanceof MagentoRejection && /locked/i.test(e.renderedMessage)) throw new CartBusy(p.cartId, e);
    throw e;
  }
}

/**
 * Another placement of this cart is still running (2.4.8's CartMutex: "The cart is locked for
 * processing"), e.g. one sent just before the register was killed. Not a refusal of the sale:
 * the replay stops and the next one looks the order up again.
 */
export class CartBusy extends Error {
  override name = 'CartBusy';
  constructor(
    readonly cartId: number,
    readonly rejection: MagentoRejection,
  ) {
    super(`cart ${cartId} is being placed by an earlier attempt: ${rejection.renderedMessage}`);
  }
}

/** The order this sale's cart became, if any (and only if it is really this sale's). */
export async function findOrder(
  client: MagentoClient,
  cartId: number,
  belongs: OrderBelongs,
): Promise<Order | undefined> {
  return (await ordersOfCart(client, cartId)).find(belongs);
}

function mayHideSuccess(e: unknown): boolean {
  if (e instanceof TransportError) return e.outcomeUnknown;
  // 400 "The cart is locked for processing" (2.4.8 CartMutex), 404 "No such entity with cartId":
  // an earlier attempt may hold or have converted the quote.
  return e instanceof MagentoRejection && (e.status === 400 || e.status === 404);
}
