import type { ConflictPolicy, SaleResult, SyncReport } from '../../../contracts/driver.ts';
import { Catalog } from '../catalog/catalog.ts';
import { RateLimitedError, TransportError } from '../errors.ts';
import type { SendFn } from '../queue.ts';
import type { QueueEntry } from '../queue-entry.ts';
import { saleSender } from '../sale/send-sale.ts';
import { environment, type Shop } from './open-session.ts';

/**
 * The register's state around an open shop: online or not (and since when), the sales whose
 * first attempt is running (they decline on a stock conflict instead of applying the policy),
 * orders known to exist for sales still pending, the conflicts of the sync in progress, and the
 * queue's `send` built over all of it.
 */
export class Till {
  online = true;
  offlineSince = 0;
  lastSyncAt: string | null = null;
  readonly firstAttempts = new Set<string>();
  readonly placedOrders = new Map<string, number>();
  /** Sales released by a person: placed with adjust-to-zero whatever the session's policy. */
  readonly released = new Set<string>();
  conflicts: SyncReport['conflicts'] = [];
  readonly send: SendFn;

  constructor(
    readonly shop: Shop,
    private readonly offlineRetryMs: number,
  ) {
    this.online = !shop.envFromSnapshot;
    if (!this.online) this.offlineSince = shop.now();
    this.send = saleSender({
      client: shop.client,
      session: shop.session,
      env: () => shop.env,
      catalog: () => shop.catalog,
      pos: shop.pos,
      customers: shop.customers,
      stock: shop.stock,
      alerts: shop.alerts,
      log: shop.log,
      now: shop.now,
      today: () => this.today(),
      claimedBy: (orderId) => shop.queue.list().find((e) => e.orderId === orderId)?.saleId,
      conflictMode: (saleId) => this.conflictMode(saleId),
      onConflicts: (c) => this.conflicts.push(...c),
      onPlaced: (saleId, orderId) => this.placedOrders.set(saleId, orderId),
    });
  }

  today(): string {
    return new Date(this.shop.now()).toISOString().slice(0, 10);
  }

  /** Whether a sale should try Magento now (offline: only once `offlineRetryMs` has passed). */
  tryOnline(): boolean {
    return this.online || this.shop.now() - this.offlineSince >= this.offlineRetryMs;
  }

  markOnline(): void {
    if (!this.online) this.shop.alerts.clear('offline');
    this.online = true;
  }

  markOffline(error: unknown): void {
    const why = error instanceof Error ? error.message : String(error);
    this.online = false;
    this.offlineSince = this.shop.now();
    this.shop.alerts.set('offline', `Magento unreachable: sales are queued (${why})`);
  }

  /** After a failed call: transport failures mean offline; anything else is an order error. */
  noteFailure(error: unknown, what: string): void {
    if (error instanceof TransportError) {
      this.markOffline(error);
      return;
    }
    const why = error instanceof Error ? error.message : String(error);
    const rate = error instanceof RateLimitedError ? ' (rate limited beyond the retry budget)' : '';
    this.shop.alerts.raise('order-error', `${what}${rate}: ${why}`);
  }

  private conflictMode(saleId: string): 'decline' | ConflictPolicy {
    if (this.firstAttempts.has(saleId)) return 'decline';
    if (this.released.has(saleId)) return 'adjust-to-zero';
    return this.shop.session.conflictPolicy;
  }

  /** Re-pulls the environment when the register opened offline (sync, back online). */
  async refreshIfStale(): Promise<void> {
    if (!this.shop.envFromSnapshot) return;
    const s = this.shop;
    const { env, fromSnapshot } = await environment(s.client, s.session, s.dir, s.now, s.alerts);
    if (fromSnapshot) return;
    s.env = env;
    s.catalog = new Catalog(env.catalog);
    s.envFromSnapshot = false;
    s.pos.installed = env.posExtension;
  }

  /** What a sale already in the queue answers when it is sold again (same sale id). */
  resultOf(e: QueueEntry): SaleResult {
    if (e.state === 'placed') {
      return { status: 'completed', saleId: e.saleId, orderNumber: e.orderNumber, orderId: e.orderId };
    }
    if (e.state === 'voided') return { status: 'declined', saleId: e.saleId, reason: e.voidReason };
    if (e.state === 'held')
      return { status: 'declined', saleId: e.saleId, reason: `held for review: ${e.heldReason}` };
    return { status: 'queued-offline', saleId: e.saleId };
  }
}
