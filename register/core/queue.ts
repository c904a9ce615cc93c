import { Sale } from '../../contracts/driver.ts';
import { MagentoRejection } from './errors.ts';
import { foldRecords, isPending, type QueueEntry, QueueError } from './queue-entry.ts';
import type { QueueStorage } from './queue-storage.ts';

/**
 * The register's durable offline queue: sales are written ahead (enqueue, durable) and placed
 * by `replay`, oldest first, through an injected `send` (this file never talks HTTP).
 *
 * ```
 *  sell --> enqueue --> [log] queued
 *                          |
 *                  replay(send), by seq; held/placed/voided skipped
 *                          |
 *                 [log] placing, attempts+1            (durable before send)
 *                          |
 *               send(entry, markCart)
 *                 |-- create cart, markCart(cartId) --> [log] cartId   (durable BEFORE
 *                 |                                                     placing the order)
 *                 '-- place the order; if entry.cartId was already set, first look the
 *                     order up by quote_id = cartId (an earlier attempt may have landed)
 *                          |
 *     +--------------+-----+---------------+-------------------------------+
 *     | placed       | held (conflict)     | MagentoRejection 4xx          | anything else
 *     v              v                     v                               v (transport, 429,
 *  [log] placed   [log] held <------------ [log] held, reason                 401/403, 5xx)
 *                   |    |                                              stop the replay; the
 *          release  |    | void                                         entry stays 'placing'
 *                   v    v                                              with its cartId
 *               queued  [log] voided
 * ```
 *
 * Exactly-once: Magento has no idempotency key, but a quote converts to at most one order and
 * orders carry `quote_id`. Because the cart id is durable before the placement call, an attempt
 * whose outcome is unknown (timeout, reset, crash, kill -9) is always resolved by a lookup before
 * any retry. All log writes are serialized; the in-memory view changes only after a write is durable.
 * @see field-guide.md §3, §10; magento-rest.md §18; docs/register.md
 */
export type SendOutcome =
  | { kind: 'placed'; orderId: number; orderNumber: string }
  | { kind: 'held'; reason: string };

/** Persists the cart id of the sale being sent; resolves once durable. */
export type MarkCart = (cartId: number | string) => Promise<void>;
export type SendFn = (entry: QueueEntry, markCart: MarkCart) => Promise<SendOutcome>;

export interface ReplayReport {
  placed: Array<{ saleId: string; orderId: number; orderNumber: string }>;
  held: Array<{ saleId: string; reason: string }>;
  /** Why the replay stopped early (Magento unreachable, rate limited, systemic rejection). */
  stopped?: { saleId: string; error: unknown };
  /** Sales still to send (queued or placing). */
  remaining: number;
}

export class OfflineQueue {
  private writes: Promise<unknown> = Promise.resolve();
  private replaying: Promise<ReplayReport> | undefined;

  private constructor(
    private readonly storage: QueueStorage,
    private readonly entries: Map<string, QueueEntry>,
    private nextSeq: number,
    private readonly now: () => number,
  ) {}

  /** Loads the queue from its log; throws QueueError when a record is unreadable. */
  static async open(storage: QueueStorage, options: { now?: () => number } = {}): Promise<OfflineQueue> {
    const entries = foldRecords(await storage.readAll());
    let nextSeq = 0;
    for (const e of entries.values()) nextSeq = Math.max(nextSeq, e.seq + 1);
    return new OfflineQueue(storage, entries, nextSeq, options.now ?? Date.now);
  }

