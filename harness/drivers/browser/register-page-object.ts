import type { Locator, Page } from 'playwright-core';

/**
 * The browser register as a cashier uses it: one method per cashier action, every control found
 * by its role and accessible name (the page's accessible markup contract, docs/register.md "The
 * browser register"), never by CSS or id. A vendor certifying their own browser POS writes the
 * same kind of class against their page (docs/driver-contract.md, "Certifying a browser POS").
 *
 * Playwright matches names by substring unless `exact`: "Card" would also match "Gift card" and
 * "Stock" "Stock freshness", so every name here is exact, and inputs are scoped by their form.
 */
export type TenderRadio = 'Cash' | 'Card' | 'Split' | 'Gift card' | 'Store credit' | 'Points';

/** One line as the cashier rings it up. */
export interface ScannedLine {
  sku: string;
  qty: number;
  /** Configurable options, typed as `size=M, color=Red`. */
  options?: Record<string, string>;
  priceOverride?: { price: number; approver: string };
}

/** The page refused what the cashier typed, or showed no answer in time. */
export class RegisterPageError extends Error {
  override name = 'RegisterPageError';
}

const exact = (name: string) => ({ name, exact: true });

export class RegisterPageObject {
  constructor(
    readonly page: Page,
    /** Longest wait for an action's answer (a sale may wait out a 429's Retry-After). */
    private readonly answerTimeoutMs = 120_000,
  ) {}

  // Regions of the page

  get statusBar(): Locator {
    return this.page.getByRole('status', exact('Register status'));
  }
  get saleForm(): Locator {
    return this.page.getByRole('form', exact('Sale'));
  }
  get lastSale(): Locator {
    return this.page.getByRole('region', exact('Last sale'));
  }
  get returnForm(): Locator {
    return this.page.getByRole('form', exact('Return'));
  }

  /** Waits until the register is open; answers "Online" or "Offline", throws the page's error. */
  async waitUntilOpen(timeoutMs = 30_000): Promise<string> {
    const connection = this.output(this.statusBar, 'Connection');
    const state = await this.waitForText(connection, /^(Online|Offline|Closed)$/, timeoutMs);
    if (state !== 'Closed') return state;
    const why = await this.output(this.statusBar, 'Page error').textContent();
    throw new RegisterPageError(`the browser register did not open: ${why ?? 'no reason shown'}`);
  }

  /** Scans a line: quantity, options and override first, then the SKU and Enter. */
  async scan(line: ScannedLine): Promise<void> {
    const form = this.saleForm;
    const rows = form.getByRole('table', exact('Sale lines')).getByRole('row');
    const before = await rows.count();
    await this.textbox(form, 'Quantity').fill(String(line.qty));
    await this.textbox(form, 'Options').fill(optionsText(line.options));
    await this.textbox(form, 'Price override').fill(
      line.priceOverride ? String(line.priceOverride.price) : '',
    );
    await this.textbox(form, 'Approver').fill(line.priceOverride?.approver ?? '');
    const sku = this.textbox(form, 'SKU');
    await sku.fill(line.sku);
    await sku.press('Enter');
    if ((await rows.count()) === before + 1) return;
    const message = await this.output(form, 'Line message').textContent();
    throw new RegisterPageError(
      `the page did not add the line ${line.sku}: ${message || 'no message shown'}`,
    );
  }

  async setCustomerEmail(email: string): Promise<void> {
    await this.textbox(this.saleForm, 'Customer email').fill(email);
  }

  async setCoupon(code: string): Promise<void> {
    await this.textbox(this.saleForm, 'Coupon').fill(code);
  }

  /** Chooses the tender; `cashAmount` is cash given (the cash part of a split). */
  async chooseTender(tender: TenderRadio, cashAmount?: number, giftCardCode?: string): Promise<void> {
    const form = this.saleForm;
    await form.getByRole('radiogroup', exact('Tender')).getByRole('radio', exact(tender)).check();
    await this.textbox(form, 'Cash amount').fill(cashAmount === undefined ? '' : String(cashAmount));
    await this.textbox(form, 'Gift card code').fill(giftCardCode ?? '');
  }

  /** Completes the sale; answers the page's "Sale result JSON" once "Sale status" is shown. */
  async completeSale(): Promise<unknown> {
    await this.saleForm.getByRole('button', exact('Complete sale')).click();
    await this.waitForText(this.output(this.lastSale, 'Sale status'), /\S/);
    return this.json(this.output(this.lastSale, 'Sale result JSON'));
  }

