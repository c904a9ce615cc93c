import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { getCustomer } from '../customer/customer-repository.ts';
import { customerAccountsPerWebsite } from '../integration/account-share.ts';
import { storeViewById } from '../store/stores.ts';
import { withCustomer } from './cart-create.ts';
import type { CartId } from './cart-ref.ts';
import { sameOptions } from './item-input.ts';
import { deleteMask } from './masked-ids.ts';
import { findActiveCustomerQuote, getActiveQuote, saveQuote } from './quote-repository.ts';
import type { QuoteItem } from './types.ts';

/**
 * `PUT /V1/carts/:cartId` `{customerId, storeId}` and `PUT /V1/guest-carts/:cartId` (customer
 * token): an anonymous cart becomes the customer's. The store must be one the customer's account
 * is shared with; a customer's active cart is merged into this one and deactivated; a guest cart
 * loses its masked id. Answers `true`.
 * @see Magento\Quote\Model\QuoteManagement::assignCustomer
 */
export function assignCustomer(s: Services, cartId: CartId, customerId: number, storeId: number): boolean {
  const quote = getActiveQuote(s, cartId);
  const customer = getCustomer(s, customerId);
  const view = storeViewById(s, storeId);
  const shared =
    view !== undefined && (!customerAccountsPerWebsite(s) || view.website_id === customer.website_id);
  if (!shared) {
    throw new LocalizedError(
      "The customer can't be assigned to the cart. The cart belongs to a different store.",
    );
  }
  if (quote.customer_id !== null) {
    throw new LocalizedError("The customer can't be assigned to the cart because the cart isn't anonymous.");
  }
  let items = quote.items;
  const previous = findActiveCustomerQuote(s, customerId);
  if (previous && previous.id !== quote.id) {
    items = mergeItems(items, previous.items);
    saveQuote(s, { ...previous, is_active: false });
  }
  deleteMask(s, quote.id);
  saveQuote(s, { ...withCustomer(quote, customer), items, store_id: storeId, is_active: true });
  return true;
}

/** Quote::merge: lines of `from` join a matching line's qty, or are added as they are. */
function mergeItems(into: readonly QuoteItem[], from: readonly QuoteItem[]): QuoteItem[] {
  const out = [...into];
  for (const item of from) {
    const i = out.findIndex(
      (x) =>
        x.product_id === item.product_id &&
        x.child_product_id === item.child_product_id &&
        sameOptions(x.custom_options, item.custom_options) &&
        sameOptions(x.configurable_options, item.configurable_options),
    );
    if (i === -1) out.push(item);
    else out[i] = { ...out[i]!, qty: out[i]!.qty + item.qty };
  }
  return out;
}
