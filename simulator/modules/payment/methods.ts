import type { Services } from '../../context.ts';

/**
 * Which payment methods exist and how their `payment/<code>/*` config reads. The Open Source
 * offline methods are always known (their defaults are in `config/defaults.ts`); any other code is
 * a custom offline method declared purely by config — the way a POS extension's etc/config.xml
 * does it — and is known as soon as `payment/<code>/active` has a value in some scope.
 * @see Magento\Payment\Helper\Data::getMethodInstance (unknown codes become `substitution`)
 * @see magento2 app/code/Magento/OfflinePayments/etc/config.xml, Magento/Payment/etc/config.xml
 */
export const CORE_METHODS = [
  'checkmo',
  'free',
  'purchaseorder',
  'banktransfer',
  'cashondelivery',
  'substitution',
] as const;

/** A store view's config scope (`ctx.scope` fits). */
export interface PaymentScope {
  storeCode?: string;
  websiteCode?: string;
}

export function methodConfig(
  s: Services,
  scope: PaymentScope,
  code: string,
  field: string,
): string | undefined {
  return s.config.get(`payment/${code}/${field}`, {
    ...(scope.storeCode ? { store: scope.storeCode } : {}),
    ...(scope.websiteCode ? { website: scope.websiteCode } : {}),
  });
}

/** `(bool)` of a config string, as `AbstractMethod::isActive` reads `active`. */
export const configFlag = (v: string | undefined): boolean => v !== undefined && v !== '' && v !== '0';

export function isKnownMethod(s: Services, scope: PaymentScope, code: string): boolean {
  return (
    (CORE_METHODS as readonly string[]).includes(code) || methodConfig(s, scope, code, 'active') !== undefined
  );
}

/** Every method code: the core ones, then custom codes that have an `active` value anywhere. */
export function methodCodes(s: Services): string[] {
  const custom = new Set<string>();
  for (const key of Object.keys(s.config.overrides())) {
    const m = /^(?:default|websites\/[^/]+|stores\/[^/]+)\/payment\/([^/]+)\/active$/.exec(key);
    if (m?.[1] && !(CORE_METHODS as readonly string[]).includes(m[1])) custom.add(m[1]);
  }
  return [...CORE_METHODS, ...[...custom].sort()];
}

/** `payment/<code>/title` (empty when a method has none). */
export function paymentTitle(s: Services, scope: PaymentScope, code: string): string {
  return methodConfig(s, scope, code, 'title') ?? '';
}

/** `payment/<code>/order_status`, `pending` for the offline methods. */
export function paymentOrderStatus(s: Services, scope: PaymentScope, code: string): string {
  return methodConfig(s, scope, code, 'order_status') || 'pending';
}

/**
 * Whether a credit memo can be refunded through the gateway. Every simulated method is an offline
 * one (`AbstractMethod::$_canRefund` false), so refunds are always offline.
 * @see Magento\Payment\Model\Method\AbstractMethod::canRefund
 */
export const canRefundOnline = (_code: string): boolean => false;
