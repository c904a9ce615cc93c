import type { Services } from '../../context.ts';
import { findAttribute } from './attributes.ts';

/**
 * The product attribute codes of a fresh Magento install (entity type `catalog_product`, static
 * columns included) plus the attributes added since (`color`, `size`, scenario attributes). Filters
 * on anything else fail, and custom attribute values for anything else are not saved, as Magento's
 * data object helper only sets the codes of the entity's attributes.
 * @see Magento\Framework\Api\AbstractExtensibleObject::getCustomAttributesCodes
 */
const STATIC = [
  'entity_id',
  'sku',
  'attribute_set_id',
  'type_id',
  'created_at',
  'updated_at',
  'has_options',
  'required_options',
];
/** The product attributes of a fresh Magento install (entity type `catalog_product`). */
const SYSTEM_ATTRIBUTES = [
  'name',
  'description',
  'short_description',
  'price',
  'special_price',
  'special_from_date',
  'special_to_date',
  'cost',
  'weight',
  'manufacturer',
  'meta_title',
  'meta_keyword',
  'meta_description',
  'image',
  'small_image',
  'thumbnail',
  'media_gallery',
  'old_id',
  'tier_price',
  'color',
  'news_from_date',
  'news_to_date',
  'gallery',
  'status',
  'minimal_price',
  'visibility',
  'custom_design',
  'custom_design_from',
  'custom_design_to',
  'custom_layout_update',
  'page_layout',
  'category_ids',
  'options_container',
  'image_label',
  'small_image_label',
  'thumbnail_label',
  'country_of_manufacture',
  'quantity_and_stock_status',
  'custom_layout',
  'msrp',
  'msrp_display_actual_price_type',
  'tax_class_id',
  'gift_message_available',
  'url_key',
  'url_path',
  'swatch_image',
  'price_type',
  'sku_type',
  'weight_type',
  'price_view',
  'shipment_type',
  'links_purchased_separately',
  'samples_title',
  'links_title',
  'links_exist',
  'custom_layout_update_file',
];

export function isProductAttribute(s: Services, code: string): boolean {
  return STATIC.includes(code) || SYSTEM_ATTRIBUTES.includes(code) || findAttribute(s, code) !== undefined;
}
