import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import {
  assertPaymentMethodUsable,
  availablePaymentMethods,
  type PaymentMethodChoice,
} from '../payment/index.ts';
import type { CartId } from './cart-ref.ts';
import { getActiveQuote, getQuote, saveQuote } from './quote-repository.ts';
import { runCollectors, TOTALS_COLLECTORS } from './totals/collect.ts';
import { collectContext } from './totals/context.ts';
import { QUOTE_PAYMENT_SEQ, type Quote } from './types.ts';

/**
 * The cart's payment: `GET .../payment-methods` (what this cart may use), `GET|PUT
 * .../selected-payment-method`. Setting one loads the cart even when it is converted (`get`, not
 * `getActive`), needs a shipping address on a non-virtual cart (`The shipping address is missing.
 * Set the address and try again.`) and runs the payment checks (`The requested Payment Method is
 * not available.`, `The payment method you requested is not available.` for an empty code). It
 * answers the payment's id as a string.
 * @see Magento\Quote\Model\PaymentMethodManagement, Magento\Quote\Model\Quote\Payment::importData
 */
export function listPaymentMethods(s: Services, cartId: CartId): Array<{ code: string; title: string }> {
  return methodsFor(s, getActiveQuote(s, cartId));
}

export function methodsFor(s: Services, quote: Quote): Array<{ code: string; title: string }> {
  const ctx = collectContext(s, quote);
  const totals = runCollectors(ctx, TOTALS_COLLECTORS);
  return availablePaymentMethods(s, ctx.scope, {
    grandTotal: totals.grandTotal,
    isVirtual: ctx.isVirtual,
    countryId: quote.billing_address.country_id,
  });
}

export function getSelectedPaymentMethod(s: Services, cartId: CartId): Record<string, unknown> | null {
  const payment = getActiveQuote(s, cartId).payment;
  if (!payment) return null;
  const out: Record<string, unknown> = {};
  if (payment.po_number) out['po_number'] = payment.po_number;
  out['method'] = payment.method;
  if (payment.additional_data) out['additional_data'] = payment.additional_data;
  return out;
}

export function setPaymentMethod(s: Services, cartId: CartId, choice: PaymentMethodChoice): string {
  const quote = getQuote(s, cartId);
  const ctx = collectContext(s, quote);
  if (!ctx.isVirtual && !quote.shipping_address.country_id) {
    throw new LocalizedError('The shipping address is missing. Set the address and try again.');
  }
  const saved = saveQuote(s, importPayment(s, quote, choice));
  return String(saved.payment?.payment_id ?? '');
}

/** Payment::importData: the method must pass the checks for this cart; returns the cart with it. */
export function importPayment(s: Services, quote: Quote, choice: PaymentMethodChoice): Quote {
  const ctx = collectContext(s, quote);
  const totals = runCollectors(ctx, TOTALS_COLLECTORS);
  const method = assertPaymentMethodUsable(s, ctx.scope, choice, {
    grandTotal: totals.grandTotal,
    isVirtual: ctx.isVirtual,
    countryId: quote.billing_address.country_id,
  });
  const additional = (choice as { additional_data?: unknown }).additional_data;
  return {
    ...quote,
    payment: {
      payment_id: quote.payment?.payment_id ?? s.store.nextId(QUOTE_PAYMENT_SEQ),
      method,
      po_number: choice.po_number ?? null,
      additional_data: Array.isArray(additional) ? additional.map(String) : null,
    },
  };
}
