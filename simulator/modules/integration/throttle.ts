import type { Services } from '../../context.ts';
import { AuthenticationError } from '../../errors.ts';

/**
 * Login throttling for token requests, per user type and user name. Each failure counts and
 * (re)sets the lock expiry to now + `oauth/authentication_lock/timeout` seconds; while the count
 * is at least `oauth/authentication_lock/max_failures_count` and the lock has not expired, every
 * attempt (even with the right password) gets the sign-in message. An expired record no longer
 * counts (Magento's reader ignores it and its cron deletes it); a successful login deletes it.
 * @see Magento\Integration\Model\Oauth\Token\RequestThrottler
 * @see Magento\Integration\Model\ResourceModel\Oauth\Token\RequestLog
 */
export const SIGN_IN_INCORRECT =
  'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.';

interface Failures {
  count: number;
  lock_expires_at: number;
}

const key = (userType: string, name: string) => `${userType}:${name.toLowerCase()}`;

function current(s: Services, userType: string, name: string): Failures | undefined {
  const rec = s.store.get<Failures>('login_failures', key(userType, name));
  return rec && rec.lock_expires_at > s.clock.now() ? rec : undefined;
}

export function throttle(s: Services, userType: string, name: string): void {
  const count = current(s, userType, name)?.count ?? 0;
  if (count >= s.config.number('oauth/authentication_lock/max_failures_count')) {
    throw new AuthenticationError(SIGN_IN_INCORRECT);
  }
}

export function logFailure(s: Services, userType: string, name: string): void {
  const count = (current(s, userType, name)?.count ?? 0) + 1;
  const lockExpiresAt = s.clock.now() + s.config.number('oauth/authentication_lock/timeout') * 1000;
  s.store.put<Failures>('login_failures', key(userType, name), { count, lock_expires_at: lockExpiresAt });
}

export function resetFailures(s: Services, userType: string, name: string): void {
  s.store.delete('login_failures', key(userType, name));
}
