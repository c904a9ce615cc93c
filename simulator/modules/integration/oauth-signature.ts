import { createHmac } from 'node:crypto';

/**
 * The OAuth 1.0a HMAC signature (RFC 5849 §3.4) as Magento computes it for integrations: base
 * string = METHOD & encoded base URL (lower-case scheme and host, default port dropped, no query)
 * & encoded sorted parameter string; key = encoded consumer secret & encoded token secret;
 * base64 of the HMAC. Exported so tests and the harness can sign like a POS.
 * @see Magento\Framework\Oauth\Helper\Signature\Hmac::sign
 */
export interface SignatureInput {
  method: string;
  /** Absolute URL as the client addressed it (query string ignored here: pass it in `params`). */
  url: string;
  /** Protocol and query parameters, `oauth_signature` excluded. */
  params: Array<[string, string]>;
  consumerSecret: string;
  tokenSecret: string;
  /** `sha256` for HMAC-SHA256, `sha1` for HMAC-SHA1. */
  algorithm: 'sha256' | 'sha1';
}

export function oauthSignature(input: SignatureInput): string {
  const normalized = input.params
    .filter(([k]) => k !== 'oauth_signature')
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0])))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = [input.method.toUpperCase(), encode(baseUrl(input.url)), encode(normalized)].join('&');
  const key = `${encode(input.consumerSecret)}&${encode(input.tokenSecret)}`;
  return createHmac(input.algorithm, key).update(base).digest('base64');
}

/** Scheme and host lower-cased, default ports dropped, path kept, query and fragment removed. */
export function baseUrl(url: string): string {
  const u = new URL(url);
  const defaultPort =
    (u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443');
  const port = u.port && !defaultPort ? `:${u.port}` : '';
  const rawPath = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0] || '/';
  return `${u.protocol}//${u.hostname.toLowerCase()}${port}${rawPath}`;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** RFC 3986 percent-encoding (PHP's rawurlencode with `~` kept). */
export function encode(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
