/**
 * A broken register for the harness's own tests: the reference register, except that it never
 * tells the cashier "no". When Magento refuses a sale (a payment method it does not offer, too
 * little stock), the till reports it completed, without an order number and without an alert:
 * the customer leaves believing they paid and no order exists (field guide §4: "a register
 * without robust error handling fails silently"; magento2 #9051).
 */
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

export default function createDriver(): RegisterDriver {
  const inner = createReferenceRegister();
  return {
    open: (session) => inner.open(session),
    sell: async (sale) => {
      const { reason: _hidden, ...result } = await inner.sell(sale);
      return result.status === 'declined' ? { ...result, status: 'completed' } : result;
    },
    returnItems: (r) => inner.returnItems(r),
    stockLevel: (sku) => inner.stockLevel(sku),
    sync: () => inner.sync(),
    status: () => inner.status(),
    close: () => inner.close(),
  };
}
