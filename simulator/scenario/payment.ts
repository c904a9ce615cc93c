import type { Scenario } from '../../contracts/scenario.ts';
import type { Services } from '../context.ts';

/**
 * Magento's offline payment methods (OfflinePayments and Payment modules). Any other code in a
 * scenario is a custom offline method such as a POS's `pos_cash`, configured the way a POS
 * extension's etc/config.xml would: active, title, order status `pending`, and a `model`.
 * @see magento2 app/code/Magento/OfflinePayments/etc/config.xml
 */
export const CORE_OFFLINE_METHODS = ['checkmo', 'free', 'purchaseorder', 'banktransfer', 'cashondelivery'];

/**
 * The `payment/<code>/model` value of a custom offline method: the payment module treats a method
 * with this model as an offline method (always available when active, paid on placement).
 */
export const CUSTOM_OFFLINE_MODEL = 'Posgate\\OfflinePayment\\Model\\Method';

/** Configures the scenario's payment methods (default scope). */
export function applyPaymentScenario(s: Services, sc: Scenario): void {
  for (const m of sc.payment_methods) {
    s.config.set(`payment/${m.code}/active`, m.active);
    s.config.set(`payment/${m.code}/title`, m.title);
    s.config.set(`payment/${m.code}/order_status`, 'pending');
    if (!CORE_OFFLINE_METHODS.includes(m.code)) s.config.set(`payment/${m.code}/model`, CUSTOM_OFFLINE_MODEL);
  }
}
