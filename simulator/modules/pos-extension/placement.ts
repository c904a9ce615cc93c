import { LocalizedError } from '../../errors.ts';
import type { PlacementHook } from '../checkout/placement-hooks.ts';
import { findQuote } from '../quote/quote-repository.ts';
import { assertClientSaleIdFree } from './client-sale-id.ts';
import { withPosAttributes } from './order-attributes.ts';
import { checkTender, tenderLinesOf } from './split-tender.ts';
import { posData, SPLIT_METHOD } from './types.ts';

/**
 * The POS extension's part of every placement (the checkout's placement hook, so core
 * `PUT .../order` and payment-information too): before the save it refuses a client sale id
 * already used when uniqueness is enforced, and a `pos_split` payment whose lines do not pay the
 * grand total; then it records the POS attributes on the order. It reads the cart as saved: split
 * lines sent only in a core `PUT .../order` body (`paymentMethod.additional_data`) are not on it
 * yet, so such a placement is refused with a pointer to the routes that save them.
 */
export const posPlacementHook: PlacementHook = {
  name: 'pos-extension',
  beforeSave(s, order, totals, scope) {
    if (s.profile.strictCore) return order;
    const quote = findQuote(s, Number(order.quote_id));
    if (!quote) return order;
    assertClientSaleIdFree(s, quote, posData(quote).client_sale_id);
    if (order.payment.method === SPLIT_METHOD) {
      const lines = tenderLinesOf(quote.payment);
      if (!lines) throw new LocalizedError(UNSAVED_LINES);
      checkTender(s, scope, lines, totals.grandTotal);
    }
    return withPosAttributes(s, order, quote);
  },
};

const UNSAVED_LINES =
  'Save the split tender lines on the cart first: PUT /V1/carts/:cartId/selected-payment-method with pos_split and additional_data, or place with PUT /V1/pos/carts/:cartId/order.';
