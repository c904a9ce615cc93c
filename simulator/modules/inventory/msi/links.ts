import type { Services } from '../../../context.ts';
import { InputError, LocalizedError, ValidationError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import {
  DEFAULT_SOURCE_CODE,
  DEFAULT_STOCK_ID,
  LINKS,
  linkKey,
  SOURCES,
  type Source,
  STOCKS,
  type StockSourceLink,
} from '../types.ts';
import { notEmpty, noWhitespace } from './checks.ts';
import { asInt, asString } from './coerce.ts';

/**
 * Stock-source links with their priority (1 = first choice). Saving validates every link and
 * then writes them all or none (a link to an unknown stock or source breaks the foreign key);
 * links of the Default Stock or the default source cannot be deleted.
 * @see Magento\Inventory\Model\StockSourceLink\Command\StockSourceLinksSave, StockSourceLinksDelete
 * @see Magento\InventoryCatalog\Plugin\InventoryApi\StockSourceLink\Command\PreventDefaultStockSourceLinkDeletingPlugin
 */
export function listLinks(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return search(s.store.all<StockSourceLink>(LINKS), parseSearchCriteria(s, query));
}

/** `POST /V1/inventory/stock-source-links`: validate all, then upsert all (priority updates). */
export function saveLinks(s: Services, raw: Record<string, unknown>[]): void {
  if (raw.length === 0) throw new InputError('Input data is empty');
  const links = raw.map(toLink);
  const errors = links.flatMap((l) => [
    ...notEmpty('source_code', l.source_code),
    ...noWhitespace('source_code', l.source_code),
    ...((l.priority ?? 0) <= 0
      ? [{ message: '"%field" should be greater then 0.', parameters: { field: 'priority' } }]
      : []),
  ]);
  if (errors.length > 0) throw ValidationError.of(errors);
  const broken = links.some(
    (l) => !s.store.has(STOCKS, String(l.stock_id ?? 0)) || !s.store.has(SOURCES, l.source_code ?? ''),
  );
  if (broken) throw new LocalizedError('Could not save StockSourceLinks');
  for (const l of links) {
    const link: StockSourceLink = {
      stock_id: l.stock_id as number,
      source_code: l.source_code as string,
      priority: l.priority as number,
    };
    s.store.put(LINKS, linkKey(link.stock_id, link.source_code), link);
  }
}

/** `POST /V1/inventory/stock-source-links-delete`: unknown pairs are ignored. */
export function deleteLinks(s: Services, raw: Record<string, unknown>[]): void {
  const links = raw.map(toLink);
  if (links.some((l) => l.stock_id === DEFAULT_STOCK_ID || l.source_code === DEFAULT_SOURCE_CODE)) {
    throw new LocalizedError('Can not delete link related to Default Source or Default Stock');
  }
  if (links.length === 0) throw new InputError('Input data is empty');
  for (const l of links) s.store.delete(LINKS, linkKey(l.stock_id ?? 0, l.source_code ?? ''));
}

/**
 * The sources linked to a stock, by ascending priority (disabled ones included).
 * @see Magento\Inventory\Model\Source\Command\GetSourcesAssignedToStockOrderedByPriority
 */
export function sourcesForStock(s: Services, stockId: number): Source[] {
  return s.store
    .all<StockSourceLink>(LINKS)
    .filter((l) => l.stock_id === stockId)
    .sort((a, b) => a.priority - b.priority)
    .map((l) => s.store.get<Source>(SOURCES, l.source_code))
    .filter((x): x is Source => x !== undefined);
}

interface RawLink {
  stock_id: number | null;
  source_code: string | null;
  priority: number | null;
}

function toLink(o: Record<string, unknown>): RawLink {
  return {
    stock_id: asInt('stock_id', o['stock_id']),
    source_code: asString('source_code', o['source_code']),
    priority: asInt('priority', o['priority']),
  };
}
