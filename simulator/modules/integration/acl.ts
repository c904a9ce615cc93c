import type { Services, StoreContext, UserContext } from '../../context.ts';
import { AuthorizationError } from '../../errors.ts';
import { customerAccountsPerWebsite } from './account-share.ts';
import { effectiveResources } from './guest-access.ts';
import { type AuthInput, GUEST, resolveUser } from './user-context.ts';

/**
 * The Web API ACL check of one route: every resource the route declares must be allowed (Magento
 * ANDs them). `anonymous` is always allowed; `self` only for a customer token whose customer
 * shares the URL's store (its website's store views, or every store view when accounts are
 * global); any other resource for an admin token or an integration granted it. Failing is 401
 * `The consumer isn't authorized to access %resources.` naming all the route's resources.
 *
 * With guest access allowed (`webapi/webapisecurity/allow_insecure` = 1) Magento's listed catalog
 * and store reads are anonymous. The caller is resolved only when a resource needs it, so a
 * broken OAuth header does not fail an anonymous route (Magento never asks who is calling
 * there): it runs as a guest.
 * @see Magento\Framework\Webapi\Authorization::isAllowed
 * @see Magento\Webapi\Controller\Rest\RequestValidator::checkPermissions
 * @see Magento\Customer\Model\Customer\Authorization::isAllowed
 */
export interface AclRoute {
  method: string;
  /** Magento's path (`/V1/products/:sku`), for the guest-access switch. */
  path: string;
  resource: string | readonly string[];
}

export function authorize(s: Services, route: AclRoute, auth: AuthInput, scope: StoreContext): UserContext {
  const list = [...effectiveResources(s, route)];
  const needed = list.filter((r) => r !== 'anonymous');
  if (needed.length === 0) return lenient(s, auth);
  const user = resolveUser(s, auth);
  if (!needed.every((r) => allows(s, user, r, scope))) throw AuthorizationError.forResources(list);
  return user;
}

function lenient(s: Services, auth: AuthInput): UserContext {
  try {
    return resolveUser(s, auth);
  } catch {
    return GUEST;
  }
}

function allows(s: Services, user: UserContext, resource: string, scope: StoreContext): boolean {
  if (resource === 'self') return user.type === 'customer' && sharesStore(s, user.id, scope);
  if (user.type !== 'admin' && user.type !== 'integration') return false;
  if (user.resources === 'all') return true;
  return user.resources.includes(resource) || user.resources.includes('Magento_Backend::all');
}

interface CustomerScope {
  id: number;
  website_id: number;
}
interface StoreRow {
  id: number;
  website_id: number;
}

/** Customer::getSharedStoreIds: the store views of the customer's website, or all of them. */
function sharesStore(s: Services, customerId: number | null, scope: StoreContext): boolean {
  const customer = customerId === null ? undefined : findCustomer(s, customerId);
  if (!customer || scope.storeId === 0) return false;
  if (!customerAccountsPerWebsite(s)) return true;
  const store = s.store.get<StoreRow>('stores', String(scope.storeId));
  return store !== undefined && store.website_id === customer.website_id;
}

function findCustomer(s: Services, id: number): CustomerScope | undefined {
  return (
    s.store.get<CustomerScope>('customers', String(id)) ??
    s.store.all<CustomerScope>('customers').find((c) => c.id === id)
  );
}
