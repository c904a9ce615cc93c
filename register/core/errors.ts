import { type MagentoParameters, renderMagentoMessage } from './render-message.ts';

/**
 * The register's closed catalogue of request failures. Every failure of a call to Magento is
 * exactly one of these, decided in one place (`error-mapping.ts`), because what the register does
 * next depends only on the kind:
 *
 * | error              | meaning                                     | the register…                    |
 * | ------------------ | ------------------------------------------- | -------------------------------- |
 * | `TransportError`   | Magento not reached, or no answer from it   | retries reads; queues writes     |
 * | `RateLimitedError` | HTTP 429 (Magento backpressure, CDN, WAF)   | waits (`Retry-After`), retries   |
 * | `MagentoRejection` | Magento answered no (any other 4xx/5xx)     | never retries; shows the cashier |
 *
 * `AuthExpiredError` is internal to the client (a 401 it can cure by logging in again).
 * @see docs/architecture.md §6 "errors"; magento-rest.md §3 and §17
 */
export type ClientError = TransportError | RateLimitedError | MagentoRejection;

/** Where a failed call went; the path includes the `/rest/<store>` prefix. */
export interface CallSite {
  method: string;
  path: string;
}

/** Why the transport failed; `not-sent` kinds prove Magento never saw the request. */
export type TransportKind = 'refused' | 'dns' | 'timeout' | 'reset' | 'bad-gateway' | 'network';

const NOT_SENT: ReadonlySet<TransportKind> = new Set(['refused', 'dns']);

/**
 * No usable answer from Magento: connection refused or reset, DNS failure, timeout, socket
 * hang-up, or 502/503/504 from a proxy in front of it. Retryable; for a write the outcome is
 * unknown (Magento may have committed it), so only an idempotent call may be blindly re-sent.
 */
export class TransportError extends Error {
  override name = 'TransportError';
  readonly kind = 'transport' as const;
  constructor(
    readonly site: CallSite,
    readonly transport: TransportKind,
    detail: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `${site.method} ${site.path}: ${transport}${status ? ` (HTTP ${status})` : ''}: ${detail}`,
      options,
    );
  }

  /** True unless the request provably never left (refused, DNS): a write may have landed. */
  get outcomeUnknown(): boolean {
    return !NOT_SENT.has(this.transport);
  }
}

/**
 * HTTP 429 from Magento's backpressure limiter (`{"message":"Too Many Requests"}`, 2.4.7+) or a
 * CDN/WAF in front of it (any body, often HTML, maybe `Retry-After`). The request was refused
 * before it ran, so even a write may be retried after waiting.
 */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  readonly kind = 'rate-limited' as const;
  constructor(
    readonly site: CallSite,
    /** From `Retry-After` (seconds or HTTP-date); undefined when the server gave none. */
    readonly retryAfterMs: number | undefined,
    readonly body: unknown,
  ) {
    super(`${site.method} ${site.path}: HTTP 429 Too Many Requests${hint(retryAfterMs)}`);
  }
}

function hint(ms: number | undefined): string {
  return ms === undefined ? '' : ` (retry after ${ms} ms)`;
}

/** One entry of Magento's `errors[]` (aggregated input errors). */
export interface MagentoErrorItem {
  message: string;
  parameters?: MagentoParameters;
}

/**
 * Magento said no: any 4xx/5xx other than 429, 502, 503, 504 (and other than a 401 the client
 * cured by logging in again). Never retried; `renderedMessage` is what the cashier sees.
 */
export class MagentoRejection extends Error {
  override name = 'MagentoRejection';
  readonly kind = 'rejected' as const;
  /** Magento's message with its placeholders substituted, sub-errors appended. */
  readonly renderedMessage: string;
  constructor(
    readonly site: CallSite,
    readonly status: number,
    /** The raw phrase of the body's `message` (placeholders not substituted). */
    readonly magentoMessage: string,
    readonly parameters: MagentoParameters | undefined,
    readonly errors: MagentoErrorItem[],
    readonly body: unknown,
  ) {
    const main = renderMagentoMessage(magentoMessage, parameters);
    const subs = errors.map((e) => renderMagentoMessage(e.message, e.parameters));
    const rendered = subs.length > 0 ? `${main} (${subs.join('; ')})` : main;
    super(`${site.method} ${site.path}: HTTP ${status}: ${rendered}`);
    this.renderedMessage = rendered;
  }
}

/** Internal: a 401 on a session-token call that logging in again may cure. */
export class AuthExpiredError extends Error {
  override name = 'AuthExpiredError';
  readonly kind = 'auth-expired' as const;
  constructor(
    readonly site: CallSite,
    readonly rejection: MagentoRejection,
  ) {
    super(`${site.method} ${site.path}: HTTP 401, token expired or revoked`);
  }
}

/** True for the catalogue's public kinds (what callers should branch on). */
export function isClientError(e: unknown): e is ClientError {
  return e instanceof TransportError || e instanceof RateLimitedError || e instanceof MagentoRejection;
}
