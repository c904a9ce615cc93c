/**
 * The catalog's records: the Magento product DTO as REST returns it (Catalog/Api/Data/ProductInterface),
 * kept in collection `products` keyed by SKU, and the EAV attributes configurables are built on.
 * @see Magento\Catalog\Api\Data\ProductInterface
 */
export const PRODUCTS = 'products';
/** Store-view values of store- and website-scoped attributes, keyed `<productId>/<storeId>`. */
export const PRODUCT_STORE_VALUES = 'product_store_values';
export const ATTRIBUTES = 'attributes';

export interface CustomAttribute {
  attribute_code: string;
  value: unknown;
}

export interface OptionValue {
  title: string;
  sort_order: number;
  price: number;
  price_type: string;
  option_type_id: number;
  sku?: string;
}

/** A custom option (Catalog/Api/Data/ProductCustomOptionInterface). */
export interface CustomOption {
  product_sku: string;
  option_id: number;
  title: string;
  type: string;
  sort_order: number;
  is_require: boolean;
  price?: number;
  price_type?: string;
  sku?: string;
  file_extension?: string;
  max_characters?: number;
  image_size_x?: number;
  image_size_y?: number;
  values?: OptionValue[];
}

/** ConfigurableProduct/Api/Data/OptionInterface. `attribute_id` is a string, as Magento returns it. */
export interface ConfigurableOption {
  id: number;
  attribute_id: string;
  label: string;
  position: number;
  is_use_default?: boolean;
  values: Array<{ value_index: number }>;
  product_id: number;
}

export interface ProductExtension {
  website_ids: number[];
  category_links?: Array<{ position: number; category_id: string }>;
  configurable_product_options?: ConfigurableOption[];
  configurable_product_links?: number[];
  [key: string]: unknown;
}

export interface Product {
  id: number;
  sku: string;
  name?: string;
  attribute_set_id: number;
  price?: number;
  status: number;
  visibility: number;
  type_id: string;
  created_at: string;
  updated_at: string;
  weight?: number;
  extension_attributes: ProductExtension;
  product_links: unknown[];
  options: CustomOption[];
  media_gallery_entries: unknown[];
  tier_prices: unknown[];
  custom_attributes: CustomAttribute[];
}

/** Values a store view overrides (name, status, visibility, price, and store-scoped custom attributes). */
export interface StoreValues {
  name?: string;
  status?: number;
  visibility?: number;
  price?: number;
  custom_attributes?: Record<string, unknown>;
}

/** A product EAV attribute (Catalog/Api/Data/ProductAttributeInterface), enough for select attributes. */
export interface Attribute {
  attribute_id: number;
  attribute_code: string;
  frontend_input: string;
  default_frontend_label: string;
  is_user_defined: boolean;
  is_required: boolean;
  backend_type: string;
  scope: 'global' | 'website' | 'store';
  options: Array<{ label: string; value: string }>;
}
