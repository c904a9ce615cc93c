import type { Route } from './http/route.ts';
import { catalogRoutes } from './http/routes/catalog.ts';
import { commerceRoutes } from './http/routes/commerce.ts';
import { customerRoutes } from './http/routes/customer.ts';
import { integrationRoutes } from './http/routes/integration.ts';
import { inventoryRoutes } from './http/routes/inventory.ts';
import { posExtensionRoutes } from './http/routes/pos-extension.ts';
import { quoteRoutes } from './http/routes/quote.ts';
import { salesRoutes } from './http/routes/sales.ts';
import { salesRuleRoutes } from './http/routes/sales-rule.ts';
import { storeRoutes } from './http/routes/store.ts';
import { taxRoutes } from './http/routes/tax.ts';

/**
 * The simulator's route table — our `webapi.xml` — composed from one file per Magento module under
 * `http/routes/`. `test/route-parity.test.ts` checks every row against Adobe's published schema of
 * each version profile.
 */
export const ROUTES: readonly Route[] = [
  ...integrationRoutes,
  ...inventoryRoutes,
  ...catalogRoutes,
  ...customerRoutes,
  ...storeRoutes,
  ...taxRoutes,
  ...salesRuleRoutes,
  ...salesRoutes,
  ...quoteRoutes,
  ...commerceRoutes,
  ...posExtensionRoutes,
];
