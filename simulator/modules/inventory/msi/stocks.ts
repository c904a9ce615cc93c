import type { Services } from '../../../context.ts';
import { LocalizedError, NoSuchEntityError, ValidationError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import {
  DEFAULT_STOCK_ID,
  LINKS,
  type SalesChannel,
  STOCKS,
  type Stock,
  type StockSourceLink,
} from '../types.ts';
import { notEmpty, str } from './checks.ts';
import { asInt, asString } from './coerce.ts';
import { channelsOf, replaceSalesChannels, validateSalesChannels } from './sales-channels.ts';

/**
 * MSI stocks with their sales channels (websites). Delete refuses the Default Stock and any stock
 * still selling to a website; deleting a stock drops its source links.
 * @see Magento\Inventory\Model\StockRepository, Magento\Inventory\Model\Stock\Command\*
 * @see Magento\InventoryCatalog\Plugin\InventoryApi\StockRepository\PreventDeleting\DefaultStockPlugin
 * @see Magento\InventorySales\Plugin\InventoryApi\StockRepository\PreventDeletingAssignedToSalesChannelsStockPlugin
 */
export function getStock(s: Services, stockId: number): Stock {
  const stock = s.store.get<Stock>(STOCKS, String(stockId));
  if (!stock) throw new NoSuchEntityError('Stock with id "%value" does not exist.', { value: stockId });
  return stock;
}

/** `GET /V1/inventory/stocks`: searchCriteria over stocks, by id. */
export function listStocks(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const stocks = s.store.all<Stock>(STOCKS).sort((a, b) => a.stock_id - b.stock_id);
  return search(stocks, parseSearchCriteria(s, query));
}

/**
 * Saves a stock and returns its id: without an id it is created; with one (the PUT URL, or the
 * body's stock_id) an existing stock is updated and a missing one is not created (an UPDATE of no row).
 */
export function saveStock(s: Services, input: Record<string, unknown>, stockId?: number): number {
  const name = asString('name', input['name']);
  const channels = readChannels(input);
  const errors = [...notEmpty('name', name), ...validateSalesChannels(s, channels)];
  if (errors.length > 0) throw ValidationError.of(errors);
  const explicit = stockId ?? asInt('stock_id', input['stock_id']) ?? undefined;
  const id = explicit ?? s.store.nextId(STOCKS);
  const existing = s.store.get<Stock>(STOCKS, String(id));
  if (explicit !== undefined && !existing) {
    // An UPDATE of a missing row saves nothing; linking channels to it breaks the foreign key.
    if ((channels ?? []).length > 0) throw new LocalizedError('Could not replace Sales Channels for Stock');
    return id;
  }
  const stock: Stock = {
    stock_id: id,
    name: name as string,
    extension_attributes: { sales_channels: channelsOf(s, id) },
  };
  s.store.put(STOCKS, String(id), stock);
  replaceSalesChannels(s, id, channels ?? []);
  return id;
}

/** `DELETE /V1/inventory/stocks/:stockId`: the plugins' refusals first, then the 404. */
export function deleteStock(s: Services, stockId: number): true {
  if (stockId === DEFAULT_STOCK_ID) throw new LocalizedError('Default Stock could not be deleted.');
  if (channelsOf(s, stockId).length > 0) {
    throw new LocalizedError('Stock has at least one sale channel and could not be deleted.');
  }
  if (!s.store.has(STOCKS, String(stockId))) {
    throw new NoSuchEntityError(
      'There is no stock with "%fieldValue" for "%fieldName". Verify and try again.',
      {
        fieldName: 'stock_id',
        fieldValue: stockId,
      },
    );
  }
  s.store.delete(STOCKS, String(stockId));
  for (const [key, link] of s.store.entries<StockSourceLink>(LINKS)) {
    if (link.stock_id === stockId) s.store.delete(LINKS, key);
  }
  return true;
}

function readChannels(input: Record<string, unknown>): SalesChannel[] | undefined {
  const ext = input['extension_attributes'] as { sales_channels?: unknown } | undefined;
  const list = ext?.sales_channels;
  if (!Array.isArray(list)) return undefined;
  return list.map((c) => {
    const o = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    return { type: str(o['type']), code: str(o['code']) };
  });
}
