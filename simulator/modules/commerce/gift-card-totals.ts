import type { Services } from '../../context.ts';
import type { TotalsCollector } from '../quote/totals/types.ts';
import type { Quote } from '../quote/types.ts';
import { phpRound } from '../tax/index.ts';
import { findGiftCard, isExpired } from './gift-card-accounts.ts';
import { type QuoteCard, quoteCards } from './quote-data.ts';
import { commerceTotals, isCommerce } from './totals-data.ts';

/**
 * `giftcardaccount` (after grand total): the cart's cards pay what is left of the grand total,
 * smallest balance first, each up to its current balance; the segment `Gift Cards` shows minus
 * the amount paid, with the paying cards as the `gift_cards` JSON string. Cards that expired or
 * were spent since they were applied drop out, and balances are re-read, before every run.
 * @see Magento\GiftCardAccount\Model\Total\Quote\Giftcardaccount::collect, ::fetch, ::compareGiftCards
 * @see Magento\GiftCardAccount\Model\Plugin\TotalsCollector::resetGiftCardAmount
 */
export const giftCardCollector: TotalsCollector = {
  code: 'giftcardaccount',
  sortOrder: 1050,
  displayOrder: 90,
  collect(ctx, t) {
    if (!isCommerce(ctx.s)) return;
    const data = commerceTotals(t).giftCards;
    data.quoteCards = usableCards(ctx.s, ctx.quote);
    data.amount = phpRound(data.quoteCards.reduce((n, c) => n + c.ba, 0));
    if (data.amount <= 0) return;
    const grand = phpRound(t.grandTotal);
    const used = Math.min(data.amount, grand);
    t.grandTotal = phpRound(grand - used);
    if (used <= 0) return;
    data.used = used;
    data.paying = allocate(data.quoteCards, used);
  },
  fetch(_ctx, t) {
    const g = commerceTotals(t).giftCards;
    if (g.paying.length === 0) return null;
    return {
      code: 'giftcardaccount',
      title: 'Gift Cards',
      value: -g.used,
      extension_attributes: { gift_cards: JSON.stringify(g.paying) },
    };
  },
};

/** The applied cards that still exist, are not expired and hold a balance, at that balance. */
export function usableCards(s: Services, quote: Quote): QuoteCard[] {
  const out: QuoteCard[] = [];
  for (const applied of quoteCards(quote)) {
    const card = findGiftCard(s, applied.i);
    if (!card || isExpired(s, card) || card.balance === 0) continue;
    out.push({ i: card.id, c: card.code, a: card.balance, ba: card.balance });
  }
  return out;
}

/** Smallest balance first, each card pays up to its balance until `used` is covered. */
function allocate(cards: QuoteCard[], used: number): QuoteCard[] {
  let left = used;
  return [...cards]
    .sort((x, y) => x.ba - y.ba)
    .map((card) => {
      const pays = phpRound(Math.min(card.ba, left));
      left = phpRound(left - pays);
      return { ...card, a: pays, ba: pays };
    });
}
