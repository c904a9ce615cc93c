import { z } from 'zod';
import {
  type RegisterDriver,
  type RegisterSession,
  RegisterStatus,
  type ReturnRequest,
  ReturnResult,
  type Sale,
  SaleResult,
  StockReading,
  SyncReport,
} from '../../contracts/driver.ts';

/**
 * A RegisterDriver over HTTP: drives any register that serves the driver contract as JSON
 * (`posgate register`, or a vendor's service in any language; docs/driver-contract.md). Every
 * answer is validated with the contract's schema, so a service that answers the wrong shape fails
 * loudly here instead of in a scenario's assertion.
 */
export interface HttpDriverOptions {
  /** Per-call deadline (a sale may wait out a 429's Retry-After): default 120 s. */
  timeoutMs?: number;
}

/** The service refused a call (400 with the field at fault, 409 not open, 5xx…) or answered badly. */
export class HttpDriverError extends Error {
  override name = 'HttpDriverError';
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class HttpDriverClient implements RegisterDriver {
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, options: HttpDriverOptions = {}) {
    this.base = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  async open(session: RegisterSession): Promise<void> {
    await this.call('POST', '/open', session);
  }
  async sell(sale: Sale): Promise<SaleResult> {
    return SaleResult.parse(await this.call('POST', '/sell', sale));
  }
  async returnItems(request: ReturnRequest): Promise<ReturnResult> {
    return ReturnResult.parse(await this.call('POST', '/return', request));
  }
  async stockLevel(sku: string): Promise<StockReading> {
    return StockReading.parse(await this.call('GET', `/stock/${encodeURIComponent(sku)}`));
  }
  async sync(): Promise<SyncReport> {
    return SyncReport.parse(await this.call('POST', '/sync'));
  }
  async status(): Promise<RegisterStatus> {
    return RegisterStatus.parse(await this.call('GET', '/status'));
  }
  async close(): Promise<void> {
    await this.call('POST', '/close');
  }

  /** Optional review routes (the reference register serves them; 501 elsewhere). */
  async held(): Promise<Array<{ saleId: string; reason: string; heldAt: string }>> {
    const Held = z.array(z.looseObject({ saleId: z.string(), reason: z.string(), heldAt: z.string() }));
    return Held.parse(await this.call('GET', '/held'));
  }
  async release(saleId: string): Promise<SaleResult> {
    return SaleResult.parse(await this.call('POST', `/held/${encodeURIComponent(saleId)}/release`));
  }
  async voidSale(saleId: string, reason: string): Promise<void> {
    await this.call('POST', `/held/${encodeURIComponent(saleId)}/void`, { reason });
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      throw new HttpDriverError(`${method} ${this.base}${path}: ${(e as Error).message}`, 0);
    }
    const text = await res.text();
    const parsed = text === '' ? undefined : safeJson(text);
    if (!res.ok) {
      const err = (parsed ?? {}) as { message?: string; field?: string };
      throw new HttpDriverError(
        `${method} ${path}: HTTP ${res.status}: ${err.message ?? text.slice(0, 200)}`,
        res.status,
        err.field,
      );
    }
    return parsed;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpDriverError(
      `the register service answered something that is not JSON: ${text.slice(0, 120)}`,
      502,
    );
  }
}
