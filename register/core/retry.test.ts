import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MagentoRejection, RateLimitedError, TransportError } from './errors.ts';
import { mulberry32 } from './prng.ts';
import { backoffMs, type RetryOptions, withRetry } from './retry.ts';

const site = { method: 'GET', path: '/rest/default/V1/x' };
const limited = (retryAfterMs?: number) =>
  new RateLimitedError(site, retryAfterMs, { message: 'Too Many Requests' });
const transport = () => new TransportError(site, 'reset', 'socket hang up');
const FC = { seed: 20250115, numRuns: 200 };

/** Runs withRetry against an operation that fails `failures` times with `error()`, on a fake clock. */
async function run(
  o: Omit<RetryOptions, 'sleep' | 'rng'> & { seed: number },
  error: () => Error,
  failures = Infinity,
) {
  const waits: number[] = [];
  let calls = 0;
  const outcome = await withRetry(
    async () => {
      calls++;
      if (calls <= failures) throw error();
      return 'ok';
    },
    { ...o, rng: mulberry32(o.seed), sleep: async (ms) => void waits.push(ms) },
  ).catch((e: unknown) => e);
  return { waits, calls, outcome };
}

const policy = fc.record({
  seed: fc.integer(),
  baseMs: fc.integer({ min: 1, max: 1000 }),
  capMs: fc.integer({ min: 1, max: 20_000 }),
  maxWaitMs: fc.integer({ min: 0, max: 60_000 }),
  maxAttempts: fc.integer({ min: 1, max: 20 }),
});

test('back-off waits never exceed the cap, and their sum never exceeds the budget', async () => {
  await fc.assert(
    fc.asyncProperty(policy, async (o) => {
      const { waits, calls, outcome } = await run(o, () => limited());
      assert.ok(outcome instanceof RateLimitedError, 'the last error is thrown, never swallowed');
      assert.ok(waits.every((w) => w >= 0 && w <= o.capMs));
      assert.ok(waits.reduce((a, b) => a + b, 0) <= o.maxWaitMs);
      assert.equal(calls, waits.length + 1);
      assert.ok(calls <= o.maxAttempts);
    }),
    FC,
  );
});

test('jitter is deterministic per seed', async () => {
  await fc.assert(
    fc.asyncProperty(policy, async (o) => {
      const a = await run(o, () => limited());
      const b = await run(o, () => limited());
      assert.deepEqual(a.waits, b.waits);
    }),
    FC,
  );
  const waits = (seed: number) =>
    Array.from({ length: 8 }, (_, i) => backoffMs(i, { baseMs: 100, capMs: 10_000, rng: mulberry32(seed) }));
  assert.notDeepEqual(waits(1), waits(2), 'different seeds give different jitter');
});

test('Retry-After is honoured exactly while the budget allows, and never waited past it', async () => {
  await fc.assert(
    fc.asyncProperty(policy, fc.integer({ min: 0, max: 30_000 }), async (o, after) => {
      const { waits, outcome } = await run({ ...o, maxAttempts: 50 }, () => limited(after), 1);
      if (after <= o.maxWaitMs) {
        assert.equal(outcome, 'ok');
        assert.deepEqual(waits, [after]);
      } else {
        assert.ok(outcome instanceof RateLimitedError, 'gives up at once rather than wait less than asked');
        assert.deepEqual(waits, []);
      }
    }),
    FC,
  );
});

test('transport errors are retried only when the call is idempotent', async () => {
  const o = { seed: 3, baseMs: 10, capMs: 100, maxWaitMs: 1000 };
  const get = await run({ ...o, retryTransport: true }, transport, 2);
  assert.equal(get.outcome, 'ok');
  assert.equal(get.calls, 3);
  const post = await run({ ...o, retryTransport: false }, transport, 2);
  assert.ok(post.outcome instanceof TransportError);
  assert.equal(post.calls, 1);
  assert.deepEqual(post.waits, []);
});

test('a transport failure is re-sent at most maxTransportRetries times (an outage goes to the queue)', async () => {
  const o = { seed: 3, baseMs: 10, capMs: 100, maxWaitMs: 10_000, retryTransport: true };
  const down = await run(o, transport, 100);
  assert.ok(down.outcome instanceof TransportError);
  assert.equal(down.calls, 3);
  const once = await run({ ...o, maxTransportRetries: 0 }, transport, 100);
  assert.equal(once.calls, 1);
});

test('a rejection or a bug is thrown at once', async () => {
  const o = { seed: 3, baseMs: 10, capMs: 100, maxWaitMs: 1000, retryTransport: true };
  const rejected = await run(o, () => new MagentoRejection(site, 400, 'Nope', undefined, [], undefined));
  assert.ok(rejected.outcome instanceof MagentoRejection);
  assert.equal(rejected.calls, 1);
  const bug = await run(o, () => new TypeError('x is undefined'));
  assert.ok(bug.outcome instanceof TypeError);
  assert.equal(bug.calls, 1);
});

test('onWait reports each wait with its reason', async () => {
  const seen: string[] = [];
  let calls = 0;
  await withRetry(
    async () => {
      calls++;
      if (calls === 1) throw limited(500);
      if (calls === 2) throw limited();
      return 'ok';
    },
    {
      maxWaitMs: 10_000,
      baseMs: 100,
      capMs: 1000,
      rng: () => 0.5,
      sleep: async () => {},
      onWait: (w) => void seen.push(`${w.reason}:${w.waitMs}`),
    },
  );
  assert.deepEqual(seen, ['retry-after:500', 'backoff:100']);
});
