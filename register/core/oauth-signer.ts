import OAuth from 'oauth-1.0a';
import type { Authenticator } from './auth.ts';

/**
 * Signs every request with OAuth 1.0a, HMAC-SHA256, as Magento requires of integration tokens
 * since 2.4.4 (bearer use is off by default). The base string and header come from `oauth-1.0a`;
 * the HMAC itself is injected so this file stays isomorphic (the Node shell passes
 * `crypto.createHmac`, a browser may pass a WebCrypto-based async function).
 *
 * Query parameters are signed (decoded, then re-encoded by the library) and JSON bodies are not,
 * which is what Magento's request helper reads.
 * @see magento-rest.md §1 "Integration tokens"; RFC 5849 §3.4
 */
export type HmacSha256 = (key: string, baseString: string) => string | Promise<string>;

export interface IntegrationCredentials {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export class OAuthSigner implements Authenticator {
  private readonly oauth: OAuth;

  constructor(
    private readonly creds: IntegrationCredentials,
    private readonly hmac: HmacSha256,
    private readonly now: () => number,
  ) {
    this.oauth = new OAuth({
      consumer: { key: creds.consumerKey, secret: creds.consumerSecret },
      signature_method: 'HMAC-SHA256',
      // Unused: the signature is computed below so that an async HMAC works too.
      hash_function: () => {
        throw new Error('unreachable');
      },
    });
  }

  async authorize(method: string, url: string): Promise<{ headers: Record<string, string> }> {
    const [base = url, query = ''] = url.split('?', 2);
    const request = { url: normalizeBaseUrl(base), method: method.toUpperCase(), data: queryData(query) };
    const data: OAuth.Data = {
      oauth_consumer_key: this.creds.consumerKey,
      oauth_nonce: this.oauth.getNonce(),
      oauth_signature_method: 'HMAC-SHA256',
      oauth_timestamp: Math.floor(this.now() / 1000),
      oauth_version: '1.0',
      oauth_token: this.creds.accessToken,
    };
    // getBaseString merges the query into the object it is given: hand it a copy.
    const baseString = this.oauth.getBaseString(request, { ...data });
    const key = this.oauth.getSigningKey(this.creds.accessTokenSecret);
    const signed: OAuth.Authorization = { ...data, oauth_signature: await this.hmac(key, baseString) };
    return { headers: { ...this.oauth.toHeader(signed) } };
  }
}

/** Scheme and host lower-cased, default port dropped, path kept (RFC 5849 §3.4.1.2). */
export function normalizeBaseUrl(url: string): string {
  const u = new URL(url);
  const defaultPort =
    (u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443');
  return `${u.protocol}//${u.hostname.toLowerCase()}${u.port && !defaultPort ? `:${u.port}` : ''}${u.pathname}`;
}

/** Query pairs decoded as PHP's urldecode does (`+` is a space); the last duplicate wins. */
function queryData(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const k = eq === -1 ? pair : pair.slice(0, eq);
    const v = eq === -1 ? '' : pair.slice(eq + 1);
    out[decode(k)] = decode(v);
  }
  return out;
}

function decode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}
