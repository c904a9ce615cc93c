import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  type RegisterDriver,
  RegisterSession,
  RegisterStatus,
  ReturnRequest,
  ReturnResult,
  Sale,
  SaleResult,
  StockReading,
  SyncReport,
} from '../../../contracts/driver.ts';
import {
  chromiumPath,
  launchChromium,
  type RegisterPage,
  startRegisterPage,
} from '../../../register/index.ts';
import { RegisterPageObject } from './register-page-object.ts';
import { returnPlan, salePlan } from './sale-form-plan.ts';

/**
 * The register under test is the browser register (`--driver browser`): every operation of the
 * driver contract is done the way a cashier does it, on the page, through the page object, and its
 * answer read from the page's JSON outputs and validated with the contract's schemas. The register
 * runs in Chromium; its offline queue lives in IndexedDB in this driver's browser profile.
 *
 * Beyond the contract it offers what only a browser has: `reload()`, `restartBrowser()` (same
 * profile, so IndexedDB survives), `screenshot()` and `indicator()` (the status bar as the cashier
 * sees it).
 *
 *   harness ──► BrowserDriver ──► RegisterPageObject ──► Chromium: the page (register in IndexedDB)
 *                    │                                        │ same-origin /magento/*
 *                    └── starts ──► page server ◄─────────────┘ ──► session.magentoUrl (fault proxy)
 */
export interface BrowserDriverOptions {
  /** The browser profile; default a fresh temporary one, deleted by close(). */
  userDataDir?: string;
  /** The page server's port (IndexedDB belongs to host and port): default 0, a free one. */
  port?: number;
  /** Longest wait for one action's answer (a sale may wait out a 429's Retry-After): default 120 s. */
  answerTimeoutMs?: number;
  /** Chromium's binary: default CHROMIUM_PATH, else /usr/bin/chromium. */
  executablePath?: string;
}

/** The page answered an action with an error (input the register refused, a sync that broke). */
export class BrowserRegisterError extends Error {
  override name = 'BrowserRegisterError';
}

export class BrowserDriver implements RegisterDriver {
  private readonly userDataDir: string;
  private readonly ownsProfile: boolean;
  private server: RegisterPage | undefined;
  private context: BrowserContext | undefined;
  private till: RegisterPageObject | undefined;
  /** When the status bar shows the register's state again (see stockLevel). */

  constructor(private readonly options: BrowserDriverOptions = {}) {
    this.ownsProfile = !options.userDataDir;
    this.userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'posgate-browser-profile-'));
  }

  /** The page object of the open page (for page-level checks and screenshots). */
  get pageObject(): RegisterPageObject {
    if (!this.till)
      throw new BrowserRegisterError('the browser register is not open: call open(session) first');
    return this.till;
  }

  async open(input: RegisterSession): Promise<void> {
    const session = RegisterSession.parse(input);
    this.server?.setSession(session);
    // Chromium starts while the page server does; both settle before a failure is thrown, so
    // close() finds and releases whatever was started.
    const started = await Promise.allSettled([
      this.server ? undefined : this.startServer(session),
      this.startBrowser(),
    ]);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await this.showPage();
  }

  async sell(input: Sale): Promise<SaleResult> {
    const plan = salePlan(Sale.parse(input));
    const till = this.pageObject;
    try {
      for (const line of plan.lines) await till.scan(line);
    } catch (e) {
      await till.clearSale(); // the next sale must not inherit this one's lines
      throw e;
    }
    await till.setCustomerEmail(plan.customerEmail ?? '');
    await till.setCoupon(plan.coupon ?? '');
    await till.chooseTender(plan.tender, plan.cashAmount, plan.giftCardCode);
    return SaleResult.parse(refusedOrAnswer(await till.completeSale(), 'sale'));
  }

  async returnItems(input: ReturnRequest): Promise<ReturnResult> {
    const answer = await this.pageObject.processReturn(returnPlan(ReturnRequest.parse(input)));
    return ReturnResult.parse(refusedOrAnswer(answer, 'return'));
  }

  async stockLevel(sku: string): Promise<StockReading> {
    const shown = await this.pageObject.checkStock(sku);
    if ('message' in shown) throw new BrowserRegisterError(`the page shows no stock for ${shown.message}`);
    return StockReading.parse(shown.reading);
  }

  async sync(): Promise<SyncReport> {
    const answer = (await this.pageObject.syncNow()) as { error?: string };
    if (typeof answer.error === 'string') throw new BrowserRegisterError(`sync failed: ${answer.error}`);
    return SyncReport.parse(answer);
  }

  async status(): Promise<RegisterStatus> {
    return RegisterStatus.parse(await this.pageObject.statusJson());
  }

  /** Closes the browser and the page server; a profile this driver made is deleted. */
  async close(): Promise<void> {
    this.till = undefined;
    await this.context?.close().catch(() => undefined);
    this.context = undefined;
    await this.server?.close();
    this.server = undefined;
    if (this.ownsProfile) rmSync(this.userDataDir, { recursive: true, force: true });
  }

  // Browser-only capabilities

  /** The cashier reloads the page: the register re-opens from IndexedDB (offline too). */
  async reload(): Promise<void> {
    await this.pageObject.page.reload();
    await this.pageObject.waitUntilOpen();
  }

  /** Closes the browser and starts it again on the same profile, then opens the page again. */
  async restartBrowser(): Promise<void> {
    if (!this.till)
      throw new BrowserRegisterError('the browser register is not open: call open(session) first');
    this.till = undefined;
    await this.context?.close();
    this.context = undefined;
    await this.showPage();
  }

  /** What the screen shows now (the whole page), as PNG. */
  async screenshot(): Promise<Buffer> {
    return this.pageObject.page.screenshot({ fullPage: true });
  }

  /** The status bar as the cashier sees it: Online/Offline and the number of queued sales. */
  async indicator(): Promise<{ connection: string; queued: number }> {
    return this.pageObject.indicator();
  }

  private async startServer(session: RegisterSession): Promise<void> {
    this.server = await startRegisterPage({ session, port: this.options.port ?? 0, host: '127.0.0.1' });
  }

  private async startBrowser(): Promise<void> {
    this.context ??= await launchChromium(this.userDataDir, this.options.executablePath ?? chromiumPath());
  }

  private async showPage(): Promise<void> {
    if (!this.server) throw new BrowserRegisterError('no page server: call open(session) first');
    await this.startBrowser();
    if (!this.context) throw new BrowserRegisterError('Chromium did not start');
    const page: Page = this.context.pages()[0] ?? (await this.context.newPage());
    this.till = new RegisterPageObject(page, this.options.answerTimeoutMs);
    await page.goto(this.server.url);
    await this.till.waitUntilOpen();
  }
}

/** An answer of status `error` is input the register refused before acting: thrown, as in process. */
function refusedOrAnswer(answer: unknown, what: string): unknown {
  const a = answer as { status?: string; reason?: string };
  if (a.status === 'error') throw new BrowserRegisterError(`the page refused the ${what}: ${a.reason ?? ''}`);
  return answer;
}
