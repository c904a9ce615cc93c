import type { Route } from './http/route.ts';
import { integrationRoutes } from './http/routes/integration.ts';

/**
 * The simulator's route table — our `webapi.xml` — composed from one file per Magento module under
 * `http/routes/`. `test/route-parity.test.ts` checks every row against Adobe's published schema of
 * each version profile.
 */
export const ROUTES: readonly Route[] = [...integrationRoutes];
