/**
 * Integrations signing with OAuth 1.0a (magento-rest.md §1), exactly as a POS does with the
 * `oauth-1.0a` package and HMAC-SHA256, and every refusal in Magento's order of checks.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import OAuth from 'oauth-1.0a';
import { type Kernel, type Route, route, startKernel } from '../../../test/support/fuzz-kernel.ts';
import { searchQuery } from '../../../test/support/magento-client.ts';
import type { RequestContext } from '../../context.ts';
import { createIntegration } from './integrations.ts';
import type { Integration } from './types.ts';

const who = (ctx: RequestContext) => ({ user: ctx.user, body: ctx.body, query: ctx.query });
const routes: Route[] = [
  route({ method: 'GET', path: '/V1/test/granted', resource: 'Magento_Test::granted' }, who),
  route({ method: 'POST', path: '/V1/test/granted', resource: 'Magento_Test::granted' }, who),
  route({ method: 'GET', path: '/V1/test/other', resource: 'Magento_Test::other' }, who),
  route({ method: 'GET', path: '/V1/test/anon', resource: 'anonymous' }, who),
];

let k: Kernel;
let pos: Integration;
let other: Integration;
before(async () => {
  k = await startKernel(routes, {
    prepare: [
      (s) => createIntegration(s, 'POS', ['Magento_Test::granted']),
      (s) => createIntegration(s, 'ERP', 'all'),
    ],
  });
  [pos, other] = k.services.store.all<Integration>('integrations') as [Integration, Integration];
});
after(() => k.close());

function client(i: Integration, method = 'HMAC-SHA256'): OAuth {
  const algorithm = method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
  return new OAuth({
    consumer: { key: i.consumer_key, secret: i.consumer_secret },
    signature_method: method,
    hash_function: (base, key) => createHmac(algorithm, key).update(base).digest('base64'),
  });
}

/** The Authorization header a POS sends for this request (a fresh nonce and timestamp). */
function sign(
  url: string,
  method = 'GET',
  opts: { i?: Integration; sigMethod?: string; token?: string } = {},
) {
  const i = opts.i ?? pos;
  const oauth = client(i, opts.sigMethod);
  const data = oauth.authorize(
    { url, method },
    { key: opts.token ?? i.access_token, secret: i.access_token_secret },
  );
  return oauth.toHeader(data).Authorization;
}

/** What the test routes (or Magento's errors) answer. */
interface Answer {
  message?: string;
  parameters?: unknown;
  errors?: Array<{ parameters: { fieldName: string } }>;
  user?: unknown;
  body?: unknown;
  query?: { searchCriteria: { filter_groups: Array<{ filters: Array<{ value: string }> }> } };
}

