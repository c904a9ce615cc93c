import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { INVALID_COUPON, validateCoupon } from '../sales-rule/index.ts';
import type { CartId } from './cart-ref.ts';
import { getActiveQuote, saveQuote } from './quote-repository.ts';
import { quoteScope } from './quote-scope.ts';
import { collectTotals } from './totals/collect.ts';

/**
 * `GET|PUT|DELETE .../coupons[/:couponCode]`. Applying needs products in the cart (404 `The "%1"
 * Cart doesn't contain products.`) and a code the cart keeps after its totals are collected —
 * a valid coupon whose rule actually applied (404 `The coupon code isn't valid. Verify the code
 * and try again.`). Both answer `true`; reading answers the code (or `[]` without one).
 * @see Magento\Quote\Model\CouponManagement
 */
export function getCoupon(s: Services, cartId: CartId): string | null {
  return getActiveQuote(s, cartId).coupon_code;
}

export function setCoupon(s: Services, cartId: CartId, rawCode: string): boolean {
  const code = rawCode.trim();
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0)
    throw new NoSuchEntityError('The "%1" Cart doesn\'t contain products.', [cartId]);
  const scope = quoteScope(s, quote);
  validateCoupon(s, code, {
    websiteId: scope.websiteId,
    customerGroupId: quote.customer_group_id,
    customerId: quote.customer_id,
    storeCode: scope.storeCode,
  });
  const next = { ...quote, coupon_code: code };
  if (collectTotals(s, next).couponCode !== code) throw new NoSuchEntityError(INVALID_COUPON);
  saveQuote(s, next);
  return true;
}

export function removeCoupon(s: Services, cartId: CartId): boolean {
  const quote = getActiveQuote(s, cartId);
  if (quote.items.length === 0)
    throw new NoSuchEntityError('The "%1" Cart doesn\'t contain products.', [cartId]);
  if (quote.coupon_code === null) return true;
  saveQuote(s, { ...quote, coupon_code: null });
  return true;
}
