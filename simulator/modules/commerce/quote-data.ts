import type { Quote } from '../quote/types.ts';

/**
 * What Commerce keeps on a cart, inside the quote's `extension` bag (the quote module leaves it
 * to later surfaces): the gift cards applied (Magento's serialized `gift_cards` column: `i` id,
 * `c` code, `a`/`ba` amount and base amount), and the store-credit and reward-points switches
 * (`use_customer_balance`, `use_reward_points`), with an optional cap the POS extension sets.
 * @see Magento\GiftCardAccount\Helper\Data::getCards, Magento\Quote\Model\Quote::setUseCustomerBalance
 */
export interface QuoteCard {
  i: number;
  c: string;
  a: number;
  ba: number;
}

export interface UseSwitch {
  use: boolean;
  /** POS extension: the most to apply (currency for store credit, points for rewards). */
  limit: number | null;
}

export interface CommerceQuoteData {
  giftcardaccount?: { cards: QuoteCard[] };
  customerbalance?: UseSwitch;
  reward?: UseSwitch;
}

export function quoteCards(quote: Quote): QuoteCard[] {
  return (quote.extension as CommerceQuoteData).giftcardaccount?.cards ?? [];
}

export function balanceSwitch(quote: Quote): UseSwitch {
  return (quote.extension as CommerceQuoteData).customerbalance ?? { use: false, limit: null };
}

export function rewardSwitch(quote: Quote): UseSwitch {
  return (quote.extension as CommerceQuoteData).reward ?? { use: false, limit: null };
}

/** A new version of the cart with some Commerce data replaced (records are immutable). */
export function withCommerceData(quote: Quote, patch: CommerceQuoteData): Quote {
  return { ...quote, extension: { ...quote.extension, ...patch } };
}
