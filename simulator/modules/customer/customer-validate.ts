import type { Services } from '../../context.ts';
import { InputError, LocalizedError } from '../../errors.ts';
import { findGroup } from './groups.ts';
import { CUSTOMERS, type Customer } from './types.ts';

/**
 * What the customer resource checks before a save, in Magento's order: an email at all, its
 * uniqueness within the website (or the whole install with `customer/account_share/scope` = 0),
 * then the EAV validator, whose messages (names required, email format) arrive joined by newlines.
 * @see Magento\Customer\Model\ResourceModel\Customer::_beforeSave, ::_validate
 * @see Magento\Customer\Model\ResourceModel\CustomerRepository::validateGroupId
 */
export const DUPLICATE_EMAIL =
  'A customer with the same email address already exists in an associated website.';

export function validateGroupId(s: Services, groupId: unknown): void {
  if (groupId && !findGroup(s, Number(groupId))) {
    throw new InputError('The specified customer group id does not exist.');
  }
}

export function validateCustomer(
  s: Services,
  c: Pick<Customer, 'email' | 'firstname' | 'lastname' | 'website_id'>,
  selfId?: number,
): void {
  if (!c.email) throw new LocalizedError('The customer email is missing. Enter and try again.');
  const other = findByEmail(s, c.email, c.website_id);
  if (other && other.id !== selfId) throw new LocalizedError(DUPLICATE_EMAIL);
  const messages: string[] = [];
  if (!c.firstname) messages.push('"First Name" is a required value.');
  if (!c.lastname) messages.push('"Last Name" is a required value.');
  if (!isEmail(c.email)) messages.push('"Email" is not a valid email address.');
  if (messages.length > 0) throw new LocalizedError(messages.join('\n'));
}

/** Per website unless accounts are shared globally. */
export function findByEmail(s: Services, email: string, websiteId: number): Customer | undefined {
  const global = s.config.get('customer/account_share/scope') === '0';
  const wanted = email.trim().toLowerCase();
  return s.store
    .all<Customer>(CUSTOMERS)
    .find((c) => c.email.toLowerCase() === wanted && (global || c.website_id === websiteId));
}

/** @see Magento\Framework\Validator\EmailAddress (the hostname part needs a dot and a TLD) */
function isEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(email);
}
