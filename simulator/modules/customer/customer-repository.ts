import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { revokeCustomerToken } from '../integration/customer-token.ts';
import { buildAddresses } from './addresses.ts';
import { findByEmail, validateCustomer, validateGroupId } from './customer-validate.ts';
import { ADDRESS_INDEX, type Address, CUSTOMERS, type Customer } from './types.ts';

/**
 * Customers by id and email, and `PUT /V1/customers/:customerId` (`/me` too): the fields sent replace
 * the stored ones (email and names must be sent, as Magento validates the object it is given),
 * addresses are replaced when sent (those left out are deleted) and kept otherwise, and the default
 * billing and shipping ids follow the addresses' flags.
 * @see Magento\Customer\Model\ResourceModel\CustomerRepository
 */
type Raw = Record<string, unknown>;
const COPIED = ['dob', 'middlename', 'prefix', 'suffix', 'taxvat', 'gender', 'custom_attributes'] as const;

export function findCustomer(s: Services, id: number): Customer | undefined {
  return s.store.get<Customer>(CUSTOMERS, String(id));
}

/** Throws Magento's 404 `No such entity with customerId = <id>`. */
export function getCustomer(s: Services, id: number): Customer {
  const c = findCustomer(s, id);
  if (!c) throw NoSuchEntityError.singleField('customerId', id);
  return c;
}

/** The customer of that website with that email (any website with shared accounts). */
export function findCustomerByEmail(s: Services, email: string, websiteId: number): Customer | undefined {
  return findByEmail(s, email, websiteId);
}

export function updateCustomer(s: Services, id: number, input: Raw): Customer {
  const prior = getCustomer(s, id);
  validateGroupId(s, input['group_id']);
  const next: Customer = { ...prior, ...pick(input), id, created_at: prior.created_at };
  next.updated_at = magentoDate(s.clock.now());
  validateCustomer(
    s,
    {
      ...next,
      email: str(input['email']),
      firstname: str(input['firstname']),
      lastname: str(input['lastname']),
    },
    id,
  );
  return storeCustomer(s, next, input['addresses'] as Raw[] | undefined, prior);
}

/** Scalar fields a request may set. */
export function pick(input: Raw): Partial<Customer> {
  const out: Raw = {};
  for (const k of ['email', 'firstname', 'lastname', 'default_billing', 'default_shipping', ...COPIED]) {
    if (input[k] !== undefined && input[k] !== null) out[k] = k === 'gender' ? Number(input[k]) : input[k];
  }
  for (const k of ['group_id', 'store_id', 'website_id', 'disable_auto_group_change']) {
    if (input[k] !== undefined && input[k] !== null) out[k] = Number(input[k]);
  }
  return out as Partial<Customer>;
}

/** Saves the customer with its addresses (replaced when `addresses` is given). */
export function storeCustomer(
  s: Services,
  c: Customer,
  addresses: Raw[] | undefined,
  prior?: Customer,
): Customer {
  let list: Address[] = prior?.addresses ?? c.addresses;
  if (addresses !== undefined) {
    list = buildAddresses(s, c.id, addresses, prior?.addresses ?? []);
    for (const old of prior?.addresses ?? []) {
      if (!list.some((a) => a.id === old.id)) s.store.delete(ADDRESS_INDEX, String(old.id));
    }
  }
  const billing = defaultId(list, 'default_billing', c.default_billing);
  const shipping = defaultId(list, 'default_shipping', c.default_shipping);
  const { id, group_id, default_billing, default_shipping, ...others } = c;
  const ordered: Customer = {
    id,
    group_id,
    ...defaults(billing, shipping),
    ...others,
    addresses: list.map((a) => flags(a, billing, shipping)),
  };
  s.store.put(CUSTOMERS, String(c.id), ordered);
  return ordered;
}

function defaultId(
  list: Address[],
  flag: 'default_billing' | 'default_shipping',
  requested?: string,
): string | undefined {
  const flagged = list.find((a) => a[flag] === true);
  if (flagged) return String(flagged.id);
  return list.some((a) => String(a.id) === requested) ? requested : undefined;
}

function flags(a: Address, billing?: string, shipping?: string): Address {
  const { default_billing, default_shipping, ...rest } = a;
  return {
    ...rest,
    ...(String(a.id) === shipping ? { default_shipping: true } : {}),
    ...(String(a.id) === billing ? { default_billing: true } : {}),
  };
}

const defaults = (billing?: string, shipping?: string) => ({
  ...(billing === undefined ? {} : { default_billing: billing }),
  ...(shipping === undefined ? {} : { default_shipping: shipping }),
});

/** `DELETE /V1/customers/:customerId` → true; the customer's addresses, password and tokens go too. */
export function deleteCustomer(s: Services, id: number): boolean {
  const c = getCustomer(s, id);
  for (const a of c.addresses) s.store.delete(ADDRESS_INDEX, String(a.id));
  s.store.delete(CUSTOMERS, String(id));
  s.store.delete('customer_passwords', String(id));
  revokeCustomerToken(s, id);
  return true;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
