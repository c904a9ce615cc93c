import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { Toxiproxy } from 'toxiproxy-node-client';
import { createFaultProxy, type FaultProxy } from '../../fault-proxy/index.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type RegisterPage, startRegisterPage } from '../index.ts';
import {
  completeSale,
  launchProfile,
  noBrowser,
  opened,
  output,
  pageSession,
  scan,
  textOf,
} from '../test-support/page-kit.ts';
import { Admin } from '../test-support/shop-kit.ts';

/**
 * The browser register through an outage (the fault proxy between the page server and the
 * simulator, disabled = connection refused): a sale is queued in IndexedDB, the page says Offline
 * with one queued sale and a stale stock reading, and keeps the sale across a reload and across closing and relaunching the
 * browser on the same profile; once the link is back, "Sync now" places it in Magento exactly once.
 */
let sim: Simulator;
let fp: FaultProxy;
let toxiproxy: Toxiproxy;
let admin: Admin;
let server: RegisterPage;
let context: BrowserContext | undefined;
const profile = mkdtempSync(join(tmpdir(), 'posgate-page-profile-'));

before(async () => {
  if (noBrowser) return;
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  admin = new Admin(sim.url);
  fp = await createFaultProxy({ port: 0, seed: 1 });
  toxiproxy = new Toxiproxy(fp.url);
  const proxy = await toxiproxy.createProxy({
    name: 'magento',
    listen: '127.0.0.1:0',
    upstream: new URL(sim.url).host,
  });
  server = await startRegisterPage({
    session: pageSession(`http://${proxy.listen}`, {
      registerId: 'PAGE-OFF',
      stockCacheTtlMs: 0, // every reading is refreshed: an unreachable Magento makes it stale at once
      timeouts: { requestMs: 1000, maxRetryWaitMs: 300 },
    }),
  });
});
after(async () => {
  if (noBrowser) return;
  await context?.close();
  await server?.close();
  await fp?.close();
  await sim?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function link(enabled: boolean): Promise<void> {
  const p = await toxiproxy.get('magento');
  await p.update({ enabled, listen: p.listen, upstream: p.upstream });
}

test('offline: queued in IndexedDB, kept across a reload and a browser restart, synced once', {
  skip: noBrowser,
}, async () => {
  context = await launchProfile(profile);
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  assert.equal(await opened(page), 'Online');

  await scan(page, 'MUG-001', 1);
  assert.equal(await textOf(output(page, 'Stock freshness'), (t) => t !== ''), 'live');

  await link(false);
  const form = page.getByRole('form', { name: 'Sale' });
  await form.getByRole('textbox', { name: 'SKU', exact: true }).fill('MUG-001');
  await form.getByRole('button', { name: 'Check stock' }).click();
  assert.equal(await textOf(output(page, 'Stock freshness'), (t) => t !== ''), 'stale');
  const staleAlerts = await textOf(page.getByRole('list', { name: 'Alerts' }), (t) =>
    t.includes('stale-stock: '),
  );
  assert.match(staleAlerts, /stale-stock: stock of MUG-001 shown from a reading/);
  assert.equal(await form.locator('tbody tr').count(), 1, 'Check stock adds no line');

  const sale = await completeSale(page);
  assert.equal(sale.status, 'queued-offline', String(sale.reason));
  assert.equal(await output(page, 'Connection').textContent(), 'Offline');
  assert.equal(await output(page, 'Queued sales').textContent(), '1');
  const alerts = await page.getByRole('list', { name: 'Alerts' }).getByRole('listitem').allTextContents();
  assert.ok(
    alerts.some((a) => a.startsWith('offline: ')),
    `an offline alert: ${alerts.join(' | ')}`,
  );

  await page.reload();
  assert.equal(await opened(page), 'Offline', 'reopened from the saved catalog');
  assert.equal(await textOf(output(page, 'Queued sales'), '1'), '1');

  await context.close();
  context = await launchProfile(profile);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  assert.equal(await opened(page), 'Offline');
  assert.equal(await textOf(output(page, 'Queued sales'), '1'), '1');
  assert.deepEqual(await admin.allOrders(), [], 'nothing reached Magento while offline');

  await link(true);
  const report = await syncNow(page);
  assert.deepEqual(
    report.synced.map((s: { saleId: string }) => s.saleId),
    [sale.saleId],
  );
  assert.equal(await output(page, 'Queued sales').textContent(), '0');
  assert.equal(await output(page, 'Connection').textContent(), 'Online');
  assert.notEqual(await output(page, 'Last sync').textContent(), 'never');
  const again = await syncNow(page);
  assert.deepEqual(again.synced, []);
  const orders = await admin.allOrders();
  assert.equal(orders.length, 1, 'the queued sale is placed exactly once');
  assert.equal(orders[0].increment_id, report.synced[0].orderNumber);
  assert.deepEqual(
    orders[0].items.map((i: { sku: string; qty_ordered: number }) => [i.sku, i.qty_ordered]),
    [['MUG-001', 1]],
  );
  await context.close();
  context = undefined;
});

async function syncNow(page: import('playwright-core').Page) {
  await page.getByRole('button', { name: 'Sync now' }).click();
  const json = await textOf(output(page, 'Sync result JSON'), (t) => t !== '');
  return JSON.parse(json);
}