  /** "Clear sale": drops the lines and the sale's inputs (after a line the page would not add). */
  async clearSale(): Promise<void> {
    await this.saleForm.getByRole('button', exact('Clear sale')).click();
  }

  /** "Check stock" for a SKU: the reading's JSON, or the page's message when it has none. */
  async checkStock(sku: string): Promise<{ reading: unknown } | { message: string }> {
    const form = this.saleForm;
    await this.textbox(form, 'SKU').fill(sku);
    await form.getByRole('button', exact('Check stock')).click();
    await this.waitForText(this.output(form, 'Stock'), /\S/);
    const json = (await this.output(form, 'Stock reading JSON').textContent()) ?? '';
    const message = (await this.output(form, 'Stock message').textContent()) ?? '';
    await this.textbox(form, 'SKU').fill('');
    return json ? { reading: JSON.parse(json) } : { message };
  }

  /** Processes a return of one SKU; answers the page's "Return result JSON". */
  async processReturn(r: {
    orderNumber: string;
    sku: string;
    qty: number;
    refundTender: string;
    restock: boolean;
  }): Promise<unknown> {
    const form = this.returnForm;
    await this.textbox(form, 'Order number').fill(r.orderNumber);
    await this.textbox(form, 'Return SKU').fill(r.sku);
    await this.textbox(form, 'Return quantity').fill(String(r.qty));
    await form.getByRole('combobox', exact('Refund tender')).selectOption(r.refundTender);
    await form.getByRole('checkbox', exact('Restock')).setChecked(r.restock);
    await form.getByRole('button', exact('Process return')).click();
    await this.waitForText(this.output(form, 'Return status'), /\S/);
    return this.json(this.output(form, 'Return result JSON'));
  }

  /** "Sync now"; answers the page's "Sync result JSON". */
  async syncNow(): Promise<unknown> {
    await this.page.getByRole('button', exact('Sync now')).click();
    const out = this.page.getByRole('status', exact('Sync result JSON'));
    await this.waitForText(out, /\S/);
    return this.json(out);
  }

  /** The full RegisterStatus the status bar shows (hidden "Status JSON"). */
  statusJson(): Promise<unknown> {
    return this.json(this.output(this.statusBar, 'Status JSON'));
  }

  /** What the cashier reads on the status bar: the visible Connection and Queued sales. */
  async indicator(): Promise<{ connection: string; queued: number }> {
    const connection = this.output(this.statusBar, 'Connection');
    const queued = this.output(this.statusBar, 'Queued sales');
    for (const [what, loc] of [
      ['Connection', connection],
      ['Queued sales', queued],
    ] as const) {
      if (!(await loc.isVisible())) throw new RegisterPageError(`the cashier cannot see "${what}"`);
    }
    const count = ((await queued.textContent()) ?? '').trim();
    return { connection: ((await connection.textContent()) ?? '').trim(), queued: Number(count) };
  }

  /** The alerts listed to the cashier, `<kind>: <message>`. */
  alerts(): Promise<string[]> {
    return this.page.getByRole('list', exact('Alerts')).getByRole('listitem').allTextContents();
  }

  private textbox(scope: Locator, name: string): Locator {
    return scope.getByRole('textbox', exact(name));
  }

  private output(scope: Locator, name: string): Locator {
    return scope.getByRole('status', exact(name));
  }

  private async json(locator: Locator): Promise<unknown> {
    const text = ((await locator.textContent()) ?? '').trim();
    try {
      return JSON.parse(text);
    } catch {
      throw new RegisterPageError(`the page's ${locator} is not JSON: "${text.slice(0, 200)}"`);
    }
  }

  /** Waits for the locator's text to match; answers it (trimmed). */
  private async waitForText(
    locator: Locator,
    want: RegExp,
    timeoutMs = this.answerTimeoutMs,
  ): Promise<string> {
    try {
      await locator.filter({ hasText: want }).waitFor({ state: 'attached', timeout: timeoutMs });
    } catch {
      const last = await locator.textContent().catch(() => null);
      throw new RegisterPageError(
        `no answer on the page within ${timeoutMs} ms: ${locator} shows "${last ?? '(nothing)'}"`,
      );
    }
    return ((await locator.textContent()) ?? '').trim();
  }
}

function optionsText(options: Record<string, string> | undefined): string {
  return Object.entries(options ?? {})
    .map(([code, label]) => `${code}=${label}`)
    .join(', ');
}
