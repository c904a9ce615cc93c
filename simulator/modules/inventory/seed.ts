import type { Services } from '../../context.ts';
import {
  DEFAULT_SOURCE_CODE,
  DEFAULT_STOCK_ID,
  LINKS,
  linkKey,
  SOURCES,
  type Source,
  STOCKS,
  type Stock,
  type StockSourceLink,
} from './types.ts';

/**
 * MSI's fresh-install rows: the `default` source, the Default Stock (id 1) selling to the `base`
 * website, and the link between them (priority 1).
 * @see Magento\InventoryCatalog\Setup\Operation\CreateDefaultSource, CreateDefaultStock,
 *   AssignDefaultSourceToDefaultStock
 */
export function seedInventoryDefaults(s: Services): void {
  s.store.put<Source>(SOURCES, DEFAULT_SOURCE_CODE, {
    source_code: DEFAULT_SOURCE_CODE,
    name: 'Default Source',
    enabled: true,
    description: 'Default Source',
    latitude: 0,
    longitude: 0,
    country_id: 'US',
    postcode: '00000',
    use_default_carrier_config: true,
    carrier_links: [],
  });
  s.store.put<Stock>(STOCKS, String(DEFAULT_STOCK_ID), {
    stock_id: DEFAULT_STOCK_ID,
    name: 'Default Stock',
    extension_attributes: { sales_channels: [{ type: 'website', code: 'base' }] },
  });
  s.store.setSequence(STOCKS, DEFAULT_STOCK_ID);
  s.store.put<StockSourceLink>(LINKS, linkKey(DEFAULT_STOCK_ID, DEFAULT_SOURCE_CODE), {
    stock_id: DEFAULT_STOCK_ID,
    source_code: DEFAULT_SOURCE_CODE,
    priority: 1,
  });
}
