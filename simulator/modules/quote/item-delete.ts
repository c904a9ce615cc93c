import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import type { CartId } from './cart-ref.ts';
import { getActiveQuote, saveQuote } from './quote-repository.ts';

/**
 * `DELETE .../items/:itemId`: removes a line and answers `true`; a line the cart does not have is
 * 404 `The %1 Cart doesn't contain the %2 item.`
 * @see Magento\Quote\Model\Quote\Item\Repository::deleteById
 */
export function deleteCartItem(s: Services, cartId: CartId, itemId: number): boolean {
  const quote = getActiveQuote(s, cartId);
  if (!quote.items.some((i) => i.item_id === itemId)) {
    throw new NoSuchEntityError("The %1 Cart doesn't contain the %2 item.", [cartId, itemId]);
  }
  saveQuote(s, { ...quote, items: quote.items.filter((i) => i.item_id !== itemId) });
  return true;
}
