import { magentoDate } from '../../clock.ts';
import type { Services, StoreContext, UserContext } from '../../context.ts';
import { AuthorizationError, InputError, LocalizedError } from '../../errors.ts';
import { atLeast } from '../../profile.ts';
import { setCustomerPassword } from '../integration/customer-token.ts';
import { storeViewById, websiteById } from '../store/stores.ts';
import type { StoreGroup } from '../store/types.ts';
import { findCustomerByEmail, pick, storeCustomer } from './customer-repository.ts';
import { validateCustomer, validateGroupId } from './customer-validate.ts';
import { defaultGroupId } from './group-default.ts';
import type { Customer } from './types.ts';

/**
 * `POST /V1/customers` (anonymous): Magento's createAccount. Since 2.4.7 a `group_id` from a caller
 * without `Magento_Customer::manage` is refused (before, it was not applied); the store is the one
 * sent, else the website's default store, else the URL's store; the password must pass Magento's
 * strength rules; `confirmation` is never returned.
 * @see Magento\Customer\Model\AccountManagementApi::createAccount, Magento\Customer\Model\AccountManagement
 */
type Raw = Record<string, unknown>;
export const MANAGE = 'Magento_Customer::manage';

export function createAccount(
  s: Services,
  who: { scope: StoreContext; user: UserContext },
  input: Raw,
  password?: string,
): Customer {
  const manager = canManage(who.user);
  if (
    input['group_id'] !== undefined &&
    input['group_id'] !== null &&
    !manager &&
    atLeast(s.profile, '2.4.7')
  ) {
    throw AuthorizationError.forResources([MANAGE]);
  }
  if (password !== undefined) checkPassword(s, password, input['email']);
  const storeId = resolveStoreId(s, input, who.scope);
  const store = storeViewById(s, storeId);
  const groupId = manager && input['group_id'] != null ? Number(input['group_id']) : undefined;
  validateGroupId(s, groupId);
  const now = magentoDate(s.clock.now());
  const customer: Customer = {
    id: s.store.nextId('customers'),
    group_id: groupId ?? defaultGroupId(s, storeId),
    created_at: now,
    updated_at: now,
    created_in: store?.name ?? '',
    email: '',
    firstname: '',
    lastname: '',
    ...pick(input),
    store_id: storeId,
    website_id: store?.website_id ?? who.scope.websiteId,
    addresses: [],
    disable_auto_group_change: Number(input['disable_auto_group_change'] ?? 0),
    extension_attributes: { is_subscribed: false },
  };
  customer.group_id = groupId ?? defaultGroupId(s, storeId);
  validateCustomer(s, customer);
  const saved = storeCustomer(s, customer, (input['addresses'] as Raw[] | undefined) ?? []);
  if (password !== undefined) setCustomerPassword(s, saved.id, password);
  return saved;
}

function canManage(user: UserContext): boolean {
  if (user.type === 'admin') return true;
  return user.type === 'integration' && (user.resources === 'all' || user.resources.includes(MANAGE));
}

function resolveStoreId(s: Services, input: Raw, scope: StoreContext): number {
  if (input['store_id']) return Number(input['store_id']);
  const website = input['website_id'] ? websiteById(s, Number(input['website_id'])) : undefined;
  if (website) {
    const group = s.store.get<StoreGroup>('store_groups', String(website.default_group_id));
    if (group) return group.default_store_id;
  }
  return scope.storeId;
}

/** @see Magento\Customer\Model\AccountManagement::checkPasswordStrength */
export function checkPassword(s: Services, password: string, email: unknown): void {
  if (password.length > 256)
    throw new InputError('Please enter a password with at most %1 characters.', [256]);
  const min = s.config.number('customer/password/minimum_password_length') || 8;
  if (password.length < min) {
    throw new InputError('The password needs at least %1 characters. Create a new password and try again.', [
      min,
    ]);
  }
  if (password.trim().length !== password.length) {
    throw new InputError("The password can't begin or end with a space. Verify the password and try again.");
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  const required = s.config.number('customer/password/required_character_classes_number') || 3;
  if (classes < required) {
    throw new InputError(
      'Minimum of different classes of characters in password is %1. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.',
      [required],
    );
  }
  if (typeof email === 'string' && email.toLowerCase() === password.toLowerCase()) {
    throw new LocalizedError(
      "The password can't be the same as the email address. Create a new password and try again.",
    );
  }
}

/**
 * `POST /V1/customers/isEmailAvailable`. Since 2.4.7 it answers `true` unless "Enable Guest Checkout
 * Login" (`checkout/options/enable_guest_checkout_login`) is on, so it reveals no accounts.
 * @see Magento\Customer\Model\AccountManagement::isEmailAvailable
 */
export function isEmailAvailable(
  s: Services,
  scope: StoreContext,
  email: string,
  websiteId?: number,
): boolean {
  const site = websiteId ?? scope.websiteId;
  if (atLeast(s.profile, '2.4.7')) {
    const code = websiteById(s, site)?.code ?? '';
    if (!s.config.flag('checkout/options/enable_guest_checkout_login', { website: code })) return true;
  }
  return findCustomerByEmail(s, email, site) === undefined;
}
