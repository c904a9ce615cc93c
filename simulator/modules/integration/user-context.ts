import type { Services, StoreContext, UserContext } from '../../context.ts';
import { verifyOAuthRequest } from './oauth.ts';
import { readOAuthRequest } from './oauth-request.ts';
import { validToken } from './tokens.ts';
import type { Integration } from './types.ts';

/**
 * Resolves who is calling from the Authorization header, as Magento's composite user context
 * does: first the bearer token (`Bearer <token>`: the header split on one space into exactly two
 * parts, scheme case-insensitive), then an OAuth 1.0a signature, else a guest.
 *
 * A bearer that cannot be used (unknown, expired, revoked, malformed, or an integration's access
 * token while `oauth/consumer/enable_integration_as_bearer` is 0) is simply a guest; only the
 * route's ACL check turns that into a 401. A badly signed OAuth request fails outright (400/401).
 * @see Magento\Webapi\Model\Authorization\TokenUserContext::processRequest
 * @see Magento\Webapi\Model\Authorization\OauthUserContext::getUserId
 * @see Magento\Integration\Model\OpaqueToken\Reader::read
 */
export const GUEST: UserContext = { type: 'guest', id: null, resources: [] };

export interface AuthInput {
  authorization: string | undefined;
  method: string;
  /** Absolute URL as the client addressed it (OAuth signs it). */
  url: string;
  /** The URL's store scope: the bearer switch is read at store level. */
  scope?: StoreContext;
}

export function resolveUser(s: Services, input: AuthInput): UserContext {
  return bearerUser(s, input) ?? oauthUser(s, input) ?? GUEST;
}

function bearerUser(s: Services, input: AuthInput): UserContext | null {
  const parts = (input.authorization ?? '').split(' ');
  if (parts.length !== 2 || (parts[0] as string).toLowerCase() !== 'bearer') return null;
  const token = parts[1] as string;
  const rec = validToken(s, token);
  if (rec?.user_type === 'admin') return { type: 'admin', id: rec.user_id, resources: 'all' };
  if (rec?.user_type === 'customer') return { type: 'customer', id: rec.user_id, resources: [] };
  const scope = input.scope ? { store: input.scope.storeCode, website: input.scope.websiteCode } : undefined;
  if (!s.config.flag('oauth/consumer/enable_integration_as_bearer', scope)) return null;
  const integration = s.store
    .all<Integration>('integrations')
    .find((i) => i.access_token === token && !i.revoked);
  return integration ? integrationUser(integration) : null;
}

function oauthUser(s: Services, input: AuthInput): UserContext | null {
  const params = readOAuthRequest(input.authorization, input.url);
  if (!params || (Object.keys(params.protocol).length === 0 && params.query.length === 0)) return null;
  return integrationUser(verifyOAuthRequest(s, { method: input.method, url: input.url, params }));
}

function integrationUser(i: Integration): UserContext {
  return { type: 'integration', id: i.id, resources: i.resources };
}
