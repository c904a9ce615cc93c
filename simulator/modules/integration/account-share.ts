import type { Services } from '../../context.ts';

/**
 * Customer account sharing (`customer/account_share/scope`): 1 (Magento's default) = a customer
 * belongs to one website, 0 = customers are global. Token login and `self` routes depend on it.
 * @see Magento\Customer\Model\Config\Share::isWebsiteScope
 */
export function customerAccountsPerWebsite(s: Services): boolean {
  return (s.config.get('customer/account_share/scope') ?? '1') !== '0';
}
