import type { Services } from '../../context.ts';
import { canRefundOnline } from '../payment/index.ts';
import type { Order } from './order-types.ts';

/**
 * Whether the order's payment method can refund (MethodInterface::canRefund), as the payment module
 * says: every simulated method is offline (checkmo, free, purchaseorder, banktransfer,
 * cashondelivery and POS codes configured as offline), and offline methods cannot.
 * @see Magento\Payment\Model\Method\AbstractMethod::canRefund
 */
export function methodCanRefund(_s: Services, order: Order): boolean {
  return canRefundOnline(String(order.payment?.method ?? ''));
}
