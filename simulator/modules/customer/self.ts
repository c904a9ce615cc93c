import type { Services, StoreContext, UserContext } from '../../context.ts';
import { AuthorizationError } from '../../errors.ts';
import { getCustomer } from './customer-repository.ts';
import type { Customer } from './types.ts';

/**
 * The customer behind a `self` route (`/V1/customers/me...`). Magento lets a customer token through
 * only in a store the customer's account is shared with: its website's stores, or every store with
 * global account sharing; elsewhere the ACL check fails on `self`.
 * @see Magento\Customer\Model\Customer\AuthorizationComposite, Magento\Customer\Model\Customer\Authorization
 */
export function selfCustomer(s: Services, user: UserContext, scope: StoreContext): Customer {
  const customer = getCustomer(s, Number(user.id));
  const global = s.config.get('customer/account_share/scope') === '0';
  if (!global && customer.website_id !== scope.websiteId) throw AuthorizationError.forResources(['self']);
  return customer;
}
