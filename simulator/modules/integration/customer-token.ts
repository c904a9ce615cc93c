import type { Services, StoreContext } from '../../context.ts';
import { AuthenticationError } from '../../errors.ts';
import { customerAccountsPerWebsite } from './account-share.ts';
import { validateCredentials } from './credentials.ts';
import { logFailure, resetFailures, SIGN_IN_INCORRECT, throttle } from './throttle.ts';
import { issueToken, revokeTokensOf } from './tokens.ts';

/** The fields of a customer record the token service reads (the customer module owns the rest). */
interface CustomerLogin {
  id: number;
  email: string;
  website_id: number;
}

/**
 * `POST /V1/integration/customer/token`: the customer with that email in the URL's website (any
 * website when accounts are shared globally; none under `/rest/all`, whose admin website has no
 * customers) and that password gets a token (1 h by default). Every failure has the same message
 * and counts towards the lock. Passwords are kept in `customer_passwords` by customer id.
 * @see Magento\Integration\Model\CustomerTokenService::createCustomerAccessToken
 * @see Magento\Customer\Model\AccountManagement::authenticate
 */
export function createCustomerToken(
  s: Services,
  scope: StoreContext,
  username: unknown,
  password: unknown,
): string {
  validateCredentials(username, password);
  const email = username as string;
  throttle(s, 'customer', email);
  const customer = findCustomerByEmail(s, email, scope);
  const stored = customer && s.store.get<string>('customer_passwords', String(customer.id));
  if (!customer || stored === undefined || stored !== password) {
    logFailure(s, 'customer', email);
    throw new AuthenticationError(SIGN_IN_INCORRECT).keepingWrites();
  }
  resetFailures(s, 'customer', email);
  return issueToken(s, 'customer', customer.id);
}

function findCustomerByEmail(s: Services, email: string, scope: StoreContext): CustomerLogin | undefined {
  const wanted = email.toLowerCase();
  const perWebsite = customerAccountsPerWebsite(s);
  return s.store
    .all<CustomerLogin>('customers')
    .find(
      (c) =>
        typeof c.email === 'string' &&
        c.email.toLowerCase() === wanted &&
        (!perWebsite || c.website_id === scope.websiteId),
    );
}

/** Sets (or replaces) a customer's password; the customer module calls it on create. */
export function setCustomerPassword(s: Services, customerId: number, password: string): void {
  s.store.put('customer_passwords', String(customerId), password);
}

/**
 * `POST /V1/integration/customer/revoke-customer-token` (`self`): revokes every token of the
 * calling customer, the one used for the call included; answers `true`.
 * @see Magento\Integration\Model\CustomerTokenService::revokeCustomerAccessToken
 */
export function revokeCustomerToken(s: Services, customerId: number): boolean {
  revokeTokensOf(s, 'customer', customerId);
  return true;
}
