import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type RegisterPage, startRegisterPage } from '../index.ts';
import {
  completeSale,
  launchBrowser,
  noBrowser,
  opened,
  output,
  pageSession,
  scan,
  textOf,
} from '../test-support/page-kit.ts';
import { Admin } from '../test-support/shop-kit.ts';

/**
 * The browser register in real Chromium against the simulator (single-shop, Commerce): a sale
 * rung up by scanning shows Magento's order number and Magento has the order; the same with the
 * keyboard only; a return by order number; integration credentials (OAuth signed in the page with
 * WebCrypto, for the URL Magento sees behind the same-origin pass-through). Every outcome is read from Magento, not the page.
 */
const KEY = (c: string) => c.repeat(32);
const INTEGRATION = {
  kind: 'integration',
  consumerKey: KEY('k'),
  consumerSecret: KEY('s'),
  accessToken: KEY('t'),
  accessTokenSecret: KEY('u'),
} as const;
const INTEGRATION_ROW = {
  consumer_key: INTEGRATION.consumerKey,
  consumer_secret: INTEGRATION.consumerSecret,
  access_token: INTEGRATION.accessToken,
  access_token_secret: INTEGRATION.accessTokenSecret,
};

let sim: Simulator;
let admin: Admin;
let server: RegisterPage;
let browser: Browser;

before(async () => {
  if (noBrowser) return;
  sim = await createSimulator({
    edition: 'commerce',
    scenario: 'single-shop',
    prepare: [
      (s) =>
        s.store.put('integrations', '901', { id: 901, name: 'till', ...INTEGRATION_ROW, resources: 'all' }),
    ],
  });
  admin = new Admin(sim.url);
  await admin.seedExtras();
  server = await startRegisterPage({ session: pageSession(sim.url) });
  browser = await launchBrowser();
});
after(async () => {
  if (noBrowser) return;
  await browser?.close();
  await server?.close();
  await sim?.close();
});

let firstOrder = '';

test('a scanned sale shows price and live stock, completes, and Magento has the order', {
  skip: noBrowser,
}, async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  assert.equal(await opened(page), 'Online');
  const salable = await admin.salable('MUG-001');
  await scan(page, 'MUG-001', 2);
  assert.equal(await textOf(output(page, 'Stock'), (t) => t !== ''), String(salable));
  assert.equal(await output(page, 'Stock freshness').textContent(), 'live');
  const rows = page.getByRole('table', { name: 'Sale lines' }).locator('tbody tr');
  assert.deepEqual(await rows.first().locator('td').allTextContents(), ['MUG-001', '2', '12.00']);

  const result = await completeSale(page);
  assert.equal(result.status, 'completed', String(result.reason));
  const number = await output(page, 'Order number').textContent();
  assert.match(number ?? '', /^\d{9}$/);
  assert.equal(number, result.orderNumber);
  const [order] = await admin.orders({ field: 'increment_id', value: number ?? '' });
  assert.ok(order, `Magento has no order ${number}`);
  assert.deepEqual(
    order.items.map((i: { sku: string; qty_ordered: number }) => [i.sku, i.qty_ordered]),
    [['MUG-001', 2]],
  );
  const totals = result.totals as { grandTotal: number };
  assert.equal(order.grand_total, totals.grandTotal);
  assert.equal(await output(page, 'Grand total').textContent(), totals.grandTotal.toFixed(2));
  assert.equal(await rows.count(), 0, 'the sale is cleared after it completes');
  firstOrder = order.increment_id;
  await page.context().close();
});

