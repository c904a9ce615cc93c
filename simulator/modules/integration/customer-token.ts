import type { Services, StoreContext } from '../../context.ts';
import { AuthenticationError } from '../../errors.ts';
import { validateCredentials } from './admin-token.ts';
import { logFailure, resetFailures, throttle } from './throttle.ts';
import { issueToken, revokeTokensOf } from './tokens.ts';

/** The fields of a customer record the token service reads (the customer module owns the rest). */
interface CustomerLogin {
  id: number;
  email: string;
  website_id: number;
}

/**
 * `POST /V1/integration/customer/token`: the customer of the URL's website with that email and
 * password gets a token (1 h by default). Passwords are kept in `customer_passwords` by id.
 * @see Magento\Integration\Model\CustomerTokenService::createCustomerAccessToken
 */
export function createCustomerToken(
  s: Services,
  scope: StoreContext,
  username: unknown,
  password: unknown,
): string {
  validateCredentials(username, password);
  const email = (username as string).toLowerCase();
  throttle(s, 'customer', email);
  const customer = s.store
    .all<CustomerLogin>('customers')
    .find(
      (c) => c.email.toLowerCase() === email && (c.website_id === scope.websiteId || scope.websiteId === 0),
    );
  const stored = customer && s.store.get<string>('customer_passwords', String(customer.id));
  if (!customer || stored === undefined || stored !== password) {
    logFailure(s, 'customer', email);
    throw new AuthenticationError(
      'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
    ).keepingWrites();
  }
  resetFailures(s, 'customer', email);
  return issueToken(s, 'customer', customer.id);
}

/** Sets (or replaces) a customer's password; the customer module calls it on create. */
export function setCustomerPassword(s: Services, customerId: number, password: string): void {
  s.store.put('customer_passwords', String(customerId), password);
}

export function revokeCustomerToken(s: Services, customerId: number): boolean {
  revokeTokensOf(s, 'customer', customerId);
  return true;
}
