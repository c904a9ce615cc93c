import type { Services, StoreContext } from '../../context.ts';
import { stockIdForWebsite } from '../inventory/index.ts';
import { scopeOf, storeViewById } from '../store/stores.ts';
import type { Quote } from './types.ts';

/**
 * The store view a cart belongs to (set from the URL when it was created) and what follows from
 * it: the website, its config scope, and the MSI stock that sells to that website.
 * @see Magento\InventorySales\Model\StockByWebsiteIdResolver
 */
export interface QuoteScope extends StoreContext {
  stockId: number;
  /** Config scope of the cart's store view (`s.config.get(path, scope.config)`). */
  config: { store: string; website: string };
}

export function quoteScope(s: Services, quote: Quote): QuoteScope {
  const view = storeViewById(s, quote.store_id);
  if (!view) throw new Error(`cart ${quote.id} belongs to unknown store ${quote.store_id}`);
  const scope = scopeOf(s, view);
  return {
    ...scope,
    stockId: stockIdForWebsite(s, scope.websiteCode),
    config: { store: scope.storeCode, website: scope.websiteCode },
  };
}
