import type { Services } from '../../context.ts';
import { AuthenticationError, LocalizedError } from '../../errors.ts';
import { findAdminUser } from './admin-users.ts';
import { validateCredentials } from './credentials.ts';
import { logFailure, resetFailures, SIGN_IN_INCORRECT, throttle } from './throttle.ts';
import { issueToken } from './tokens.ts';

/**
 * `POST /V1/integration/admin/token`: credentials required, then the lock, then the password
 * (a wrong one counts as a failure; an inactive account is refused without counting), then, with
 * two-factor auth on (`twofactorauth/general/enable` = 1, off by default here), 400 `Please use
 * the 2fa provider-specific endpoints to obtain a token.` naming the user's active providers.
 * @see Magento\Integration\Model\AdminTokenService::createAdminAccessToken
 * @see Magento\TwoFactorAuth\Model\AdminAccessTokenService::createAdminAccessToken
 */
export function createAdminToken(s: Services, username: unknown, password: unknown): string {
  validateCredentials(username, password);
  const name = username as string;
  throttle(s, 'admin', name);
  const user = findAdminUser(s, name);
  if (!user || user.password !== password) {
    logFailure(s, 'admin', name);
    throw new AuthenticationError(SIGN_IN_INCORRECT).keepingWrites();
  }
  if (!user.is_active) throw new AuthenticationError(SIGN_IN_INCORRECT);
  resetFailures(s, 'admin', name);
  if (s.config.flag('twofactorauth/general/enable')) {
    throw new LocalizedError('Please use the 2fa provider-specific endpoints to obtain a token.', {
      active_providers: ['google'],
    }).keepingWrites();
  }
  return issueToken(s, 'admin', user.id);
}
