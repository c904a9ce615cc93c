import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RegisterSession, StockReading, SyncReport } from '../../contracts/driver.ts';
import type { PosWorld } from './pos-world.ts';

/**
 * Stock as the scenarios check it: what the cashier is shown when looking a SKU up (live, cached,
 * stale, and the alerts that must come with a stale reading), what Magento can still sell on the
 * shop's stock (MSI reserves salable quantity the moment an order is placed), and how the sync
 * resolved the conflicts of offline sales. Magento is read through REST (the probe); the register
 * only for what its cashier sees.
 * @see field-guide.md §2 (read-through, reservations), §3 (conflict policies), §9 (inventory #2787)
 */

/** How far past the cache's lifetime a reading is let age before it is looked up again. */
const PAST_TTL_MS = 5;
/** The longest cache lifetime a scenario may wait out. */
const MAX_TTL_MS = 200;

export class StockChecks {
  private readonly readings = new Map<string, { reading: StockReading; at: number }>();
  private readonly salableBefore = new Map<string, number>();

  constructor(private readonly world: PosWorld) {}

  /** The cashier looks a SKU up at the till. */
  async lookUp(sku: string): Promise<StockReading> {
    const driver = this.world.driver;
    assert.ok(driver, 'no register is open: add "Given a register at shop ..." first');
    try {
      const reading = await driver.stockLevel(this.world.ns.sku(sku));
      this.readings.set(sku, { reading, at: Date.now() });
      return reading;
    } catch (err) {
      this.world.registerErrors.push(`stockLevel: ${(err as Error).message}`);
      throw err;
    }
  }

