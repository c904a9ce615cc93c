import { randomBytes } from 'node:crypto';
import type { Services } from '../../context.ts';
import type { AccessToken } from './types.ts';

/**
 * Admin and customer access tokens: issued on login, valid until `issued + lifetime hours <= now`
 * on the injected clock (`oauth/access_token_lifetime/admin` 4, `.../customer` 1; the lifetime is
 * read when the token is used), until revoked. A lifetime of 0 is treated as "never expires"
 * (unverified for 2.4's token readers). Integration access tokens never expire.
 * @see Magento\Integration\Model\OpaqueToken\Reader::read
 * @see Magento\Integration\Model\UserToken\ExpirationValidator::validate
 */
export function issueToken(s: Services, userType: AccessToken['user_type'], userId: number): string {
  const token = randomBytes(16).toString('hex');
  s.store.put<AccessToken>('tokens', token, {
    token,
    user_type: userType,
    user_id: userId,
    created_at: s.clock.now(),
    revoked: false,
  });
  return token;
}

/** The token record if it is known, not revoked and not expired; else undefined (anonymous). */
export function validToken(s: Services, token: string): AccessToken | undefined {
  const rec = s.store.get<AccessToken>('tokens', token);
  if (!rec || rec.revoked) return undefined;
  if (rec.user_type === 'integration') return rec;
  const hours = s.config.number(`oauth/access_token_lifetime/${rec.user_type}`);
  if (hours > 0 && s.clock.now() - rec.created_at >= hours * 3_600_000) return undefined;
  return rec;
}

/** Revokes every token of one user (Magento's revoke*AccessToken). */
export function revokeTokensOf(s: Services, userType: AccessToken['user_type'], userId: number): void {
  for (const rec of s.store.all<AccessToken>('tokens')) {
    if (rec.user_type === userType && rec.user_id === userId && !rec.revoked) {
      s.store.put<AccessToken>('tokens', rec.token, { ...rec, revoked: true });
    }
  }
}
