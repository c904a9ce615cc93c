/**
 * Payment methods (Open Source offline methods and config-declared custom offline methods such as
 * a POS's `pos_cash`): which a cart may list and use, their titles, order status and refund mode.
 */
export {
  assertPaymentMethodUsable,
  availablePaymentMethods,
  type PaymentContext,
  type PaymentMethodChoice,
} from './availability.ts';
export {
  CORE_METHODS,
  canRefundOnline,
  isKnownMethod,
  type PaymentScope,
  paymentOrderStatus,
  paymentTitle,
} from './methods.ts';
