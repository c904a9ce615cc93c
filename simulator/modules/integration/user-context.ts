import type { Services, UserContext } from '../../context.ts';
import { parseOAuthHeader, verifyOAuthRequest } from './oauth.ts';
import { validToken } from './tokens.ts';
import type { Integration } from './types.ts';

/**
 * Resolves who is calling from the Authorization header, as Magento's user contexts do: a bearer
 * that cannot be used (unknown, expired, revoked, malformed) is simply anonymous, and only the
 * route's ACL check turns that into a 401. An integration's access token works as a bearer only
 * with `oauth/consumer/enable_integration_as_bearer` = 1; otherwise it must sign with OAuth 1.0a,
 * and a badly signed OAuth request fails outright (401).
 * @see Magento\Webapi\Model\Authorization\TokenUserContext::processRequest
 * @see Magento\Webapi\Model\Authorization\OauthUserContext::getUserId
 */
export const GUEST: UserContext = { type: 'guest', id: null, resources: [] };

export interface AuthInput {
  authorization: string | undefined;
  method: string;
  url: string;
}

export function resolveUser(s: Services, input: AuthInput): UserContext {
  const header = input.authorization?.trim();
  if (!header) return GUEST;
  const oauth = parseOAuthHeader(header);
  if (oauth) {
    const integration = verifyOAuthRequest(s, { method: input.method, url: input.url, oauthParams: oauth });
    return { type: 'integration', id: integration.id, resources: integration.resources };
  }
  const parts = header.split(' ');
  if (parts.length !== 2 || (parts[0] as string).toLowerCase() !== 'bearer') return GUEST;
  const token = parts[1] as string;
  const rec = validToken(s, token);
  if (rec) {
    if (rec.user_type === 'admin') return { type: 'admin', id: rec.user_id, resources: 'all' };
    if (rec.user_type === 'customer') return { type: 'customer', id: rec.user_id, resources: [] };
  }
  if (s.config.flag('oauth/consumer/enable_integration_as_bearer')) {
    const integration = s.store.all<Integration>('integrations').find((i) => i.access_token === token);
    if (integration) return { type: 'integration', id: integration.id, resources: integration.resources };
  }
  return GUEST;
}
