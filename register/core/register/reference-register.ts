import {
  type RegisterDriver,
  type RegisterSession,
  type RegisterStatus,
  type ReturnRequest,
  ReturnRequest as ReturnRequestSchema,
  type ReturnResult,
  type Sale,
  type SaleResult,
  Sale as SaleSchema,
  type StockReading,
  type SyncReport,
} from '../../../contracts/driver.ts';
import { MagentoRejection } from '../errors.ts';
import { mulberry32, type Rng } from '../prng.ts';
import { returnItems } from '../returns/return-items.ts';
import { SaleDeclined } from '../sale-declined.ts';
import { Mutex } from './mutex.ts';
import { openShop, type RegisterOptions } from './open-session.ts';
import { sell } from './sell.ts';
import { release, sync } from './sync.ts';
import { Till } from './till.ts';

/**
 * The reference register: the POS done right, behind the driver contract (contracts/driver.ts).
 * Read-through stock with a short visible cache, write-through sales (written ahead to a durable
 * queue, placed exactly once, invoiced and shipped from the shop's source at once), totals
 * computed by the register and checked against Magento's to the cent, an offline mode with an
 * explicit conflict policy, 429 back-off, loud errors. See docs/register.md.
 */
export interface HeldSale {
  saleId: string;
  reason: string;
  sale: Sale;
  heldAt: string;
}

/** The driver was used before `open` (or after `close`). */
export class RegisterNotOpen extends Error {
  override name = 'RegisterNotOpen';
  constructor() {
    super('the register is not open: call open(session) first');
  }
}

export class ReferenceRegister implements RegisterDriver {
  private till: Till | undefined;
  private readonly lock = new Mutex();
  private rng: Rng = mulberry32(1);
  private saleCount = 0;

  constructor(private readonly options: RegisterOptions) {}

  async open(session: RegisterSession): Promise<void> {
    await this.close();
    const shop = await openShop(session, this.options);
    this.rng = mulberry32(shop.session.seed);
    this.saleCount = 0;
    this.till = new Till(shop, this.options.offlineRetryMs ?? 5000);
  }

  sell(input: Sale): Promise<SaleResult> {
    const till = this.open_();
    const sale = SaleSchema.parse(input);
    return this.lock.run(() => sell(till, { ...sale, saleId: sale.saleId ?? this.newSaleId(till) }));
  }

  returnItems(input: ReturnRequest): Promise<ReturnResult> {
    const till = this.open_();
    const request = ReturnRequestSchema.parse(input);
    const s = till.shop;
    return this.lock.run(async () => {
      try {
        const deps = {
          client: s.client,
          alerts: s.alerts,
          catalog: s.catalog,
          stock: s.stock,
          sourceCode: s.session.sourceCode,
          storeId: s.env.storeId,
        };
        const result = await returnItems(deps, request);
        till.markOnline();
        return result;
      } catch (e) {
        if (e instanceof SaleDeclined) return { status: 'declined', reason: e.message };
        if (e instanceof MagentoRejection) return { status: 'declined', reason: e.renderedMessage };
        till.noteFailure(e, `return of order ${request.orderNumber}`);
        return {
          status: 'declined',
          reason: `Magento unreachable, nothing was refunded: ${(e as Error).message}`,
        };
      }
    });
  }

  async stockLevel(sku: string): Promise<StockReading> {
    const till = this.open_();
    const reading = await till.shop.stock.level(sku);
    if (reading.live) till.markOnline();
    return reading;
  }

  sync(): Promise<SyncReport> {
    const till = this.open_();
    return this.lock.run(() => sync(till));
  }

  async status(): Promise<RegisterStatus> {
    const till = this.open_();
    const entries = till.shop.queue.list();
    return {
      online: till.online,
      queueDepth: till.shop.queue.depth(),
      held: entries.filter((e) => e.state === 'held').length,
      lastSyncAt: till.lastSyncAt,
      alerts: till.shop.alerts.list(),
    };
  }

  async close(): Promise<void> {
    const till = this.till;
    if (!till) return;
    this.till = undefined;
    await this.lock.run(() => till.shop.dir.close());
  }

  /** Sales held for review (stock conflicts, Magento's refusals at sync), oldest first. */
  async held(): Promise<HeldSale[]> {
    const till = this.open_();
    return till.shop.queue
      .list()
      .filter((e) => e.state === 'held')
      .map((e) => ({ saleId: e.saleId, reason: e.heldReason ?? '', sale: e.sale, heldAt: e.updatedAt }));
  }

  /** A person releases a held sale: placed now (stock adjusted to zero if it still conflicts). */
  release(saleId: string): Promise<SaleResult> {
    const till = this.open_();
    return this.lock.run(() => release(till, saleId));
  }

  /** A person gives a held (or queued) sale up, e.g. refunded at the till. */
  async voidSale(saleId: string, reason: string): Promise<void> {
    const till = this.open_();
    await this.lock.run(() => till.shop.queue.void(saleId, reason));
  }

  /** The discrepancy report so far (also in the data directory as JSON and CSV). */
  discrepancies() {
    return this.open_().shop.log.list();
  }

  private open_(): Till {
    if (!this.till) throw new RegisterNotOpen();
    return this.till;
  }

  /** `<registerId>-<time>-<seeded random>`: unique across restarts, replayable with the seed. */
  private newSaleId(till: Till): string {
    const n = (this.saleCount++).toString(36);
    const r = Math.floor(this.rng() * 36 ** 4)
      .toString(36)
      .padStart(4, '0');
    return `${till.shop.session.registerId}-${till.shop.now().toString(36)}${n}-${r}`;
  }
}
