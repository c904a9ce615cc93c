import type { StockReading } from '../../../contracts/driver.ts';
import type { AlertBoard } from '../alerts.ts';
import { MagentoRejection } from '../errors.ts';

/**
 * Read-through stock with a short, visible cache (field-guide.md §2): a reading younger than the
 * TTL is served from memory (`live: false` with its age); an older one is refreshed from Magento.
 * A refresh that fails raises `stock-refresh-failed`, and serving a reading older than the TTL
 * raises `stale-stock`: the till still answers, but never silently. Magento's own refusals
 * (unknown SKU, a configurable parent) are answers, not failures: they are thrown.
 * Offline sales lower the cached quantities (`take`) so the next reading shows them.
 */
export interface StockLevels {
  /** Salable quantity of the shop's stock. */
  qty: number;
  /** The shop's own source quantity. */
  sourceQty: number;
}

export type ReadStock = (sku: string) => Promise<StockLevels>;

interface Entry extends StockLevels {
  readAt: number;
}

/** Neither Magento nor the cache can tell this SKU's stock. */
export class StockUnknown extends Error {
  override name = 'StockUnknown';
}

export class StockCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly read: ReadStock,
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly alerts: AlertBoard,
  ) {}

  /** The reading the till shows: cached while fresh, refreshed when older than the TTL. */
  async level(sku: string): Promise<StockReading> {
    const cached = this.entries.get(sku);
    if (cached && this.now() - cached.readAt <= this.ttlMs) return this.reading(sku, cached, false);
    try {
      return this.reading(sku, await this.live(sku), true);
    } catch (error) {
      if (error instanceof MagentoRejection) throw error;
      const why = error instanceof Error ? error.message : String(error);
      this.alerts.set('stock-refresh-failed', `stock of ${sku} could not be refreshed: ${why}`, sku);
      if (!cached)
        throw new StockUnknown(`stock of ${sku} is unknown: Magento unreachable and nothing cached (${why})`);
      const reading = this.reading(sku, cached, false);
      this.alerts.set(
        'stale-stock',
        `stock of ${sku} shown from a reading ${Math.round(reading.ageMs / 1000)} s old`,
        sku,
      );
      return reading;
    }
  }

  /** Always from Magento (sale checks, sync); refreshes the cache and clears its alerts. */
  async live(sku: string): Promise<Entry> {
    const levels = await this.read(sku);
    const entry = { ...levels, readAt: this.now() };
    this.entries.set(sku, entry);
    this.alerts.clear('stock-refresh-failed', sku);
    this.alerts.clear('stale-stock', sku);
    return entry;
  }

  cached(sku: string): (Entry & { ageMs: number }) | undefined {
    const e = this.entries.get(sku);
    return e ? { ...e, ageMs: this.now() - e.readAt } : undefined;
  }

  /** A placed sale moved this SKU: the next reading goes to Magento. */
  forget(sku: string): void {
    this.entries.delete(sku);
  }

  /** An offline sale took `qty` units off the shelf: the cached reading shows it. */
  take(sku: string, qty: number): void {
    const e = this.entries.get(sku);
    if (e) this.entries.set(sku, { ...e, qty: e.qty - qty, sourceQty: e.sourceQty - qty });
  }

  private reading(sku: string, e: Entry, live: boolean): StockReading {
    const ageMs = live ? 0 : Math.max(0, this.now() - e.readAt);
    return { sku, qty: e.qty, sourceQty: e.sourceQty, live, ageMs, stale: ageMs > this.ttlMs };
  }
}
