import type { Services } from '../../context.ts';
import { placeOrder } from '../checkout/place-order.ts';
import { importPayment } from '../quote/payment.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import { collectTotals } from '../quote/totals/collect.ts';
import type { Quote } from '../quote/types.ts';
import { checkedClientSaleId } from './client-sale-id.ts';
import { checkTender } from './split-tender.ts';
import { SPLIT_METHOD, type TenderLine, withPosData } from './types.ts';

/**
 * `PUT /V1/pos/carts/:cartId/order`: a till sale placed in one call. The body's client sale id and
 * split-tender lines (checked against the grand total) are saved on the cart, then the checkout's
 * own placement runs — with the POS and Commerce placement hooks, which check the client sale id
 * and the lines again, record the extension attributes and settle gift cards, store credit and
 * reward points. One transaction: a refusal leaves no order, no debit and the cart as it was.
 */
export interface PosOrderInput {
  payments?: TenderLine[] | undefined;
  client_sale_id?: string | undefined;
}

export function placePosOrder(s: Services, cartId: number, input: PosOrderInput, remoteIp: string): number {
  let quote = getActiveQuote(s, cartId);
  if (input.client_sale_id !== undefined) {
    quote = saveQuote(s, withPosData(quote, { client_sale_id: checkedClientSaleId(input.client_sale_id) }));
  }
  if (input.payments) withSplitTender(s, quote, input.payments);
  return placeOrder(s, cartId, { remoteIp });
}

function withSplitTender(s: Services, quote: Quote, payments: TenderLine[]): Quote {
  const checked = checkTender(s, quoteScope(s, quote), payments, collectTotals(s, quote).grandTotal);
  const choice = {
    method: SPLIT_METHOD,
    po_number: null,
    additional_data: checked.map((l) => JSON.stringify(l)),
  };
  return saveQuote(s, importPayment(s, quote, choice));
}
