import type { Credentials } from '../../contracts/driver.ts';
import { AdminTokenAuth } from './admin-token-auth.ts';
import { type HmacSha256, OAuthSigner } from './oauth-signer.ts';

/**
 * How a request gets its `Authorization` header, one strategy per kind of credentials in the
 * driver contract. The client asks `authorize` before each send; on a 401 it asks `renew` (only
 * session tokens can be renewed) and re-sends once.
 * @see magento-rest.md §1
 */
export interface Authenticator {
  /** Headers for this request. `ticket` names the token used, for a later `renew`. */
  authorize(method: string, url: string): Promise<{ headers: Record<string, string>; ticket?: string }>;
  /** Present when a 401 may be cured: obtains a fresh token unless `ticket` was already replaced. */
  renew?(ticket: string | undefined): Promise<void>;
}

/** Logs in without authorization: POST /V1/integration/admin/token, returns the token. */
export type AdminLogin = (username: string, password: string) => Promise<string>;

export interface AuthDeps {
  login: AdminLogin;
  /** Required for integration credentials; the Node shell passes `nodeHmacSha256`. */
  hmacSha256?: HmacSha256;
  now: () => number;
}

/** Picks the strategy for the session's credentials. */
export function authenticatorFor(credentials: Credentials, deps: AuthDeps): Authenticator {
  switch (credentials.kind) {
    case 'token':
      return { authorize: async () => ({ headers: { Authorization: `Bearer ${credentials.token}` } }) };
    case 'admin':
      return new AdminTokenAuth(credentials.username, credentials.password, deps.login);
    case 'integration':
      if (!deps.hmacSha256) {
        throw new TypeError('integration credentials need an HMAC-SHA256 function (hmacSha256)');
      }
      return new OAuthSigner(credentials, deps.hmacSha256, deps.now);
  }
}
