import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import {
  refusedUrl,
  type Script,
  type ScriptedServer,
  startScriptedServer,
} from '../test-support/scripted-server.ts';
import { MagentoRejection, RateLimitedError, TransportError } from './errors.ts';
import { MagentoClient, type MagentoClientOptions } from './magento-client.ts';
import { mulberry32 } from './prng.ts';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

async function clientFor(script: Script, extra: Partial<MagentoClientOptions> = {}) {
  server = await startScriptedServer(script);
  const credentials = { kind: 'token', token: 't' } as const;
  return new MagentoClient({
    baseUrl: server.url,
    storeCode: 'default',
    credentials,
    timeoutMs: 2000,
    now: () => NOW,
    ...extra,
  });
}

/** A retry policy on a fake clock: waits are recorded, not slept. */
function fakeRetry(maxWaitMs = 10_000) {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  return { waits, retry: { maxWaitMs, baseMs: 100, capMs: 1000, rng: mulberry32(7), sleep } };
}

test('429 with Retry-After: 1 waits at least that long, then the call succeeds', async () => {
  const { waits, retry } = fakeRetry();
  const client = await clientFor(
    (_, i) =>
      i === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } }
        : { status: 200, body: [] },
    { retry },
  );
  assert.deepEqual(await client.put('/V1/carts/9/order', {}), []);
  assert.deepEqual(waits, [1000]);
  assert.equal(server!.requests.length, 2, 'a 429 write is re-sent: it was refused before running');
});

test('429 with an HTML body and no Retry-After is still RateLimitedError', async () => {
  const html = '<html><body><h1>429 Too Many Requests</h1></body></html>';
  const client = await clientFor(() => ({ status: 429, text: html }));
  const err = await client.get('/V1/products/x').catch((e: unknown) => e);
  assert.ok(err instanceof RateLimitedError);
  assert.equal(err.retryAfterMs, undefined);
  assert.equal(err.body, html);
});

test('Retry-After as an HTTP-date becomes a wait relative to now', async () => {
  const at = new Date(NOW + 3000).toUTCString();
  const client = await clientFor(() => ({ status: 429, headers: { 'retry-after': at }, text: 'slow down' }));
  const err = await client.get('/V1/x').catch((e: unknown) => e);
  assert.ok(err instanceof RateLimitedError);
  assert.equal(err.retryAfterMs, 3000);
});

test('the retry budget spent, the last RateLimitedError is thrown (never dropped)', async () => {
  const { waits, retry } = fakeRetry(2500);
  const client = await clientFor(() => ({ status: 429, body: { message: 'Too Many Requests' } }), { retry });
  await assert.rejects(client.post('/V1/carts', {}), RateLimitedError);
  assert.ok(waits.reduce((a, b) => a + b, 0) <= 2500);
  assert.equal(server!.requests.length, waits.length + 1);
});

test('a timeout is a TransportError whose outcome is unknown', async () => {
  const client = await clientFor(() => 'hang', { timeoutMs: 150 });
  const err = await client.put('/V1/carts/3/order', {}).catch((e: unknown) => e);
  assert.ok(err instanceof TransportError, String(err));
  assert.equal(err.transport, 'timeout');
  assert.equal(err.outcomeUnknown, true);
});

test('connection refused is a TransportError that provably never reached Magento', async () => {
  const credentials = { kind: 'token', token: 't' } as const;
  const client = new MagentoClient({
    baseUrl: await refusedUrl(),
    storeCode: 'default',
    credentials,
    timeoutMs: 1000,
  });
  const err = await client.post('/V1/carts', {}).catch((e: unknown) => e);
  assert.ok(err instanceof TransportError, String(err));
  assert.equal(err.transport, 'refused');
  assert.equal(err.outcomeUnknown, false);
});

test('a socket hang-up is a TransportError (reset)', async () => {
  const client = await clientFor(() => 'hang-up');
  const err = await client.get('/V1/x').catch((e: unknown) => e);
  assert.ok(err instanceof TransportError, String(err));
  assert.equal(err.transport, 'reset');
});

for (const status of [502, 503, 504]) {
  test(`HTTP ${status} from a proxy is a TransportError`, async () => {
    const client = await clientFor(() => ({ status, text: `<html>${status} Bad Gateway</html>` }));
    const err = await client.get('/V1/x').catch((e: unknown) => e);
    assert.ok(err instanceof TransportError);
    assert.equal(err.status, status);
  });
}

test('a 2xx page that is not JSON (captive portal) is a TransportError, not data', async () => {
  const client = await clientFor(() => ({ status: 200, text: '<html>Sign in to the Wi-Fi</html>' }));
  await assert.rejects(client.get('/V1/x'), TransportError);
});

test("Magento's 400 body is a MagentoRejection with the placeholders rendered", async () => {
  const body = {
    message: 'No such entity with %fieldName = %fieldValue',
    parameters: { fieldName: 'cartId', fieldValue: '42' },
  };
  const client = await clientFor(() => ({ status: 404, body }));
  const err = await client.get('/V1/carts/42').catch((e: unknown) => e);
  assert.ok(err instanceof MagentoRejection);
  assert.equal(err.status, 404);
  assert.equal(err.magentoMessage, body.message);
  assert.equal(err.renderedMessage, 'No such entity with cartId = 42');
});

test('aggregated input errors and positional parameters are rendered for the cashier', async () => {
  const body = {
    message: 'One or more input exceptions have occurred.',
    errors: [
      { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'email' } },
      { message: 'Invalid product data: %1', parameters: ['Invalid attribute set entity type'] },
    ],
  };
  const client = await clientFor(() => ({ status: 400, body }));
  const err = await client.post('/V1/customers', {}).catch((e: unknown) => e);
  assert.ok(err instanceof MagentoRejection);
  assert.equal(
    err.renderedMessage,
    'One or more input exceptions have occurred. ("email" is required. Enter and try again.; Invalid product data: Invalid attribute set entity type)',
  );
});

test('a rejection is never retried, even by a GET with a retry policy', async () => {
  const { waits, retry } = fakeRetry();
  const client = await clientFor(
    () => ({
      status: 500,
      body: { message: 'Internal Error. Details are available in Magento log file. Report ID: webapi-1' },
    }),
    { retry },
  );
  await assert.rejects(client.get('/V1/x'), MagentoRejection);
  assert.equal(server!.requests.length, 1);
  assert.deepEqual(waits, []);
});

test('with a retry policy a GET is re-sent after a transport error, a POST is not', async () => {
  const { retry } = fakeRetry();
  const client = await clientFor(
    (req, i) => (i === 0 || req.method === 'POST' ? 'hang-up' : { status: 200, body: { ok: 1 } }),
    { retry },
  );
  assert.deepEqual(await client.get('/V1/x'), { ok: 1 });
  assert.equal(server!.requests.length, 2);
  await assert.rejects(client.post('/V1/carts/1/order', {}), TransportError);
  assert.equal(server!.requests.length, 3);
});
