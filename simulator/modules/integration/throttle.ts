import type { Services } from '../../context.ts';
import { AuthenticationError } from '../../errors.ts';

/**
 * Login throttling for token requests: after `oauth/authentication_lock/max_failures_count`
 * failures the account is locked for `oauth/authentication_lock/timeout` seconds, and during the
 * lock even the right password gets the same message as a wrong one.
 * @see Magento\Integration\Model\Oauth\Token\RequestThrottler
 */
export const SIGN_IN_INCORRECT =
  'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.';

interface Failures {
  count: number;
  lock_expires_at: number | null;
}

const key = (userType: string, name: string) => `${userType}:${name.toLowerCase()}`;

export function throttle(s: Services, userType: string, name: string): void {
  const rec = s.store.get<Failures>('login_failures', key(userType, name));
  const max = s.config.number('oauth/authentication_lock/max_failures_count');
  if (rec && rec.count >= max && rec.lock_expires_at !== null && rec.lock_expires_at > s.clock.now()) {
    throw new AuthenticationError(SIGN_IN_INCORRECT);
  }
}

export function logFailure(s: Services, userType: string, name: string): void {
  const k = key(userType, name);
  const rec = s.store.get<Failures>('login_failures', k) ?? { count: 0, lock_expires_at: null };
  const count = rec.count + 1;
  const max = s.config.number('oauth/authentication_lock/max_failures_count');
  const lock =
    count >= max
      ? s.clock.now() + s.config.number('oauth/authentication_lock/timeout') * 1000
      : rec.lock_expires_at;
  s.store.put<Failures>('login_failures', k, { count, lock_expires_at: lock });
}

export function resetFailures(s: Services, userType: string, name: string): void {
  s.store.delete('login_failures', key(userType, name));
}
