import type { TotalsCollector } from '../quote/totals/types.ts';
import { customerBalanceCollector } from './customer-balance-totals.ts';
import { giftCardCollector } from './gift-card-totals.ts';
import { rewardCollector } from './reward-totals.ts';

/**
 * Commerce's total collectors, to register with the checkout's pipeline at start-up: reward 1000,
 * giftcardaccount 1050, customerbalance 1100 — after grand total, in Magento 1 Enterprise's
 * `before`/`after` order (reward, then gift cards, then store credit); only reward's 1000 is
 * verified for Magento 2. Each is a no-op outside the Commerce edition.
 */
export const COMMERCE_COLLECTORS: readonly TotalsCollector[] = [
  rewardCollector,
  giftCardCollector,
  customerBalanceCollector,
];