  /** All entries in queue order (settled ones included until compacted away). */
  list(): QueueEntry[] {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  get(saleId: string): QueueEntry | undefined {
    return this.entries.get(saleId);
  }

  /** Sales still to place (queued or placing): the register's "queue depth". */
  depth(): number {
    return this.list().filter(isPending).length;
  }

  /** Writes a sale ahead of placing it; resolves once durable. The sale is validated first. */
  async enqueue(sale: Sale, saleId: string | undefined = sale.saleId): Promise<QueueEntry> {
    if (!saleId) throw new QueueError('a queued sale needs a saleId');
    const valid = Sale.parse({ ...sale, saleId });
    return this.commit(saleId, (current) => {
      if (current) throw new QueueError(`sale ${saleId} is already in the queue (${current.state})`);
      return {
        saleId,
        seq: this.nextSeq++,
        sale: valid,
        state: 'queued',
        attempts: 0,
        updatedAt: this.stamp(),
      };
    });
  }

  /** Holds a queued sale for review (e.g. a stock conflict under hold-for-review). */
  hold(saleId: string, reason: string): Promise<QueueEntry> {
    return this.move(saleId, ['queued'], (e) => ({ ...e, state: 'held', heldReason: reason }));
  }

  /** Returns a held sale to the queue; its next replay looks its cart up first if it has one. */
  release(saleId: string): Promise<QueueEntry> {
    return this.move(saleId, ['held'], ({ heldReason: _, ...e }) => ({ ...e, state: 'queued' }));
  }

  /** Gives a sale up for good (refunded at the till). Not while an attempt's outcome is unknown. */
  void(saleId: string, reason: string): Promise<QueueEntry> {
    return this.move(saleId, ['queued', 'held'], (e) => ({ ...e, state: 'voided', voidReason: reason }));
  }

  /** Sends pending sales in order (see the diagram). Concurrent calls share one run. */
  replay(send: SendFn): Promise<ReplayReport> {
    this.replaying ??= this.runReplay(send).finally(() => {
      this.replaying = undefined;
    });
    return this.replaying;
  }

  /**
   * Sends one pending sale now, under replay's rules (the online path: a sale written ahead, then
   * placed at once, while older queued sales wait for the next replay). Runs after a replay in
   * progress; the caller must not send the same sale concurrently.
   */
  async sendOne(saleId: string, send: SendFn): Promise<ReplayReport> {
    await this.replaying?.catch(() => undefined);
    return this.runReplay(send, saleId);
  }

  /** Rewrites the log as one record per sale; `dropSettled` also forgets placed and voided ones. */
  compact(options: { dropSettled?: boolean } = {}): Promise<void> {
    return this.serial(async () => {
      const keep = this.list().filter((e) => !options.dropSettled || isPending(e) || e.state === 'held');
      await this.storage.compact(keep);
      for (const e of this.list()) if (!keep.includes(e)) this.entries.delete(e.saleId);
    });
  }

  private async runReplay(send: SendFn, only?: string): Promise<ReplayReport> {
    const report: ReplayReport = { placed: [], held: [], remaining: 0 };
    for (let after = -1; ; ) {
      const next = this.list().find(
        (e) => isPending(e) && e.seq > after && (only === undefined || e.saleId === only),
      );
      if (!next) break;
      after = next.seq;
      const entry = await this.beginAttempt(next.saleId);
      if (!entry) continue;
      let outcome: SendOutcome;
      try {
        outcome = await send(entry, (cartId) => this.markCart(entry.saleId, cartId));
      } catch (error) {
        if (!isSaleRejection(error)) {
          report.stopped = { saleId: entry.saleId, error };
          break;
        }
        outcome = { kind: 'held', reason: error.renderedMessage };
      }
      await this.settle(entry.saleId, outcome, report);
    }
    report.remaining = this.depth();
    return report;
  }

  private async beginAttempt(saleId: string): Promise<QueueEntry | undefined> {
    try {
      return await this.move(saleId, ['queued', 'placing'], (e) => ({
        ...e,
        state: 'placing',
        attempts: e.attempts + 1,
      }));
    } catch (e) {
      if (e instanceof QueueError) return undefined; // held or voided meanwhile
      throw e;
    }
  }

  private markCart(saleId: string, cartId: number | string): Promise<void> {
    return this.move(saleId, ['placing'], (e) => ({ ...e, cartId })).then(() => undefined);
  }

  private async settle(saleId: string, outcome: SendOutcome, report: ReplayReport): Promise<void> {
    if (outcome.kind === 'placed') {
      const { orderId, orderNumber } = outcome;
      await this.move(saleId, ['placing'], (e) => ({ ...e, state: 'placed', orderId, orderNumber }));
      report.placed.push({ saleId, orderId, orderNumber });
    } else {
      await this.move(saleId, ['placing'], (e) => ({ ...e, state: 'held', heldReason: outcome.reason }));
      report.held.push({ saleId, reason: outcome.reason });
    }
  }

  /** A state transition, checked against the latest durable state inside the write chain. */
  private move(saleId: string, from: QueueEntry['state'][], change: (e: QueueEntry) => QueueEntry) {
    return this.commit(saleId, (current) => {
      if (!current) throw new QueueError(`sale ${saleId} is not in the queue`);
      if (!from.includes(current.state)) {
        throw new QueueError(`sale ${saleId} is ${current.state}, expected ${from.join(' or ')}`);
      }
      return { ...change(current), updatedAt: this.stamp() };
    });
  }

  private commit(
    saleId: string,
    change: (current: QueueEntry | undefined) => QueueEntry,
  ): Promise<QueueEntry> {
    return this.serial(async () => {
      const next = change(this.entries.get(saleId));
      await this.storage.append(next);
      this.entries.set(saleId, next);
      return next;
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writes.then(task);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }
}

/**
 * A rejection of this sale itself (bad data, conflict, missing entity): hold it for a person.
 * 401/403 and 5xx are systemic (credentials, WAF, server; a 500 may even follow a commit), so
 * they stop the replay instead of holding every sale in turn.
 */
function isSaleRejection(e: unknown): e is MagentoRejection {
  return (
    e instanceof MagentoRejection && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 403
  );
}
