import type { Services } from '../../context.ts';
import type { QuoteScope } from '../quote/quote-scope.ts';
import type { QuoteTotals } from '../quote/totals/types.ts';
import type { Order } from '../sales/order-types.ts';

/**
 * Where other surfaces join an order placement without editing it (Commerce gift cards, store
 * credit and reward points; a POS extension): `beforeSave` may return the order with more data
 * (extension attributes), `afterSave` settles what the order used (balances, points). Both run
 * inside the placement's transaction, so a failure rolls the whole placement back. Register once
 * at start-up; a name registers once.
 * @see Magento events sales_model_service_quote_submit_before / _success (QuoteManagement::submitQuote)
 */
export interface PlacementHook {
  name: string;
  beforeSave?(s: Services, order: Order, totals: QuoteTotals, scope: QuoteScope): Order;
  afterSave?(s: Services, order: Order, totals: QuoteTotals, scope: QuoteScope): void;
}

const hooks: PlacementHook[] = [];

export function registerPlacementHook(hook: PlacementHook): void {
  if (!hooks.some((h) => h.name === hook.name)) hooks.push(hook);
}

export function placementHooks(): readonly PlacementHook[] {
  return hooks;
}
