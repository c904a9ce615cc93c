import type { Services } from '../../context.ts';
import type { QuoteTotals } from '../quote/totals/types.ts';
import type { QuoteCard } from './quote-data.ts';

/**
 * What the Commerce collectors worked out for one totals run, kept beside the run's `QuoteTotals`
 * (a WeakMap, so the quote module's shapes stay untouched): the gift cards (refreshed balances,
 * and the amount each one pays), the store credit and the reward points used. The order builder
 * and placement read it from the same totals object.
 * @see Magento\Quote\Model\Quote\Address\Total (gift_cards, customer_balance_amount, reward_* fields)
 */
export interface CommerceTotals {
  giftCards: {
    /** The cart's usable cards with their current balances (`a`/`ba`). */
    quoteCards: QuoteCard[];
    /**
     * When the cards pay something: the same cards, smallest balance first, each with the amount it
     * pays (`a`/`ba`, 0 for a card not needed) — Magento's address `gift_cards`. Else empty.
     */
    paying: QuoteCard[];
    /** Sum of the usable cards' balances. */
    amount: number;
    used: number;
  };
  customerBalanceUsed: number;
  reward: { points: number; amount: number };
}

const DATA = new WeakMap<QuoteTotals, CommerceTotals>();

export function commerceTotals(t: QuoteTotals): CommerceTotals {
  let data = DATA.get(t);
  if (!data) {
    data = {
      giftCards: { quoteCards: [], paying: [], amount: 0, used: 0 },
      customerBalanceUsed: 0,
      reward: { points: 0, amount: 0 },
    };
    DATA.set(t, data);
  }
  return data;
}

/** Commerce totals exist only in the Commerce edition. */
export const isCommerce = (s: Services): boolean => s.profile.edition === 'commerce';
