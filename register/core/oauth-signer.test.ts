import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { afterEach, test } from 'node:test';
import { nodeHmacSha256 } from '../node/hmac.ts';
import {
  type ScriptedServer,
  type SeenRequest,
  startScriptedServer,
} from '../test-support/scripted-server.ts';
import { MagentoClient } from './magento-client.ts';
import { normalizeBaseUrl } from './oauth-signer.ts';

const creds = {
  kind: 'integration',
  consumerKey: 'ck-posgate',
  consumerSecret: 'cs secret/+&',
  accessToken: 'at-till-1',
  accessTokenSecret: 'ats~secret!',
} as const;

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** RFC 3986 encoding, written here independently of the code under test. */
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Recomputes the signature of a received request as Magento would (RFC 5849 §3.4, HMAC-SHA256). */
function expectedSignature(req: SeenRequest, origin: string, secrets: { consumer: string; token: string }) {
  const header = req.headers.authorization ?? '';
  assert.match(header, /^OAuth /);
  const oauth = new Map(
    [...header.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)].map(
      (m) => [m[1]!, decodeURIComponent(m[2]!)] as const,
    ),
  );
  const [path = '', query = ''] = req.url.split('?');
  const params: Array<[string, string]> = [...oauth].filter(([k]) => k !== 'oauth_signature');
  for (const pair of query.split('&').filter(Boolean)) {
    const [k = '', v = ''] = pair.split('=');
    params.push([decodeURIComponent(k.replace(/\+/g, ' ')), decodeURIComponent(v.replace(/\+/g, ' '))]);
  }
  const normalized = params
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .sort()
    .join('&');
  const base = [req.method, enc(`${origin}${path}`), enc(normalized)].join('&');
  const key = `${enc(secrets.consumer)}&${enc(secrets.token)}`;
  return { oauth, signature: createHmac('sha256', key).update(base).digest('base64') };
}

test('integration credentials: every request is OAuth 1.0a HMAC-SHA256 signed, query included', async () => {
  server = await startScriptedServer(() => ({ status: 200, body: { items: [], total_count: 0 } }));
  const client = new MagentoClient({
    baseUrl: server.url,
    storeCode: 'default',
    credentials: creds,
    timeoutMs: 2000,
    hmacSha256: nodeHmacSha256,
  });
  await client.searchAll('/V1/orders', { filterGroups: [[{ field: 'increment_id', value: 'POS 1+2' }]] });
  await client.post('/V1/carts/7/items', { cartItem: { sku: 'a', qty: 1 } });
  assert.equal(server.requests.length, 2);
  const secrets = { consumer: creds.consumerSecret, token: creds.accessTokenSecret };
  for (const req of server.requests) {
    const { oauth, signature } = expectedSignature(req, server.url, secrets);
    assert.equal(oauth.get('oauth_signature_method'), 'HMAC-SHA256');
    assert.equal(oauth.get('oauth_consumer_key'), creds.consumerKey);
    assert.equal(oauth.get('oauth_token'), creds.accessToken);
    assert.equal(oauth.get('oauth_version'), '1.0');
    assert.equal(oauth.get('oauth_signature'), signature, `${req.method} ${req.url}`);
    // A signature made with another secret must not match: the check can fail.
    const forged = expectedSignature(req, server.url, { ...secrets, token: 'wrong' });
    assert.notEqual(oauth.get('oauth_signature'), forged.signature);
  }
  assert.ok(
    server.requests[0]!.url.includes('searchCriteria[filter_groups][0][filters][0][value]=POS%201%2B2'),
  );
});

test('an async HMAC (as WebCrypto would give) signs the same way', async () => {
  server = await startScriptedServer(() => ({ status: 200, body: true }));
  const asyncHmac = async (key: string, base: string) => nodeHmacSha256(key, base);
  const client = new MagentoClient({
    baseUrl: server.url,
    storeCode: 'default',
    credentials: creds,
    timeoutMs: 2000,
    hmacSha256: asyncHmac,
  });
  assert.equal(await client.delete('/V1/carts/7/items/3'), true);
  const req = server.requests[0]!;
  const { oauth, signature } = expectedSignature(req, server.url, {
    consumer: creds.consumerSecret,
    token: creds.accessTokenSecret,
  });
  assert.equal(oauth.get('oauth_signature'), signature);
});

test('integration credentials without an HMAC function fail at construction, loudly', () => {
  assert.throws(
    () =>
      new MagentoClient({ baseUrl: 'http://m.test', storeCode: 'default', credentials: creds, timeoutMs: 1 }),
    /HMAC-SHA256/,
  );
});

test('the signed base URL drops default ports and lower-cases the host', () => {
  assert.equal(normalizeBaseUrl('HTTPS://Shop.Example:443/rest/V1/x'), 'https://shop.example/rest/V1/x');
  assert.equal(normalizeBaseUrl('http://Shop.Example:8080/rest/V1/x'), 'http://shop.example:8080/rest/V1/x');
});
