import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { createSimulator, DEFAULT_ADMIN, type Simulator } from '../../simulator/index.ts';
import { nodeHmacSha256 } from '../node/hmac.ts';
import { MagentoRejection, RateLimitedError, TransportError } from './errors.ts';
import { MagentoClient } from './magento-client.ts';
import { mulberry32 } from './prng.ts';

/**
 * The client against posgate's Magento simulator (started through its public index): the same
 * wire a real Magento speaks, so OAuth signing, admin login, error bodies and the simulator's
 * fault rules (CDN 429, commit-then-drop) are checked end to end, not only against our own script.
 */
const KEY = (c: string) => c.repeat(32);
const integration = {
  kind: 'integration',
  consumerKey: KEY('k'),
  consumerSecret: KEY('s'),
  accessToken: KEY('t'),
  accessTokenSecret: KEY('u'),
} as const;

let sim: Simulator;
before(async () => {
  sim = await createSimulator({
    prepare: [
      (s) =>
        s.store.put('integrations', '901', {
          id: 901,
          name: 'posgate register',
          consumer_key: integration.consumerKey,
          consumer_secret: integration.consumerSecret,
          access_token: integration.accessToken,
          access_token_secret: integration.accessTokenSecret,
          resources: 'all',
        }),
    ],
  });
});
after(() => sim.close());
beforeEach(() => sim.faults.clear());

const client = (extra: Partial<ConstructorParameters<typeof MagentoClient>[0]> = {}) =>
  new MagentoClient({
    baseUrl: sim.url,
    storeCode: 'default',
    credentials: { kind: 'admin', ...DEFAULT_ADMIN },
    timeoutMs: 3000,
    ...extra,
  });

test('admin credentials: the client logs in and reads with the token', async () => {
  const views = await client().get<Array<{ code: string }>>('/V1/store/storeViews');
  assert.ok(views.some((v) => v.code === 'default'));
});

test('integration credentials: OAuth-signed requests, query string included, are accepted', async () => {
  const c = client({ credentials: integration, hmacSha256: nodeHmacSha256 });
  const views = await c.get<Array<{ code: string }>>('/V1/store/storeViews');
  assert.ok(views.length > 0);
  const filterGroups = [[{ field: 'email', value: 'nobody+pos@example.com' }]];
  assert.deepEqual(await c.searchAll('/V1/customers/search', { filterGroups }), []);
});

test('a wrong secret is refused by the simulator: the signature is really checked', async () => {
  const c = client({
    credentials: { ...integration, accessTokenSecret: KEY('x') },
    hmacSha256: nodeHmacSha256,
  });
  await assert.rejects(c.get('/V1/store/storeViews'), MagentoRejection);
});

test("Magento's rejection comes back rendered", async () => {
  const err = await client()
    .get('/V1/customers/987654')
    .catch((e: unknown) => e);
  assert.ok(err instanceof MagentoRejection, String(err));
  assert.equal(err.status, 404);
  assert.equal(err.renderedMessage, 'No such entity with customerId = 987654');
});

test('a CDN 429 with Retry-After is waited out on the fake clock, then the call succeeds', async () => {
  sim.faults.add({ method: 'GET', path: '/V1/store/storeViews', action: '429', retryAfter: 1, times: 1 });
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  const c = client({ retry: { maxWaitMs: 5000, baseMs: 100, capMs: 1000, rng: mulberry32(1), sleep } });
  assert.ok(Array.isArray(await c.get('/V1/store/storeViews')));
  assert.deepEqual(waits, [1000]);
  sim.faults.add({ method: 'GET', path: '/V1/store/storeViews', action: '429', times: 1 });
  await assert.rejects(client().get('/V1/store/storeViews'), RateLimitedError);
});

test('commit-then-drop: the write landed but the client sees a TransportError, outcome unknown', async () => {
  const c = client();
  const customer = { email: 'dropped@example.com', firstname: 'Ada', lastname: 'Till' };
  sim.faults.add({ method: 'POST', path: '/V1/customers', action: 'commit-then-drop', times: 1 });
  const err = await c.post('/V1/customers', { customer }).catch((e: unknown) => e);
  assert.ok(err instanceof TransportError, String(err));
  assert.equal(err.outcomeUnknown, true);
  const found = await c.searchAll('/V1/customers/search', {
    filterGroups: [[{ field: 'email', value: customer.email }]],
  });
  assert.equal(found.length, 1, 'the write did land: only a lookup can tell');
});
