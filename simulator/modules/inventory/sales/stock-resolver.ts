import type { Services } from '../../../context.ts';
import { NoSuchEntityError } from '../../../errors.ts';
import { stockIdOfWebsite } from '../msi/sales-channels.ts';
import { getStock } from '../msi/stocks.ts';
import type { Stock } from '../types.ts';

/**
 * Which stock sells to a sales channel. The only channel type is `website`; a request's stock is
 * the one whose sales channels list the website of the URL's store view.
 * @see Magento\InventorySales\Model\StockResolver, Magento\InventorySales\Model\GetStockBySalesChannel
 * @see Magento\InventorySales\Model\StockByWebsiteIdResolver
 */
export function resolveStock(s: Services, type: string, code: string): Stock {
  const stockId = type === 'website' ? stockIdOfWebsite(s, code) : undefined;
  if (stockId === undefined) throw new NoSuchEntityError('No linked stock found');
  return getStock(s, stockId);
}

/** The stock id serving a website (e.g. `ctx.scope.websiteCode`); 404 `No linked stock found` if none. */
export function stockIdForWebsite(s: Services, websiteCode: string): number {
  return resolveStock(s, 'website', websiteCode).stock_id;
}