/** Presses Tab until the focused control's label (or text) is `name`; fails if Tab never gets there. */
async function tabTo(page: import('playwright-core').Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate<string>(
      '(() => { const el = document.activeElement; return ((el && el.labels && el.labels[0] ? el.labels[0].textContent : el && el.textContent) || "").trim(); })()',
    );
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reaches "${name}"`);
}

test('keyboard only: scan and Enter, arrow to Card, Tab to Complete sale, Enter', {
  skip: noBrowser,
}, async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await opened(page);
  await tabTo(page, 'SKU');
  await page.keyboard.type('SOCKS-001');
  await page.keyboard.press('Enter');
  await textOf(output(page, 'Stock'), (t) => t !== '');
  await tabTo(page, 'Cash');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('radio', { name: 'Card', exact: true }).isChecked(), true);
  await tabTo(page, 'Complete sale');
  await page.keyboard.press('Enter');
  assert.equal(await textOf(output(page, 'Sale status'), (t) => t !== ''), 'completed');
  const number = (await output(page, 'Order number').textContent()) ?? '';
  const [order] = await admin.orders({ field: 'increment_id', value: number });
  assert.ok(order, `Magento has no order ${number}`);
  assert.equal(order.payment.method, 'pos_card');
  assert.deepEqual(
    order.items.map((i: { sku: string }) => i.sku),
    ['SOCKS-001'],
  );
  await page.context().close();
});

test('a return by order number: refunded in Magento and restocked to the shop', {
  skip: noBrowser,
}, async () => {
  assert.ok(firstOrder, 'the first test sold an order to return');
  const shelf = await admin.sourceQty('MUG-001');
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await opened(page);
  const form = page.getByRole('form', { name: 'Return' });
  await form.getByRole('textbox', { name: 'Order number' }).fill(firstOrder);
  await form.getByRole('textbox', { name: 'Return SKU' }).fill('MUG-001');
  await form.getByRole('textbox', { name: 'Return quantity' }).fill('1');
  await form.getByRole('combobox', { name: 'Refund tender' }).selectOption('card');
  assert.equal(await form.getByRole('checkbox', { name: 'Restock' }).isChecked(), true);
  await form.getByRole('button', { name: 'Process return' }).click();
  const status = await textOf(output(page, 'Return status'), (t) => t !== '');
  const result = JSON.parse((await output(page, 'Return result JSON').textContent()) ?? '{}');
  assert.equal(status, 'completed', result.reason);
  const memo = await admin.call<{ order_id: number; items: Array<{ sku: string; qty: number }> }>(
    'GET',
    `/V1/creditmemo/${result.creditMemoId}`,
  );
  assert.deepEqual(
    memo.items.filter((i) => i.qty > 0).map((i) => [i.sku, i.qty]),
    [['MUG-001', 1]],
  );
  assert.equal(await admin.sourceQty('MUG-001'), shelf + 1);
  await page.context().close();
});

test('integration credentials: the page signs OAuth for the URL Magento sees, and sells', {
  skip: noBrowser,
}, async () => {
  const oauthPage = await startRegisterPage({
    session: pageSession(sim.url, { registerId: 'PAGE-OAUTH', credentials: INTEGRATION }),
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(oauthPage.url);
    assert.equal(await opened(page), 'Online', (await output(page, 'Page error').textContent()) ?? '');
    await scan(page, 'MUG-001');
    assert.equal(await textOf(output(page, 'Stock freshness'), (t) => t !== ''), 'live');
    const result = await completeSale(page);
    assert.equal(result.status, 'completed', String(result.reason));
    const [order] = await admin.orders({ field: 'increment_id', value: String(result.orderNumber) });
    assert.ok(order, `Magento has no order ${result.orderNumber}`);
    await page.context().close();
  } finally {
    await oauthPage.close();
  }
});

test('customer, coupon, manager override with approver, split tender: as entered, in Magento', {
  skip: noBrowser,
}, async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await opened(page);
  const form = page.getByRole('form', { name: 'Sale' });
  await form.getByRole('textbox', { name: 'Price override' }).fill('19.99');
  await scan(page, 'BOTTLE-001');
  assert.match(await textOf(output(page, 'Line message'), (t) => t !== ''), /needs the approving manager/);
  await form.getByRole('textbox', { name: 'Approver' }).fill('mgr-7');
  await scan(page, 'BOTTLE-001');
  await scan(page, 'TOTE-001', 3);
  const rows = form.getByRole('table', { name: 'Sale lines' }).locator('tbody tr');
  await textOf(rows.nth(1), (t) => t !== '');
  assert.deepEqual(await rows.first().locator('td').allTextContents(), ['BOTTLE-001', '1', '19.99']);
  assert.deepEqual(await rows.nth(1).locator('td').allTextContents(), ['TOTE-001', '3', '18.50']);
  await form.getByRole('textbox', { name: 'Customer email' }).fill('pat@example.com');
  await form.getByRole('textbox', { name: 'Coupon' }).fill('TENOFF');
  await form.getByRole('radio', { name: 'Split', exact: true }).check();
  await form.getByRole('textbox', { name: 'Cash amount' }).fill('20');
  const result = await completeSale(page);
  assert.equal(result.status, 'completed', String(result.reason));
  const [order] = await admin.orders({ field: 'increment_id', value: String(result.orderNumber) });
  assert.ok(order, `Magento has no order ${result.orderNumber}`);
  assert.equal(order.customer_email, 'pat@example.com');
  assert.equal(order.customer_is_guest, 0);
  const totals = result.totals as { discount: number; tax: number };
  assert.ok(totals.discount > 0);
  assert.equal(Math.abs(order.discount_amount), totals.discount);
  assert.equal(await output(page, 'Discount').textContent(), totals.discount.toFixed(2));
  assert.equal(order.tax_amount, totals.tax);
  assert.equal(order.items[0].extension_attributes.pos_price_override.approver, 'mgr-7');
  assert.equal(order.payment.method, 'pos_split');
  assert.deepEqual(
    order.extension_attributes.pos_payments.map((p: { method: string; amount: number }) => p.method),
    ['pos_cash', 'pos_card'],
  );
  assert.equal(order.extension_attributes.pos_payments[0].amount, 20);
  await page.context().close();
});

test('a second tab on the same till is refused: one register per data directory', {
  skip: noBrowser,
}, async () => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(server.url);
  assert.equal(await opened(first), 'Online');
  const second = await context.newPage();
  await second.goto(server.url);
  await assert.rejects(opened(second), /open in another tab or window/);
  assert.equal(await output(first, 'Connection').textContent(), 'Online');
  await context.close();
});
