import type { Services } from '../../context.ts';
import { getCustomer } from '../customer/customer-repository.ts';
import type { CartId } from '../quote/cart-ref.ts';
import { getQuote, saveQuote } from '../quote/quote-repository.ts';
import { findBalance } from './customer-balances.ts';
import { withCommerceData } from './quote-data.ts';

/**
 * Store credit on a cart (BalanceManagementInterface): `apply` sets the cart's
 * `use_customer_balance` flag and answers `true` (the totals then spend what the customer has);
 * 2.4.9's `unapply` clears it. Neither checks the balance: a customer without credit simply gets
 * no `customerbalance` segment. `GET /V1/customers/:customerId/balance/:websiteId` (2.4.9) answers
 * the balance row, or amount 0 when the customer has none on that website.
 * @see Magento\CustomerBalance\Model\BalanceManagement::apply
 */
export function setUseStoreCredit(
  s: Services,
  cartId: CartId,
  use: boolean,
  limit: number | null = null,
): boolean {
  const quote = getQuote(s, cartId);
  saveQuote(s, withCommerceData(quote, { customerbalance: { use, limit: use ? limit : null } }));
  return true;
}

export function customerBalanceDto(
  s: Services,
  customerId: number,
  websiteId: number,
): Record<string, unknown> {
  getCustomer(s, customerId);
  const row = findBalance(s, customerId, websiteId);
  const currency = s.config.get('currency/options/base') ?? 'USD';
  return {
    ...(row ? { balance_id: row.balance_id } : {}),
    customer_id: customerId,
    website_id: websiteId,
    amount: row?.amount ?? 0,
    base_currency_code: currency,
  };
}
