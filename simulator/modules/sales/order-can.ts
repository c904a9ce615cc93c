import { n, round2, same } from './money.ts';
import { lines, qtyToInvoice, qtyToShip } from './order-items.ts';
import type { Order } from './order-types.ts';

/**
 * What an order allows next, from its state and its lines' remaining quantities. Action flags and
 * item locks (admin-only) are not simulated.
 * @see Magento\Sales\Model\Order::canCancel, canHold, canUnhold, canInvoice, canShip, canCreditmemo
 */
export const isCanceled = (o: Order): boolean => o.state === 'canceled';
/** Only a held order can be released. */
export const canUnhold = (o: Order): boolean => o.state === 'holded';
/** Payment review blocks invoicing, shipping, refunds and cancellation. */
export const isPaymentReview = (o: Order): boolean => o.state === 'payment_review';

/** Order::canCancel: something left to invoice, and not held, reviewed, complete, closed or canceled. */
export function canCancel(o: Order): boolean {
  if (isCanceled(o) || canUnhold(o) || isPaymentReview(o)) return false;
  if (lines(o).every((i) => qtyToInvoice(i) === 0)) return false;
  return o.state !== 'complete' && o.state !== 'closed';
}

/** Order::canHold. */
export function canHold(o: Order): boolean {
  return !['canceled', 'payment_review', 'complete', 'closed', 'holded'].includes(o.state);
}

/** Order::canInvoice. */
export function canInvoice(o: Order): boolean {
  if (canUnhold(o) || isPaymentReview(o)) return false;
  if (isCanceled(o) || o.state === 'complete' || o.state === 'closed') return false;
  return lines(o).some((i) => qtyToInvoice(i) > 0);
}

/** Order::canShip (a line refunded in full does not count). */
export function canShip(o: Order): boolean {
  if (canUnhold(o) || isPaymentReview(o) || n(o.is_virtual) || isCanceled(o)) return false;
  return lines(o).some(
    (i) => qtyToShip(i) > 0 && !n(i.is_virtual) && !same(n(i.qty_refunded), n(i.qty_ordered)),
  );
}

/** Order::canCreditmemo: paid money not yet refunded (zero-total orders have their own rule). */
export function canCreditmemo(o: Order, creditmemoCount: number): boolean {
  if (canUnhold(o) || isPaymentReview(o) || isCanceled(o) || o.state === 'closed') return false;
  const left = round2(n(o.total_paid)) - n(o.total_refunded);
  if (Math.abs(n(o.grand_total)) < 0.0001) return canCreditmemoForZeroTotal(o, left, creditmemoCount);
  return !(same(left, 0) || same(left, n(o.adjustment_negative)));
}

function canCreditmemoForZeroTotal(o: Order, left: number, creditmemoCount: number): boolean {
  const paid = n(o.total_paid);
  const paidWithinTotal = paid <= n(o.grand_total);
  const hasDueAmount = canInvoice(o) && paidWithinTotal;
  const paidIsRefunded = n(o.total_refunded) === paid && creditmemoCount > 0;
  if (hasDueAmount || paidIsRefunded) return false;
  return paidWithinTotal || !same(left, n(o.adjustment_negative));
}