  /** Lets the last reading of `sku` grow just older than the register's cache lifetime. */
  async agePastTtl(sku: string): Promise<void> {
    const ttl = this.session().stockCacheTtlMs;
    assert.ok(
      ttl <= MAX_TTL_MS,
      `open the register with stock cached for at most ${MAX_TTL_MS} ms: scenarios never sleep longer`,
    );
    const wait = this.last(sku).at + ttl + PAST_TTL_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  assertShownLive(sku: string, qty: number): void {
    const { reading } = this.last(sku);
    assert.equal(reading.live, true, `the register showed ${sku} from its cache, not read live from Magento`);
    assert.equal(reading.qty, qty, `the register shows ${reading.qty} of ${sku}, expected ${qty}`);
  }

  /** The reading served while Magento is unreachable must say it is stale: never silently old. */
  assertShownStale(sku: string): void {
    const { reading } = this.last(sku);
    const ttl = this.session().stockCacheTtlMs;
    assert.equal(
      reading.live,
      false,
      `the register says it read ${sku} live while its link to Magento was down`,
    );
    assert.equal(
      reading.stale,
      true,
      `the register showed a ${reading.ageMs} ms old reading of ${sku} as fresh (stale: false) after its refresh failed; its cache lives ${ttl} ms`,
    );
  }

  async assertStaleAlert(sku: string): Promise<void> {
    const { alerts } = await this.world.status();
    const raised = alerts.filter((a) => a.kind === 'stale-stock' || a.kind === 'stock-refresh-failed');
    assert.ok(
      raised.length > 0,
      `the register raised no stale-stock or stock-refresh-failed alert while showing stale stock of ${sku}; its alerts: ${alerts.map((a) => `${a.kind}: ${a.message}`).join('; ') || 'none'}`,
    );
  }

  /** What Magento can sell of a SKU on the shop's stock right now. */
  salable(sku: string): Promise<number> {
    return this.world.target.probe.salableQty(this.world.ns.sku(sku), this.session().stockId);
  }

  /** Checks and remembers the salable quantity before the scenario acts. */
  async noteSalable(sku: string, expected: number): Promise<void> {
    const qty = await this.salable(sku);
    assert.equal(
      qty,
      expected,
      `Magento can sell ${qty} of ${sku} on the shop's stock, expected ${expected}`,
    );
    this.salableBefore.set(sku, qty);
  }

  /** The new order must have reserved `qty` of `sku`: MSI's salable quantity fell by as much. */
  async assertReserved(sku: string, qty: number): Promise<void> {
    const before = this.salableBefore.get(sku);
    assert.ok(before !== undefined, `the salable quantity of ${sku} was not noted before the sale`);
    const now = await this.salable(sku);
    const orders = (await this.world.newOrders()).map((o) => o.increment_id).join(', ') || 'none';
    const what =
      now === before
        ? `left no reservation: an order saved raw (POST /V1/orders, PUT /V1/orders/create) skips MSI, so the web shop can still sell the ${qty} unit(s) the till sold`
        : `reserved ${before - now}, not ${qty}`;
    assert.equal(
      before - now,
      qty,
      `order(s) ${orders} ${what} (salable quantity of ${sku} was ${before}, is ${now})`,
    );
  }

  /** No quantity of the SKU is below zero, salable or on any source. */
  async assertNothingNegative(sku: string): Promise<void> {
    const salable = await this.salable(sku);
    assert.ok(salable >= 0, `Magento's salable quantity of ${sku} is ${salable}: the sync oversold it`);
    const sources = await this.world.target.probe.sourceQuantities(this.world.ns.sku(sku));
    for (const [source, qty] of Object.entries(sources)) {
      assert.ok(qty >= 0, `source ${source} holds ${qty} of ${sku}: the sync drove it below zero`);
    }
  }

  /** Exactly one new order, selling `qty` of `sku`. */
  async assertNewOrderSold(qty: number, sku: string): Promise<void> {
    const orders = await this.world.newOrders();
    assert.equal(orders.length, 1, `expected 1 new order in Magento, found ${orders.length}`);
    const order = orders[0] as (typeof orders)[number];
    const want = this.world.ns.sku(sku).toLowerCase();
    const sold = order.items
      .filter((i) => !i.parent_item_id && i.sku.toLowerCase() === want)
      .reduce((n, i) => n + Number(i.qty_ordered), 0);
    assert.equal(sold, qty, `order ${order.increment_id} sold ${sold} of ${sku}, the till sold ${qty}`);
  }

  /** The sync held the sale for review: held in the register, the conflict reported. */
  async assertHeldForReview(sku: string, missing: number): Promise<void> {
    const status = await this.world.status();
    this.world.queueAccountedFor = true;
    assert.equal(
      status.held,
      1,
      `the register holds ${status.held} sale(s) for review, expected the conflicting one`,
    );
    const conflict = this.conflictOn(sku);
    assert.equal(
      conflict.resolution,
      'held',
      `the sync resolved the conflict on ${sku} as ${conflict.resolution}, the policy is hold-for-review`,
    );
    assert.equal(
      conflict.wanted - conflict.available,
      missing,
      `the sync reports ${sku} wanted ${conflict.wanted}, available ${conflict.available}: ${missing} unit(s) are missing`,
    );
    this.assertAlerted(status.alerts, sku);
    this.assertInDiscrepancyFile(sku, 'held');
  }

  /** The sync adjusted the conflict to zero and said so. */
  async assertAdjusted(sku: string): Promise<void> {
    const conflict = this.conflictOn(sku);
    assert.equal(
      conflict.resolution,
      'adjusted',
      `the sync resolved the conflict on ${sku} as ${conflict.resolution}, the policy is adjust-to-zero`,
    );
    this.assertAlerted((await this.world.status()).alerts, sku);
    this.assertInDiscrepancyFile(sku, 'adjusted');
  }

  /** The last sale was declined with Magento's own words. */
  assertDeclinedWith(message: string): void {
    const { result } = this.world.lastSale;
    const version = this.world.target.version;
    assert.equal(
      result.status,
      'declined',
      `the register answered ${result.status}: Magento ${version} refuses the sale with "${message}"`,
    );
    assert.ok(
      (result.reason ?? '').includes(message),
      `the register declined with "${result.reason ?? ''}", not Magento ${version}'s own "${message}"`,
    );
  }

  private conflictOn(sku: string): SyncReport['conflicts'][number] {
    const report = this.world.syncReports.at(-1);
    assert.ok(report, 'the register did not sync in this scenario');
    const want = this.world.ns.sku(sku).toLowerCase();
    const conflict = report.conflicts.find((c) => c.sku.toLowerCase() === want);
    assert.ok(
      conflict,
      `the sync reported no stock conflict on ${sku} (conflicts: ${report.conflicts.map((c) => c.sku).join(', ') || 'none'}; synced: ${report.synced.length})`,
    );
    return conflict;
  }

  private assertAlerted(alerts: Array<{ kind: string }>, sku: string): void {
    assert.ok(
      alerts.some((a) => a.kind === 'sync-conflict'),
      `the register raised no sync-conflict alert for ${sku}`,
    );
  }

  /** When the register keeps its discrepancy report in the data directory, the SKU is in it. */
  private assertInDiscrepancyFile(sku: string, resolution: string): void {
    const file = join(this.session().dataDir, 'discrepancies.csv');
    if (!existsSync(file)) return;
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const want = this.world.ns.sku(sku).toLowerCase();
    assert.ok(
      rows.some((r) => r['sku']?.toLowerCase() === want && r['resolution'] === resolution),
      `the discrepancy report ${file} has no ${resolution} row for ${sku}`,
    );
  }

  private last(sku: string): { reading: StockReading; at: number } {
    const last = this.readings.get(sku);
    assert.ok(last, `the cashier never looked up ${sku} in this scenario`);
    return last;
  }

  private session(): RegisterSession {
    const session = this.world.session;
    assert.ok(session, 'no register is open: add "Given a register at shop ..." first');
    return session;
  }
}
