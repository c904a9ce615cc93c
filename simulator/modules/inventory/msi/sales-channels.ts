import type { Services } from '../../../context.ts';
import type { ErrorItem } from '../../../errors.ts';
import type { Website } from '../../store/types.ts';
import { DEFAULT_STOCK_ID, type SalesChannel, STOCKS, type Stock } from '../types.ts';
import { str } from './checks.ts';

/**
 * Stock sales channels (`inventory_stock_sales_channel`): each website belongs to at most one
 * stock. Saving a stock replaces its channels, takes a website away from any other stock, and
 * hands the channels it dropped back to the Default Stock.
 * @see Magento\InventorySales\Plugin\InventoryApi\StockRepository\SaveSalesChannelsLinksPlugin
 * @see Magento\InventorySales\Model\Stock\Validator\SalesChannelsValidator
 */
export function validateSalesChannels(s: Services, channels: SalesChannel[] | undefined): ErrorItem[] {
  const errors: ErrorItem[] = [];
  for (const c of channels ?? []) {
    if (str(c.type).trim() === '')
      errors.push({ message: '"%field" can not be empty.', parameters: { field: 'type' } });
    if (str(c.code).trim() === '')
      errors.push({ message: '"%field" can not be empty.', parameters: { field: 'code' } });
    if (c.type === 'website' && !websiteExists(s, str(c.code))) {
      errors.push({
        message: 'The website with code "%code" does not exist.',
        parameters: { code: str(c.code) },
      });
    }
  }
  return errors;
}

/** Sets `stockId`'s channels; channels it loses go to the Default Stock. */
export function replaceSalesChannels(s: Services, stockId: number, channels: SalesChannel[]): void {
  const before = channelsOf(s, stockId);
  const wanted = dedupe(channels);
  for (const [, other] of s.store.entries<Stock>(STOCKS)) {
    if (other.stock_id === stockId) continue;
    const kept = channelsOf(s, other.stock_id).filter((c) => !wanted.some((w) => same(w, c)));
    if (kept.length !== channelsOf(s, other.stock_id).length) setChannels(s, other.stock_id, kept);
  }
  setChannels(s, stockId, wanted);
  const dropped = before.filter((c) => !wanted.some((w) => same(w, c)));
  if (dropped.length > 0) {
    setChannels(s, DEFAULT_STOCK_ID, dedupe([...dropped, ...channelsOf(s, DEFAULT_STOCK_ID)]));
  }
}

/**
 * A new website joins the Default Stock's sales channels, as Magento does when a website is created.
 * @see Magento\InventorySales\Plugin\Store\Model\ResourceModel\Website\AssignWebsiteToDefaultStockPlugin
 */
export function assignWebsiteToDefaultStock(s: Services, websiteCode: string): void {
  replaceSalesChannels(s, DEFAULT_STOCK_ID, [
    ...channelsOf(s, DEFAULT_STOCK_ID),
    { type: 'website', code: websiteCode },
  ]);
}

/** The sales channels a stock sells to, sorted by type and code as the table keys them. */
export function channelsOf(s: Services, stockId: number): SalesChannel[] {
  return s.store.get<Stock>(STOCKS, String(stockId))?.extension_attributes.sales_channels ?? [];
}

/** The stock a website sells from, or undefined when no stock lists it. */
export function stockIdOfWebsite(s: Services, websiteCode: string): number | undefined {
  const stock = s.store
    .all<Stock>(STOCKS)
    .find((st) =>
      st.extension_attributes.sales_channels.some((c) => c.type === 'website' && c.code === websiteCode),
    );
  return stock?.stock_id;
}

function setChannels(s: Services, stockId: number, channels: SalesChannel[]): void {
  const stock = s.store.get<Stock>(STOCKS, String(stockId));
  if (!stock) return;
  const sorted = [...channels].sort((a, b) => (a.type + a.code < b.type + b.code ? -1 : 1));
  s.store.put<Stock>(STOCKS, String(stockId), { ...stock, extension_attributes: { sales_channels: sorted } });
}

const same = (a: SalesChannel, b: SalesChannel): boolean => a.type === b.type && a.code === b.code;

function dedupe(channels: SalesChannel[]): SalesChannel[] {
  const out: SalesChannel[] = [];
  for (const c of channels) if (!out.some((o) => same(o, c))) out.push({ type: c.type, code: c.code });
  return out;
}

function websiteExists(s: Services, code: string): boolean {
  return s.store.all<Website>('websites').some((w) => w.code === code);
}