async function send(path: string, authorization: string, method = 'GET', body?: unknown) {
  const res = await fetch(`${k.url}${path}`, {
    method,
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return [res.status, (await res.json()) as Answer] as const;
}

const signedSend = (path: string, method = 'GET', body?: unknown) =>
  send(path, sign(`${k.url}${path}`, method), method, body);

/** An OAuth header from explicit parameters (for the refusals a correct client never triggers). */
function header(params: Record<string, string>): string {
  return `OAuth ${Object.entries(params)
    .map(([key, v]) => `${key}="${encodeURIComponent(v)}"`)
    .join(', ')}`;
}
function params(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    oauth_consumer_key: pos.consumer_key,
    oauth_token: pos.access_token,
    oauth_signature_method: 'HMAC-SHA256',
    oauth_nonce: `n${Math.random().toString(36).slice(2)}`,
    oauth_timestamp: String(Math.floor(Date.now() / 1000)),
    oauth_version: '1.0',
    oauth_signature: 'c2lnbmF0dXJl',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

const POS_USER = () => ({ type: 'integration', id: pos.id, resources: ['Magento_Test::granted'] });

test('a GET with bracketed searchCriteria, signed HMAC-SHA256 by oauth-1.0a, is the integration', async () => {
  const q = searchQuery({
    filters: [
      [{ field: 'name', value: 'Blue shirt+XL', condition_type: 'like' }],
      [{ field: 'sku', value: '%25' }],
    ],
    sortOrders: [{ field: 'name', direction: 'ASC' }],
    pageSize: 10,
  });
  const [status, body] = await signedSend(`/rest/default/V1/test/granted?${q}&fields=items[sku]`);
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body.user, POS_USER());
  assert.equal(body.query?.searchCriteria.filter_groups[0]?.filters[0]?.value, 'Blue shirt+XL');
});

test('a POST with a JSON body is signed without the body', async () => {
  const [status, body] = await signedSend('/rest/V1/test/granted', 'POST', { product: { sku: 'A' } });
  assert.deepEqual([status, body.user, body.body], [200, POS_USER(), { product: { sku: 'A' } }]);
});

test('an integration is limited to its resources; one granted all passes everywhere', async () => {
  assert.deepEqual(await signedSend('/rest/V1/test/other'), [
    401,
    {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Test::other' },
    },
  ]);
  const url = `${k.url}/rest/V1/test/other`;
  assert.equal((await send('/rest/V1/test/other', sign(url, 'GET', { i: other })))[0], 200);
});

test('HMAC-SHA1 is not supported (400); a changed URL breaks the signature (401)', async () => {
  const url = `${k.url}/rest/V1/test/granted`;
  assert.deepEqual(await send('/rest/V1/test/granted', sign(url, 'GET', { sigMethod: 'HMAC-SHA1' })), [
    400,
    { message: 'Signature method %1 is not supported', parameters: ['HMAC-SHA1'] },
  ]);
  assert.deepEqual(await send('/rest/V1/test/granted?pageSize=2', sign(url)), [
    401,
    { message: 'The signature is invalid. Verify and try again.' },
  ]);
});

test('a nonce is used once per consumer, even by a request that then fails', async () => {
  const path = '/rest/V1/test/granted';
  const auth = sign(`${k.url}${path}`);
  assert.equal((await send(path, auth))[0], 200);
  const nonceUsed = {
    message: 'The nonce is already being used by the consumer with ID %1',
    parameters: [String(pos.id)],
  };
  assert.deepEqual(await send(path, auth), [401, nonceUsed]);
  const bad = params({ oauth_nonce: 'fixed-nonce-1' });
  assert.deepEqual(await send(path, header(bad)), [
    401,
    { message: 'The signature is invalid. Verify and try again.' },
  ]);
  assert.deepEqual(await send(path, header(bad)), [401, nonceUsed]);
});

test('timestamps: up to 600 s ahead, and any age, are accepted; later or unreadable ones are not', async () => {
  const path = '/rest/V1/test/granted';
  const at = (offset: number) => {
    const oauth = client(pos);
    oauth.getTimeStamp = () => Math.floor(Date.now() / 1000) + offset;
    return oauth.toHeader(
      oauth.authorize(
        { url: `${k.url}${path}`, method: 'GET' },
        { key: pos.access_token, secret: pos.access_token_secret },
      ),
    ).Authorization;
  };
  assert.equal((await send(path, at(590)))[0], 200);
  assert.equal((await send(path, at(-86_400 * 30)))[0], 200);
  const refused = [400, { message: 'Incorrect timestamp value in the oauth_timestamp parameter' }];
  assert.deepEqual(await send(path, at(700)), refused);
  assert.deepEqual(await send(path, header(params({ oauth_timestamp: 'soon' }))), refused);
});

test('protocol parameters: version, then the required ones (aggregated), then the token length', async () => {
  const path = '/rest/V1/test/granted';
  assert.deepEqual(await send(path, header(params({ oauth_version: '2.0', oauth_nonce: undefined }))), [
    400,
    { message: 'The "%1" Oauth version isn\'t supported.', parameters: ['2.0'] },
  ]);
  assert.deepEqual(await send(path, header(params({ oauth_token: undefined }))), [
    400,
    { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'oauth_token' } },
  ]);
  const [status, body] = await send(path, header({ oauth_consumer_key: pos.consumer_key }));
  assert.equal(status, 400);
  assert.equal(body.message, 'One or more input exceptions have occurred.');
  assert.deepEqual(
    body.errors?.map((e) => e.parameters.fieldName),
    ['oauth_signature', 'oauth_signature_method', 'oauth_nonce', 'oauth_timestamp', 'oauth_token'],
  );
  assert.deepEqual(await send(path, header(params({ oauth_token: 'short' }))), [
    400,
    { message: 'The token length is invalid. Check the length and try again.' },
  ]);
});

test('consumer and token checks are 401, each with its own message', async () => {
  const path = '/rest/V1/test/granted';
  const refusal = async (overrides: Record<string, string>) =>
    (await send(path, header(params(overrides))))[1];
  assert.deepEqual(await refusal({ oauth_consumer_key: 'short' }), {
    message: 'Consumer key is not the correct length',
  });
  assert.deepEqual(await refusal({ oauth_consumer_key: 'x'.repeat(32) }), {
    message: 'A consumer having the specified key does not exist',
  });
  assert.deepEqual(await refusal({ oauth_token: 'y'.repeat(32) }), {
    message: 'Specified token does not exist',
  });
  assert.deepEqual(await refusal({ oauth_token: other.access_token }), {
    message: 'Token is not associated with the specified consumer',
  });
  k.services.store.transaction(() =>
    k.services.store.put('integrations', String(pos.id), { ...pos, revoked: true }),
  );
  try {
    assert.deepEqual(await refusal({}), { message: 'Access token has been revoked' });
  } finally {
    k.services.store.transaction(() => k.services.store.put('integrations', String(pos.id), pos));
  }
});

test('an anonymous route never checks who is calling: a broken OAuth header runs as a guest', async () => {
  const [status, body] = await send('/rest/V1/test/anon', header(params({ oauth_token: 'short' })));
  assert.deepEqual([status, body.user], [200, { type: 'guest', id: null, resources: [] }]);
});

test('the access token as a Bearer: refused unless oauth/consumer/enable_integration_as_bearer = 1', async () => {
  const bearer = `Bearer ${pos.access_token}`;
  assert.equal((await send('/rest/V1/test/granted', bearer))[0], 401);
  k.services.store.transaction(() =>
    k.services.config.set('oauth/consumer/enable_integration_as_bearer', '1'),
  );
  try {
    const [status, body] = await send('/rest/V1/test/granted', bearer);
    assert.deepEqual([status, body.user], [200, POS_USER()]);
  } finally {
    k.services.store.transaction(() =>
      k.services.config.set('oauth/consumer/enable_integration_as_bearer', '0'),
    );
  }
});
