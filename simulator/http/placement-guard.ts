import type { RequestContext, Services } from '../context.ts';
import { LocalizedError, WebapiError } from '../errors.ts';
import { placementTarget } from '../modules/checkout/placement-target.ts';
import { atLeast } from '../profile.ts';

/**
 * What stands in front of an order placement (routes flagged `placesOrder`), in Magento's order:
 *
 * ```
 * request ─► backpressure (2.4.7+, `sales/backpressure/enabled`): 429 {"message":"Too Many Requests"}
 *         ─► per-cart lock, held from the handler until its writes are durable: a second placement
 *            of the same cart meanwhile is 400 (2.4.8 `The cart is locked for processing. Please try
 *            again later.`; earlier `A server error stopped your order from being placed. ...`)
 *         ─► handler (one transaction) ─► store.flush() ─► release
 * ```
 *
 * Backpressure is Magento's sliding window: requests of one identity (customer id, admin or
 * integration id, or a guest's IP) are counted per `period`-long slot, plus the previous slot's
 * count weighted by the part of it still inside the window; over `limit` (`guest_limit` for
 * guests) the request is refused, and refused requests still count. Counters live in memory, like
 * Magento's Redis request log.
 * @see Magento\Webapi\Controller\Rest\RequestValidator::checkBackpressure
 * @see Magento\Framework\App\Backpressure\SlidingWindow\SlidingWindowEnforcer
 * @see Magento\Quote\Model\Backpressure\OrderLimitConfigManager, Magento\Quote\Model\CartMutex
 */
export class PlacementGuard {
  private readonly carts = new Set<number>();
  private readonly customers = new Set<number>();
  private readonly slots = new Map<string, number>();

  constructor(private readonly services: Services) {}

  /** Checks backpressure and takes the cart's lock; call the returned function once durable. */
  enter(ctx: RequestContext): () => void {
    this.checkBackpressure(ctx);
    const { cartId, customerId } = placementTarget(ctx, ctx.path, ctx.params, ctx.user);
    const locked =
      (cartId !== null && this.carts.has(cartId)) || (customerId !== null && this.customers.has(customerId));
    if (locked) throw new LocalizedError(lockedMessage(this.services));
    if (cartId !== null) this.carts.add(cartId);
    if (customerId !== null) this.customers.add(customerId);
    return () => {
      if (cartId !== null) this.carts.delete(cartId);
      if (customerId !== null) this.customers.delete(customerId);
    };
  }

  private checkBackpressure(ctx: RequestContext): void {
    const s = this.services;
    if (!atLeast(s.profile, '2.4.7') || !s.config.flag('sales/backpressure/enabled', scopeOf(ctx))) return;
    const guest = ctx.user.type === 'guest' || ctx.user.id === null;
    const limit = s.config.number(
      guest ? 'sales/backpressure/guest_limit' : 'sales/backpressure/limit',
      scopeOf(ctx),
    );
    const period = s.config.number('sales/backpressure/period', scopeOf(ctx));
    if (period <= 0) return;
    const identity = guest
      ? `ip:${ctx.remoteIp}`
      : `${ctx.user.type === 'customer' ? 'customer' : 'admin'}:${ctx.user.id}`;
    const now = Math.floor(s.clock.now() / 1000);
    const remainder = now % period;
    const slot = now - remainder;
    const key = (at: number) => `quote-order|${identity}|${at}`;
    let count = (this.slots.get(key(slot)) ?? 0) + 1;
    this.slots.set(key(slot), count);
    this.forgetBefore(slot - 2 * period);
    if (count <= limit) {
      const previous = this.slots.get(key(slot - period));
      if (previous !== undefined) count += previous * (1 - remainder / period);
    }
    if (count > limit) throw new WebapiError('Too Many Requests', 429);
  }

  /** Keeps three slots, like the request log's TTL of 3 periods. */
  private forgetBefore(oldest: number): void {
    for (const k of this.slots.keys())
      if (Number(k.slice(k.lastIndexOf('|') + 1)) < oldest) this.slots.delete(k);
  }
}

/** The message of a placement refused by the lock, per release. */
export function lockedMessage(s: Services): string {
  return atLeast(s.profile, '2.4.8')
    ? 'The cart is locked for processing. Please try again later.'
    : 'A server error stopped your order from being placed. Please try to place your order again.';
}

const scopeOf = (ctx: RequestContext) => ({ store: ctx.scope.storeCode, website: ctx.scope.websiteCode });
