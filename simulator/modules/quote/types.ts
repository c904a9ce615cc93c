/**
 * The quote module's records: carts (collection `quotes`, keyed by String(id)) with their items,
 * addresses and payment inside, and guest masked ids (collection `quote_id_masks`, keyed by the
 * 32-character masked id). Records keep only what REST can set; totals are collected on read.
 * @see Magento\Quote\Model\Quote, Magento\Quote\Model\QuoteIdMask
 */
export const QUOTES = 'quotes';
export const QUOTE_ID_MASKS = 'quote_id_masks';
export const QUOTE_ITEM_SEQ = 'quote_items';
export const QUOTE_ADDRESS_SEQ = 'quote_addresses';
export const QUOTE_PAYMENT_SEQ = 'quote_payments';

/** One `{option_id, option_value}` pair of a cart item's product options. */
export interface OptionPair {
  option_id: string;
  option_value: string;
}

/** A visible cart line. A configurable line keeps its parent and the child that was chosen. */
export interface QuoteItem {
  item_id: number;
  /** The product added (for a configurable: the parent). */
  product_id: number;
  /** The configurable's chosen child, whose SKU the line carries. */
  child_product_id?: number;
  sku: string;
  name: string;
  product_type: string;
  qty: number;
  custom_options: OptionPair[];
  configurable_options: OptionPair[];
  created_at: string;
}

/** Quote/Api/Data/AddressInterface, as stored on the quote. */
export interface QuoteAddress {
  id: number;
  address_type: 'billing' | 'shipping';
  region: string | null;
  region_id: number | null;
  region_code: string | null;
  country_id: string | null;
  street: string[];
  company?: string;
  telephone: string | null;
  fax?: string;
  postcode: string | null;
  city: string | null;
  firstname: string | null;
  lastname: string | null;
  middlename?: string;
  prefix?: string;
  suffix?: string;
  vat_id?: string;
  customer_id?: number | null;
  email: string | null;
  same_as_billing: number;
  customer_address_id?: number | null;
  save_in_address_book: number;
  /** MSI in-store pickup: the source chosen as pickup location (shipping address only). */
  pickup_location_code?: string;
}

/** The quote's payment (Quote/Api/Data/PaymentInterface). */
export interface QuotePayment {
  payment_id: number;
  method: string;
  po_number: string | null;
  additional_data: string[] | null;
}

export interface Quote {
  id: number;
  store_id: number;
  created_at: string;
  updated_at: string;
  converted_at: string | null;
  is_active: boolean;
  customer_id: number | null;
  customer_email: string | null;
  customer_firstname: string | null;
  customer_lastname: string | null;
  /** 0 (NOT LOGGED IN) for anonymous carts. */
  customer_group_id: number;
  customer_is_guest: boolean;
  items: QuoteItem[];
  /** Empty (no country) until set; Magento creates both addresses with the cart. */
  billing_address: QuoteAddress;
  shipping_address: QuoteAddress;
  /** `carrier_method`, e.g. `flatrate_flatrate`, `instore_pickup`. */
  shipping_method: string | null;
  payment: QuotePayment | null;
  coupon_code: string | null;
  reserved_order_id: string | null;
  /** Open for later surfaces (gift cards, store credit, reward points) to keep their quote data. */
  extension: Record<string, unknown>;
}
