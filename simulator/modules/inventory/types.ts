/**
 * MSI DTOs as Magento returns them over REST, and the collection names they live in.
 * @see Magento\InventoryApi\Api\Data\SourceInterface, StockInterface, SourceItemInterface,
 *   StockSourceLinkInterface; Magento\InventoryReservationsApi\Model\ReservationInterface
 */
export const SOURCES = 'sources';
export const STOCKS = 'stocks';
export const LINKS = 'stock_source_links';
export const SOURCE_ITEMS = 'source_items';
export const RESERVATIONS = 'reservations';
/** Per-SKU legacy stock item settings (manage_stock, backorders, ...); quantities live in source items. */
export const LEGACY_ITEMS = 'legacy_stock_items';

export const DEFAULT_SOURCE_CODE = 'default';
export const DEFAULT_STOCK_ID = 1;

export interface CarrierLink {
  carrier_code: string;
  position: number;
}

export interface Source {
  source_code: string;
  name: string;
  enabled: boolean;
  description?: string;
  latitude?: number;
  longitude?: number;
  country_id: string;
  region_id?: number;
  region?: string;
  city?: string;
  street?: string;
  postcode: string;
  contact_name?: string;
  email?: string;
  phone?: string;
  fax?: string;
  use_default_carrier_config?: boolean;
  carrier_links?: CarrierLink[];
  extension_attributes?: Record<string, unknown>;
}

export interface SalesChannel {
  type: string;
  code: string;
}

export interface Stock {
  stock_id: number;
  name: string;
  extension_attributes: { sales_channels: SalesChannel[] };
}

export interface StockSourceLink {
  stock_id: number;
  source_code: string;
  priority: number;
}

/** Source item status: 1 in stock, 0 out of stock. */
export interface SourceItem {
  sku: string;
  source_code: string;
  quantity: number;
  status: number;
}

export interface Reservation {
  reservation_id: number;
  stock_id: number;
  sku: string;
  quantity: number;
  /** JSON `{"event_type","object_type","object_id","object_increment_id"}`. */
  metadata: string;
}

/** The product fields inventory reads (the catalog module owns the record). */
export interface ProductRef {
  id: number;
  sku: string;
  type_id: string;
  status?: number;
}

export const sourceItemKey = (sku: string, sourceCode: string): string => `${sku}\u0000${sourceCode}`;
export const linkKey = (stockId: number, sourceCode: string): string => `${stockId}:${sourceCode}`;
