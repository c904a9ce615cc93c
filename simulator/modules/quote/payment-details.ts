import type { Services } from '../../context.ts';
import { methodsFor } from './payment.ts';
import { collectTotals } from './totals/collect.ts';
import { presentTotals } from './totals/totals-dto.ts';
import type { Quote } from './types.ts';

/**
 * Checkout's PaymentDetails `{payment_methods, totals}`: what shipping-information answers and
 * `GET .../payment-information` reads.
 * @see Magento\Checkout\Model\PaymentDetails, Magento\Checkout\Model\PaymentInformationManagement::getPaymentInformation
 */
export function paymentDetails(s: Services, quote: Quote): Record<string, unknown> {
  return { payment_methods: methodsFor(s, quote), totals: presentTotals(s, quote, collectTotals(s, quote)) };
}

/** `GET .../totals` and the collect-totals routes' answer. */
export function cartTotals(s: Services, quote: Quote): Record<string, unknown> {
  return presentTotals(s, quote, collectTotals(s, quote));
}
