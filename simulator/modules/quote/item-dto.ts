import type { Services } from '../../context.ts';
import { lineProduct } from './item-product.ts';
import type { Quote, QuoteItem } from './types.ts';

/**
 * A cart line as REST returns it (Quote/Api/Data/CartItemInterface), keys in Magento's order:
 * `{item_id, sku, qty, name, price, product_type, quote_id, product_option}`. `quote_id` is a
 * string (the cart number; guest item lists show the masked id). `product_option` appears only
 * when the line has options; a configurable's `option_value` is the integer `value_index`.
 * @see Magento\Quote\Model\Quote\Item\CartItemOptionsProcessor::addProductOptions
 */
export function presentItem(
  s: Services,
  quote: Quote,
  item: QuoteItem,
  quoteId: string = String(quote.id),
): Record<string, unknown> {
  const line = lineProduct(s, item, quote.store_id);
  const dto: Record<string, unknown> = {
    item_id: item.item_id,
    sku: item.sku,
    qty: item.qty,
    name: line.product.name ?? item.name,
    price: line.unitPrice,
    product_type: item.product_type,
    quote_id: quoteId,
  };
  const ext: Record<string, unknown> = {};
  if (item.custom_options.length > 0) ext['custom_options'] = item.custom_options;
  if (item.configurable_options.length > 0) {
    ext['configurable_item_options'] = item.configurable_options.map((o) => ({
      option_id: o.option_id,
      option_value: Number(o.option_value),
    }));
  }
  if (Object.keys(ext).length > 0) dto['product_option'] = { extension_attributes: ext };
  return dto;
}

/** `GET .../items`: the visible lines. */
export function presentItems(s: Services, quote: Quote, quoteId?: string): Array<Record<string, unknown>> {
  return quote.items.map((item) => presentItem(s, quote, item, quoteId));
}
