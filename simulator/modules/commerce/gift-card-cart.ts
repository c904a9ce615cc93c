import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import type { CartId } from '../quote/cart-ref.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import { collectTotals } from '../quote/totals/collect.ts';
import type { Quote } from '../quote/types.ts';
import { phpRound } from '../tax/index.ts';
import { findGiftCardByCode, passesChecks } from './gift-card-accounts.ts';
import { quoteCards, withCommerceData } from './quote-data.ts';
import { commerceTotals } from './totals-data.ts';

/**
 * Gift cards on a cart (GiftCardAccountManagementInterface), for the admin, `mine` and guest
 * routes. Adding needs a code (`Requiring a composite gift card account.`) and a cart with items
 * (`The "%1" Cart doesn't contain products.`); any other failure — unknown code, another
 * website's card, disabled, expired, zero balance, already on the cart — is the one message
 * `The gift card code couldn't be added. Verify your information and try again.`. Removing a card
 * that is not on the cart is `The gift card couldn't be deleted from the quote.`. Checking a
 * balance answers the balance (a number) of an enabled, unexpired card of the request's website:
 * an unknown code is 404 `No such entity.`, an unusable one 404 `The gift card code is either
 * incorrect or expired. Verify and try again.`.
 * @see Magento\GiftCardAccount\Model\Service\GiftCardAccountManagement
 * @see Magento\GiftCardAccount\Model\Giftcardaccount::addToCart, ::removeFromCart
 */
export const COULD_NOT_ADD = "The gift card code couldn't be added. Verify your information and try again.";
export const COULD_NOT_DELETE = "The gift card couldn't be deleted from the quote.";
export const INCORRECT_OR_EXPIRED =
  'The gift card code is either incorrect or expired. Verify and try again.';
const NO_PRODUCTS = 'The "%1" Cart doesn\'t contain products.';

export function addGiftCard(s: Services, cartId: CartId, codes: readonly string[] | undefined): boolean {
  const code = codes?.[0];
  if (code === undefined || code === '') throw new LocalizedError('Requiring a composite gift card account.');
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0) throw new LocalizedError(NO_PRODUCTS, [cartId]);
  const card = findGiftCardByCode(s, code);
  const websiteId = quoteScope(s, quote).websiteId;
  const applied = quoteCards(quote);
  const usable =
    card &&
    passesChecks(s, card, { websiteId, enabled: true, notExpired: true, positiveBalance: true }) &&
    !applied.some((c) => c.i === card.id);
  if (!card || !usable) throw new LocalizedError(COULD_NOT_ADD);
  const cards = [...applied, { i: card.id, c: card.code, a: card.balance, ba: card.balance }];
  saveQuote(s, withCommerceData(quote, { giftcardaccount: { cards } }));
  return true;
}

export function removeGiftCard(s: Services, cartId: CartId, code: string): boolean {
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0) throw new LocalizedError(NO_PRODUCTS, [cartId]);
  const card = findGiftCardByCode(s, code);
  const applied = quoteCards(quote);
  if (!card || !applied.some((c) => c.i === card.id)) throw new LocalizedError(COULD_NOT_DELETE);
  const cards = applied.filter((c) => c.i !== card.id);
  saveQuote(s, withCommerceData(quote, { giftcardaccount: { cards } }));
  return true;
}

/** `GET .../giftCards`: the codes, their balances and what they pay of this cart. */
export function listGiftCards(s: Services, cartId: CartId): Record<string, unknown> {
  const quote: Quote = getActiveQuote(s, cartId);
  const g = commerceTotals(collectTotals(s, quote)).giftCards;
  const amount = phpRound(g.amount);
  return {
    gift_cards: g.quoteCards.map((c) => c.c),
    gift_cards_amount: amount,
    base_gift_cards_amount: amount,
    gift_cards_amount_used: g.used,
    base_gift_cards_amount_used: g.used,
  };
}

export function checkGiftCard(s: Services, cartId: CartId, code: string, requestWebsiteId: number): number {
  getActiveQuote(s, cartId);
  const card = findGiftCardByCode(s, code);
  if (!card) throw new NoSuchEntityError('No such entity.');
  if (!passesChecks(s, card, { websiteId: requestWebsiteId, enabled: true, notExpired: true })) {
    throw new NoSuchEntityError(INCORRECT_OR_EXPIRED);
  }
  return card.balance;
}
