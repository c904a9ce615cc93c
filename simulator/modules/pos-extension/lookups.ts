import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import type { CustomerBalance, GiftCardAccount, RewardPoints } from '../commerce/index.ts';
import {
  CUSTOMER_BALANCES,
  findGiftCardByCode,
  REWARD_POINTS,
  rateToCurrency,
  toCurrency,
} from '../commerce/index.ts';
import { getCustomer } from '../customer/customer-repository.ts';
import { websiteById } from '../store/stores.ts';

/**
 * Read-only lookups a till needs and core REST lacks (Commerce edition): a customer's store credit
 * and reward points on every website (with what the points are worth), and a gift card account by
 * code without a cart.
 */
export function customerBalances(s: Services, customerId: number): Record<string, unknown> {
  getCustomer(s, customerId);
  const mine = <T extends { customer_id: number }>(c: string) =>
    s.store.all<T>(c).filter((r) => r.customer_id === customerId);
  return {
    customer_id: customerId,
    store_credit: mine<CustomerBalance>(CUSTOMER_BALANCES).map((b) => ({
      website_id: b.website_id,
      amount: b.amount,
    })),
    reward_points: mine<RewardPoints>(REWARD_POINTS).map((r) => ({
      website_id: r.website_id,
      points_balance: r.points_balance,
      currency_amount: worth(s, r),
    })),
  };
}

export function giftCardByCode(s: Services, code: string): Record<string, unknown> {
  const card: GiftCardAccount | undefined = findGiftCardByCode(s, code);
  if (!card) throw NoSuchEntityError.singleField('code', code);
  const { id, code: c, balance, website_id, status, state, expires_at } = card;
  return { id, code: c, balance, website_id, status, state, expires_at };
}

function worth(s: Services, r: RewardPoints): number {
  const website = websiteById(s, r.website_id)?.code ?? '';
  return toCurrency(rateToCurrency(s, website), r.points_balance);
}
