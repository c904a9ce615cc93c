import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromiumMissing, launchChromium, launchChromiumBrowser } from '../node/chromium.ts';
import type { PageSessionInput } from '../node/page-server/page-session.ts';
import { shopSession } from './shop-kit.ts';

/**
 * Shared set-up of the browser register's tests: Debian's Chromium through playwright-core with
 * the flags of toolchain.md (never a downloaded browser), the single-shop till session without a
 * data directory (the page keeps it in IndexedDB), and reading the page by role and name, as the
 * harness's page object does. Without a browser the tests are skipped with `noBrowser` as reason.
 */
/** Why the browser tests cannot run here, or false when they can. */
export const noBrowser: string | false = chromiumMissing() ?? false;

export const launchBrowser = (): Promise<Browser> => launchChromiumBrowser();

/** A browser profile on disk: IndexedDB outlives closing and relaunching it. */
export const launchProfile = (userDataDir: string): Promise<BrowserContext> => launchChromium(userDataDir);

/** The single-shop till (shop-kit's session) as a page server takes it: no data directory. */
export function pageSession(magentoUrl: string, over: Partial<PageSessionInput> = {}): PageSessionInput {
  const { dataDir: _ignored, ...session } = shopSession(magentoUrl, 'unused');
  return { ...session, ...over } as PageSessionInput;
}

/** An output of the page by its accessible name (outputs have the role `status`). */
export function output(page: Page, name: string): Locator {
  return page.getByRole('status', { name, exact: true });
}

/** Waits until the locator's text satisfies `want` (a string is an exact match); returns it. */
export async function textOf(
  locator: Locator,
  want: string | ((text: string) => boolean),
  timeoutMs = 15_000,
): Promise<string> {
  const ok = typeof want === 'string' ? (t: string) => t === want : want;
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = ((await locator.textContent()) ?? '').trim();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting on ${locator}: last text "${last}"`);
}

/** The register is open once "Connection" says Online or Offline; a page error fails at once. */
export async function opened(page: Page): Promise<string> {
  const state = await textOf(output(page, 'Connection'), (t) => ['Online', 'Offline', 'Closed'].includes(t));
  if (state === 'Closed') throw new Error(`${await output(page, 'Page error').textContent()}`);
  return state;
}

/** Rings up a line the way a scanner does: the SKU typed, then Enter. */
export async function scan(page: Page, sku: string, qty?: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Sale' });
  if (qty !== undefined) await form.getByRole('textbox', { name: 'Quantity', exact: true }).fill(String(qty));
  const box = form.getByRole('textbox', { name: 'SKU', exact: true });
  await box.fill(sku);
  await box.press('Enter');
}

/** Completes the sale and returns the SaleResult the page shows as JSON. */
export async function completeSale(page: Page): Promise<{ status: string; [k: string]: unknown }> {
  await page.getByRole('button', { name: 'Complete sale' }).click();
  await textOf(output(page, 'Sale status'), (t) => t !== '');
  return JSON.parse((await output(page, 'Sale result JSON').textContent()) ?? '{}');
}
