import type { Services } from '../../context.ts';
import { phpRound } from '../tax/index.ts';
import { balanceKey, CUSTOMER_BALANCES, type CustomerBalance } from './types.ts';

/**
 * Store credit: one balance per customer and website (`magento_customerbalance`). Scenarios set
 * it, placement spends it; a customer without a row has 0.
 * @see Magento\CustomerBalance\Model\Balance::loadByCustomer
 */
export function findBalance(s: Services, customerId: number, websiteId: number): CustomerBalance | undefined {
  return s.store.get<CustomerBalance>(CUSTOMER_BALANCES, balanceKey(customerId, websiteId));
}

export function balanceAmount(s: Services, customerId: number, websiteId: number): number {
  return findBalance(s, customerId, websiteId)?.amount ?? 0;
}

/** Sets the balance (creating the row on first use). */
export function setBalance(
  s: Services,
  customerId: number,
  websiteId: number,
  amount: number,
): CustomerBalance {
  const existing = findBalance(s, customerId, websiteId);
  const row: CustomerBalance = {
    balance_id: existing?.balance_id ?? s.store.nextId(CUSTOMER_BALANCES),
    customer_id: customerId,
    website_id: websiteId,
    amount: Math.max(phpRound(amount), 0),
  };
  s.store.put(CUSTOMER_BALANCES, balanceKey(customerId, websiteId), row);
  return row;
}

/** Adds `delta` (negative to spend). */
export function adjustBalance(
  s: Services,
  customerId: number,
  websiteId: number,
  delta: number,
): CustomerBalance {
  return setBalance(s, customerId, websiteId, balanceAmount(s, customerId, websiteId) + delta);
}

/** `customer/magento_customerbalance/is_enabled` for the website. */
export function storeCreditEnabled(s: Services, websiteCode: string): boolean {
  return s.config.flag('customer/magento_customerbalance/is_enabled', { website: websiteCode });
}
