import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import {
  balanceAmount,
  minPointsBalance,
  pointsBalance,
  rewardsOnFront,
  setUseStoreCredit,
  storeCreditEnabled,
  withCommerceData,
} from '../commerce/index.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import type { Quote } from '../quote/types.ts';

/**
 * Store credit and reward points on a till cart with admin or integration credentials (core REST
 * has only the customer-token routes before 2.4.9): `amount` / `points` cap what is applied (all
 * of it when absent); the totals then spend up to that, never more than the grand total. The cart
 * must belong to a customer with something to spend.
 */
export function applyTillStoreCredit(s: Services, cartId: number, amount: number | undefined): boolean {
  const quote = getActiveQuote(s, cartId);
  const scope = quoteScope(s, quote);
  const customerId = customerOf(quote, 'Store credit');
  if (!storeCreditEnabled(s, scope.websiteCode))
    throw new LocalizedError('Store credit is disabled for this website.');
  const balance = balanceAmount(s, customerId, scope.websiteId);
  if (balance <= 0) throw new LocalizedError('The customer has no store credit.');
  checkCap(amount, balance, 'store credit amount');
  return setUseStoreCredit(s, cartId, true, amount ?? null);
}

export function applyTillRewardPoints(s: Services, cartId: number, points: number | undefined): boolean {
  const quote = getActiveQuote(s, cartId);
  const scope = quoteScope(s, quote);
  const customerId = customerOf(quote, 'Reward points');
  if (!rewardsOnFront(s, scope.websiteCode))
    throw new LocalizedError('Reward points are disabled for this website.');
  const balance = pointsBalance(s, customerId, scope.websiteId);
  const min = minPointsBalance(s, scope.websiteCode);
  if (balance <= 0 || balance < min) {
    throw new LocalizedError('The customer has %1 reward points; at least %2 are needed to spend them.', [
      balance,
      Math.max(min, 1),
    ]);
  }
  checkCap(points, balance, 'number of points');
  saveQuote(s, withCommerceData(quote, { reward: { use: true, limit: points ?? null } }));
  return true;
}

export function removeTillStoreCredit(s: Services, cartId: number): boolean {
  getActiveQuote(s, cartId);
  return setUseStoreCredit(s, cartId, false);
}

export function removeTillRewardPoints(s: Services, cartId: number): boolean {
  const quote = getActiveQuote(s, cartId);
  saveQuote(s, withCommerceData(quote, { reward: { use: false, limit: null } }));
  return true;
}

function customerOf(quote: Quote, what: string): number {
  if (quote.customer_id === null || quote.customer_is_guest) {
    throw new LocalizedError(`${what} can only be applied to a customer's cart.`);
  }
  return quote.customer_id;
}

function checkCap(cap: number | undefined, balance: number, name: string): void {
  if (cap === undefined) return;
  if (!(cap > 0)) throw new LocalizedError(`The ${name} must be greater than 0.`);
  if (cap > balance)
    throw new LocalizedError(`The ${name} %1 is more than the customer's balance of %2.`, [cap, balance]);
}
