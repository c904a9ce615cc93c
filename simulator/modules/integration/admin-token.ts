import type { Services } from '../../context.ts';
import { AggregateInputError, AuthenticationError, type ErrorItem, LocalizedError } from '../../errors.ts';
import { findAdminUser } from './admin-users.ts';
import { logFailure, resetFailures, SIGN_IN_INCORRECT, throttle } from './throttle.ts';
import { issueToken } from './tokens.ts';

/**
 * `POST /V1/integration/admin/token`: checks the credentials, the lock and (when emulated) two-factor
 * auth, then issues an admin token.
 * @see Magento\Integration\Model\AdminTokenService::createAdminAccessToken
 * @see Magento\TwoFactorAuth\Model\AdminAccessTokenService
 */
export function createAdminToken(s: Services, username: unknown, password: unknown): string {
  validateCredentials(username, password);
  const name = username as string;
  throttle(s, 'admin', name);
  const user = findAdminUser(s, name);
  if (!user?.is_active || user.password !== password) {
    logFailure(s, 'admin', name);
    throw new AuthenticationError(SIGN_IN_INCORRECT).keepingWrites();
  }
  resetFailures(s, 'admin', name);
  if (s.config.flag('twofactorauth/general/enable')) {
    throw new LocalizedError('Please use the 2fa provider-specific endpoints to obtain a token.', {
      active_providers: ['google'],
    });
  }
  return issueToken(s, 'admin', user.id);
}

/** Magento's CredentialsValidator: both fields required, reported together. */
export function validateCredentials(username: unknown, password: unknown): void {
  const errors: ErrorItem[] = [];
  const required = (fieldName: string) => ({
    message: '"%fieldName" is required. Enter and try again.',
    parameters: { fieldName },
  });
  if (typeof username !== 'string' || username.length === 0) errors.push(required('username'));
  if (typeof password !== 'string' || password.length === 0) errors.push(required('password'));
  if (errors.length > 0) throw AggregateInputError.of(errors);
}
