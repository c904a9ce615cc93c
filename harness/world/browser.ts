import assert from 'node:assert/strict';
import { chromiumMissing } from '../../register/index.ts';
import { BrowserDriver } from '../drivers/browser/browser-driver.ts';
import type { PosWorld } from './pos-world.ts';
import { scenarioSku } from './scenario-names.ts';
import type { ShopChoice } from './session.ts';

/**
 * World verbs of the browser-only scenarios: a browser register opened whatever `--driver` says,
 * what the cashier does to the browser (reload the page, close and restart it), what the cashier
 * sees on the status bar, and screenshots for the reports. The browser register becomes the
 * scenario's register (`world.driver`), so every other step (sales, syncs, Magento checks) drives
 * and checks it as it would any register.
 */

/** Why browser scenarios cannot run here (no Chromium), or null; only asked of browser scenarios. */
export function browserNotRunnable(tags: readonly string[], driver: string): string | null {
  if (!tags.includes('@browser') && driver !== 'browser') return null;
  const missing = chromiumMissing();
  return missing && `needs a browser (${driver === 'browser' ? '--driver browser' : '@browser'}): ${missing}`;
}

/** Opens the browser register for a shop as the scenario's register. */
export async function openBrowserRegister(world: PosWorld, shop: ShopChoice): Promise<void> {
  assert.ok(!world.driver, 'a register is open already in this scenario');
  await world.openRegister(shop, new BrowserDriver());
}

/** What happened to the browser last (for assertion messages): "after the page reload", … */
const lastEvent = new WeakMap<PosWorld, string>();

export async function reloadPage(world: PosWorld): Promise<void> {
  await browserOf(world).reload();
  lastEvent.set(world, 'after the page reload');
}

export async function restartBrowser(world: PosWorld): Promise<void> {
  await browserOf(world).restartBrowser();
  lastEvent.set(world, 'after the browser restart');
}

/** The status bar shows `connection` (Online/Offline) and `queued` sales, as the cashier reads it. */
export async function assertCashierSees(world: PosWorld, connection: string, queued: number): Promise<void> {
  const seen = await browserOf(world).indicator();
  world.queueAccountedFor = true;
  const when = lastEvent.get(world) ? `${lastEvent.get(world)}, ` : '';
  assert.equal(
    seen.connection,
    connection,
    `${when}the cashier sees the register "${seen.connection}" on the status bar, not "${connection}"`,
  );
  assert.equal(
    seen.queued,
    queued,
    `${when}the cashier sees ${seen.queued} queued sale(s) on the status bar, not ${queued}${seen.queued < queued ? ': queued sales were lost' : ''}`,
  );
}

/** An alert of this kind is listed to the cashier. */
export async function assertCashierSeesAlert(world: PosWorld, kind: string): Promise<void> {
  const alerts = await browserOf(world).pageObject.alerts();
  assert.ok(
    alerts.some((a) => a.startsWith(`${kind}: `)),
    `the cashier sees no "${kind}" alert (alerts shown: ${alerts.join(' | ') || 'none'})`,
  );
}

/** Every sale the register queued offline is exactly one of the scenario's new orders in Magento. */
export async function assertQueuedSalesPlacedOnce(world: PosWorld): Promise<void> {
  const queued = world.sales.filter((s) => s.result.status === 'queued-offline');
  assert.ok(queued.length > 0, 'no sale was queued offline in this scenario');
  const orders = await world.newOrders();
  const keyOf = (lines: Array<{ sku: string; qty: number }>) =>
    lines
      .map((l) => `${l.qty} ${l.sku}`)
      .sort()
      .join(' + ');
  const orderKeys = orders.map((o) => ({
    number: o.increment_id,
    key: keyOf(
      o.items
        .filter((i) => !i.parent_item_id)
        .map((i) => ({ sku: scenarioSku(world.ns, i.sku), qty: i.qty_ordered })),
    ),
  }));
  for (const { sale, result } of queued) {
    const key = keyOf(sale.lines);
    const same = queued.filter((q) => keyOf(q.sale.lines) === key).length;
    const placed = orderKeys.filter((o) => o.key === key);
    assert.equal(
      placed.length,
      same,
      placed.length === 0
        ? `the queued sale ${result.saleId} (${key}) never reached Magento`
        : `the queued sale ${result.saleId} (${key}) became ${placed.length} orders in Magento (${placed.map((o) => o.number).join(', ')}): placed more than once`,
    );
  }
}

/** A PNG of the browser register's screen, or null when no browser register is open. */
export async function browserScreenshot(world: PosWorld): Promise<Buffer | null> {
  if (!(world.driver instanceof BrowserDriver)) return null;
  return world.driver.screenshot().catch(() => null);
}

function browserOf(world: PosWorld): BrowserDriver {
  assert.ok(
    world.driver instanceof BrowserDriver,
    'no browser register is open: add "Given a browser register at shop ..." first (or run with --driver browser)',
  );
  return world.driver;
}
