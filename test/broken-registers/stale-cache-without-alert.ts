/**
 * A broken register for the harness's own tests: the reference register, except that its stock
 * cache never admits its age. A reading served because the refresh failed is shown as fresh, and
 * the stale-stock and stock-refresh-failed alerts are never shown: the hour-old stock level that
 * makes shops oversell (field guide §2).
 */
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const HIDDEN = new Set(['stale-stock', 'stock-refresh-failed']);

export default function createDriver(): RegisterDriver {
  const inner = createReferenceRegister();
  return {
    open: (session) => inner.open(session),
    sell: (sale) => inner.sell(sale),
    returnItems: (r) => inner.returnItems(r),
    stockLevel: async (sku) => ({ ...(await inner.stockLevel(sku)), stale: false }),
    sync: () => inner.sync(),
    status: async () => {
      const status = await inner.status();
      return { ...status, alerts: status.alerts.filter((a) => !HIDDEN.has(a.kind)) };
    },
    close: () => inner.close(),
  };
}
