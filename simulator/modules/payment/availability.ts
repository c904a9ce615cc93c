import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { phpRound } from '../tax/round.ts';
import {
  configFlag,
  isKnownMethod,
  methodCodes,
  methodConfig,
  type PaymentScope,
  paymentTitle,
} from './methods.ts';

/**
 * Which methods a cart may use. Listing (`GET /V1/carts/:id/payment-methods`) keeps the methods
 * that are active and available (`free` only when the grand total rounds to 0) and pass the
 * country and min/max order total checks, sorted by `sort_order` (then code). Setting or placing
 * with a method adds the zero-total check: at a zero total only `free` may be chosen.
 * @see Magento\Payment\Model\MethodList::getAvailableMethods
 * @see Magento\Payment\Model\Method\Free::isAvailable
 * @see Magento\Payment\Model\Checks\CanUseForCountry, TotalMinMax, ZeroTotal
 * @see Magento\Quote\Model\Quote\Payment::importData, Magento\Quote\Model\PaymentMethodManagement::set
 */
export interface PaymentContext {
  /** The quote's base grand total. */
  grandTotal: number;
  isVirtual?: boolean;
  /** Billing country; `general/country/default` when missing. */
  countryId?: string | null;
}

export interface PaymentMethodChoice {
  method?: string | null;
  po_number?: string | null;
}

function isAvailable(s: Services, scope: PaymentScope, code: string, ctx: PaymentContext): boolean {
  if (!configFlag(methodConfig(s, scope, code, 'active'))) return false;
  return code !== 'free' || phpRound(ctx.grandTotal) === 0;
}

function passesChecks(s: Services, scope: PaymentScope, code: string, ctx: PaymentContext): boolean {
  if (methodConfig(s, scope, code, 'allowspecific') === '1') {
    const country = ctx.countryId || s.config.get('general/country/default') || 'US';
    const allowed = (methodConfig(s, scope, code, 'specificcountry') ?? '').split(',');
    if (!allowed.includes(country)) return false;
  }
  const min = Number(methodConfig(s, scope, code, 'min_order_total') || 0);
  const max = Number(methodConfig(s, scope, code, 'max_order_total') || 0);
  return !((min && ctx.grandTotal < min) || (max && ctx.grandTotal > max));
}

const sortOrder = (s: Services, scope: PaymentScope, code: string) =>
  Math.trunc(Number(methodConfig(s, scope, code, 'sort_order') || 0)) || 0;

export function availablePaymentMethods(
  s: Services,
  scope: PaymentScope,
  ctx: PaymentContext,
): Array<{ code: string; title: string }> {
  return methodCodes(s)
    .filter((code) => isAvailable(s, scope, code, ctx) && passesChecks(s, scope, code, ctx))
    .sort((a, b) => sortOrder(s, scope, a) - sortOrder(s, scope, b) || a.localeCompare(b))
    .map((code) => ({ code, title: paymentTitle(s, scope, code) }));
}

/** Throws Magento's error when `choice` cannot pay for this cart; returns the method code. */
export function assertPaymentMethodUsable(
  s: Services,
  scope: PaymentScope,
  choice: PaymentMethodChoice,
  ctx: PaymentContext,
): string {
  const code = choice.method ?? '';
  if (code === '') throw new LocalizedError('The payment method you requested is not available.');
  const usable =
    isKnownMethod(s, scope, code) &&
    isAvailable(s, scope, code, ctx) &&
    passesChecks(s, scope, code, ctx) &&
    !(ctx.grandTotal < 0.0001 && code !== 'free');
  if (!usable) throw new LocalizedError('The requested Payment Method is not available.');
  if (code === 'purchaseorder' && !choice.po_number) {
    throw new LocalizedError('Purchase order number is a required field.');
  }
  return code;
}
