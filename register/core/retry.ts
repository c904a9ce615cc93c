import { RateLimitedError, TransportError } from './errors.ts';
import { mulberry32, type Rng } from './prng.ts';

/**
 * The register's retry policy. A busy till must back off on HTTP 429 instead of failing the sale
 * (honouring `Retry-After` when given), and may re-send an *idempotent* call after a transport
 * failure. It never drops an operation: when the wait budget is spent it throws the last error,
 * and the caller queues the sale (offline queue) rather than lose it.
 *
 * - 429 with `Retry-After`: wait exactly that long, if the budget allows; otherwise give up now
 *   (waiting less would only be refused again, e.g. by a CDN tarpit).
 * - 429 without it, or a transport failure when `retryTransport`: capped exponential back-off with
 *   full jitter, `rng() * min(capMs, baseMs * 2^attempt)`, clipped to the budget left.
 * - anything else (a MagentoRejection, a bug): thrown at once.
 * @see field-guide.md §6; magento-rest.md §17; AWS "Exponential Backoff And Jitter"
 */
export interface RetryOptions {
  /** Total time all waits of one operation may add up to. */
  maxWaitMs: number;
  baseMs: number;
  /** Ceiling of one back-off wait. */
  capMs: number;
  /** Seeded (prng.ts), so jitter, and a test, replays exactly. */
  rng: Rng;
  /** Injected so tests run on a fake clock. */
  sleep: (ms: number) => Promise<void>;
  onWait?: (wait: RetryWait) => void;
  /** Also retry TransportError. Only for idempotent calls: a write's outcome is unknown. */
  retryTransport?: boolean;
  /** Bound on attempts, so zero-length waits cannot spin for ever. Default 10. */
  maxAttempts?: number;
  /**
   * How many times a transport failure is re-sent (default 2). A refused or reset connection is
   * usually an outage, not a blip: after a couple of quick tries the till must fall back to its
   * offline queue instead of keeping the cashier waiting for the whole 429 budget.
   */
  maxTransportRetries?: number;
}

/** One wait, as reported to `onWait` (for logs and the register's alerts). */
export interface RetryWait {
  /** 0-based index of the attempt that failed. */
  attempt: number;
  waitMs: number;
  reason: 'retry-after' | 'backoff';
  error: RateLimitedError | TransportError;
}

/** Full-jitter back-off for the wait after failed attempt `attempt` (0-based). */
export function backoffMs(attempt: number, o: Pick<RetryOptions, 'baseMs' | 'capMs' | 'rng'>): number {
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(o.rng() * ceiling);
}

/** Runs `fn` (given the attempt index) until it succeeds or the policy gives up with its error. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, o: RetryOptions): Promise<T> {
  const maxAttempts = o.maxAttempts ?? 10;
  const maxTransportRetries = o.maxTransportRetries ?? 2;
  let waited = 0;
  let transportRetries = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      const wait = nextWait(e, attempt, o, o.maxWaitMs - waited);
      if (wait === undefined || attempt + 1 >= maxAttempts) throw e;
      if (e instanceof TransportError && ++transportRetries > maxTransportRetries) throw e;
      o.onWait?.(wait);
      await o.sleep(wait.waitMs);
      waited += wait.waitMs;
    }
  }
}

function nextWait(e: unknown, attempt: number, o: RetryOptions, left: number): RetryWait | undefined {
  if (e instanceof RateLimitedError && e.retryAfterMs !== undefined) {
    return e.retryAfterMs <= left
      ? { attempt, waitMs: e.retryAfterMs, reason: 'retry-after', error: e }
      : undefined;
  }
  const retryable =
    e instanceof RateLimitedError || (o.retryTransport === true && e instanceof TransportError);
  if (!retryable || left <= 0) return undefined;
  return { attempt, waitMs: Math.min(backoffMs(attempt, o), left), reason: 'backoff', error: e };
}

/** Real-time sleep (setTimeout exists in Node and browsers alike). */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The reference register's defaults: 250 ms base, 5 s cap (Fastly's default tarpit), the
 * session's `timeouts.maxRetryWaitMs` as budget and its seed for jitter.
 */
export function defaultRetryOptions(seed: number, maxWaitMs: number): RetryOptions {
  return { maxWaitMs, baseMs: 250, capMs: 5000, rng: mulberry32(seed), sleep: realSleep };
}
