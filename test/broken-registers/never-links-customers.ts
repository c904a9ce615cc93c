/**
 * A broken register for the harness's own tests: the reference register, except that it drops the
 * customer's email, so every sale becomes a guest order (field guide §4: a guest order where a
 * loyal customer stood).
 */
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

export default function createDriver(): RegisterDriver {
  const inner = createReferenceRegister();
  return {
    open: (session) => inner.open(session),
    sell: ({ customerEmail: _dropped, ...sale }) => inner.sell(sale),
    returnItems: (r) => inner.returnItems(r),
    stockLevel: (sku) => inner.stockLevel(sku),
    sync: () => inner.sync(),
    status: () => inner.status(),
    close: () => inner.close(),
  };
}
