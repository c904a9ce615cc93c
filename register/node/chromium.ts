import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';

/**
 * Starts the system's Chromium for the browser register (its page tests and the harness's
 * Playwright driver share this one launcher) (Debian's `chromium`, never a downloaded browser: posgate's machines
 * reach package registries only) through playwright-core, with the flags of toolchain.md. The
 * context is persistent: its profile directory holds the page's IndexedDB, so a browser closed and
 * relaunched on the same directory finds the till's offline queue again.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** No background traffic to outside hosts, no sandbox (containers), no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** There is no Chromium where posgate looked: browser scenarios cannot run here. */
export class ChromiumNotFound extends Error {
  override name = 'ChromiumNotFound';
  constructor(readonly path: string) {
    super(`no Chromium found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
}

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Why a browser cannot be started here (the ChromiumNotFound message), or null when it can. */
export function chromiumMissing(path = chromiumPath()): string | null {
  return existsSync(path) ? null : new ChromiumNotFound(path).message;
}

/** A headless Chromium on the profile `userDataDir` (created when absent). */
export async function launchChromium(
  userDataDir: string,
  executablePath = chromiumPath(),
): Promise<BrowserContext> {
  if (!existsSync(executablePath)) throw new ChromiumNotFound(executablePath);
  const { chromium } = await import('playwright-core'); // loaded only when a browser is wanted
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 900 },
  });
}

/** A headless Chromium without a profile on disk (tests that need no restart). */
export async function launchChromiumBrowser(executablePath = chromiumPath()): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumNotFound(executablePath);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
