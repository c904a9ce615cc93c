import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Services } from '../../context.ts';
import { AuthenticationError } from '../../errors.ts';
import type { Integration } from './types.ts';

/**
 * Verifies an OAuth 1.0a-signed integration request (`Authorization: OAuth ...`) the way Magento
 * does for integrations since 2.4.4: known consumer and access token, HMAC-SHA1 or HMAC-SHA256 over
 * RFC 5849's base string (method, normalised URL, query and oauth parameters), a timestamp within
 * 600 s of now and a nonce used once per consumer.
 * @see Magento\Framework\Oauth\Oauth::validateAccessTokenRequest
 * @see Magento\Integration\Model\Oauth\Nonce\Generator::validateNonce
 */
export interface SignedRequest {
  method: string;
  /** Absolute URL as the client addressed it, including the query string. */
  url: string;
  oauthParams: Record<string, string>;
}

const TIMESTAMP_WINDOW_S = 600;

export function parseOAuthHeader(header: string): Record<string, string> | null {
  if (!/^oauth\s/i.test(header)) return null;
  const params: Record<string, string> = {};
  for (const m of header.slice(6).matchAll(/([a-z_]+)="([^"]*)"/gi)) {
    params[m[1] as string] = decodeURIComponent(m[2] as string);
  }
  return params;
}

export function verifyOAuthRequest(s: Services, req: SignedRequest): Integration {
  const p = req.oauthParams;
  for (const name of [
    'oauth_consumer_key',
    'oauth_token',
    'oauth_signature_method',
    'oauth_signature',
    'oauth_nonce',
    'oauth_timestamp',
  ]) {
    if (!p[name]) throw new AuthenticationError('"%1" is required. Enter and try again.', [name]);
  }
  if (p['oauth_version'] && p['oauth_version'] !== '1.0') {
    throw new AuthenticationError('The "%1" Oauth version isn\'t supported.', [p['oauth_version']]);
  }
  const method = p['oauth_signature_method'] as string;
  if (method !== 'HMAC-SHA1' && method !== 'HMAC-SHA256') {
    throw new AuthenticationError('Signature method %1 is not supported', [method]);
  }
  const integration = s.store
    .all<Integration>('integrations')
    .find((i) => i.consumer_key === p['oauth_consumer_key']);
  if (!integration)
    throw new AuthenticationError('A consumer with "%1" ID doesn\'t exist. Verify the ID and try again.', [
      p['oauth_consumer_key'] as string,
    ]);
  const ts = Number(p['oauth_timestamp']);
  if (!Number.isInteger(ts) || Math.abs(s.clock.now() / 1000 - ts) > TIMESTAMP_WINDOW_S) {
    throw new AuthenticationError('The timestamp is invalid. Verify and try again.');
  }
  const nonceKey = `${integration.id}:${p['oauth_nonce']}`;
  if (s.store.has('oauth_nonces', nonceKey)) {
    throw new AuthenticationError('The nonce is already being used by the consumer with ID %1.', [
      integration.id,
    ]);
  }
  if (integration.access_token !== p['oauth_token'])
    throw new AuthenticationError('Specified token does not exist');
  const expected = sign(req, method, integration.consumer_secret, integration.access_token_secret);
  const given = Buffer.from(p['oauth_signature'] as string);
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new AuthenticationError('The signature is invalid. Verify and try again.');
  }
  s.store.put('oauth_nonces', nonceKey, { at: s.clock.now() });
  return integration;
}

/** RFC 5849 §3.4 signature of a request (exported for tests and for clients in the harness). */
export function sign(
  req: SignedRequest,
  method: string,
  consumerSecret: string,
  tokenSecret: string,
): string {
  const url = new URL(req.url);
  const params: Array<[string, string]> = [];
  for (const [k, v] of url.searchParams) params.push([k, v]);
  for (const [k, v] of Object.entries(req.oauthParams))
    if (k !== 'oauth_signature' && k !== 'realm') params.push([k, v]);
  const normalized = params
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0])))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const port =
    url.port &&
    !((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443'))
      ? `:${url.port}`
      : '';
  const base = `${url.protocol}//${url.hostname.toLowerCase()}${port}${url.pathname}`;
  const baseString = [req.method.toUpperCase(), enc(base), enc(normalized)].join('&');
  const algorithm = method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
  return createHmac(algorithm, `${enc(consumerSecret)}&${enc(tokenSecret)}`)
    .update(baseString)
    .digest('base64');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** RFC 3986 percent-encoding, as OAuth requires. */
function enc(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
