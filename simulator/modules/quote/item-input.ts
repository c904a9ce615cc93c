import type { OptionPair } from './types.ts';

/**
 * A `cartItem` as the REST body gives it, reduced to Magento's buy request: SKU, qty and the
 * product options (custom options, configurable super attributes). Anything else in the body
 * (`price`, `name`, `product_type`) is ignored, as the buy request does not carry it.
 * @see Magento\Quote\Model\Quote\Item\CartItemOptionsProcessor::getBuyRequest
 */
export interface CartItemInput {
  sku?: string | undefined;
  qty?: unknown;
  quote_id?: string | undefined;
  item_id?: number | undefined;
  custom_options?: OptionPair[] | undefined;
  configurable_options?: OptionPair[] | undefined;
}

/** Reads `product_option.extension_attributes.{custom_options,configurable_item_options}`. */
export function cartItemInput(raw: Record<string, unknown>): CartItemInput {
  const ext = record(record(raw['product_option'])['extension_attributes']);
  return {
    sku: raw['sku'] === undefined || raw['sku'] === null ? undefined : String(raw['sku']),
    qty: raw['qty'],
    quote_id: raw['quote_id'] === undefined || raw['quote_id'] === null ? undefined : String(raw['quote_id']),
    item_id: raw['item_id'] === undefined || raw['item_id'] === null ? undefined : Number(raw['item_id']),
    custom_options: pairs(ext['custom_options']),
    configurable_options: pairs(ext['configurable_item_options']),
  };
}

function pairs(v: unknown): OptionPair[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((o) => {
    const r = record(o);
    return { option_id: String(r['option_id'] ?? ''), option_value: String(r['option_value'] ?? '') };
  });
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Two lines are one when product, chosen child and option values match (Item::representProduct). */
export function sameOptions(a: readonly OptionPair[], b: readonly OptionPair[]): boolean {
  const key = (list: readonly OptionPair[]) =>
    list
      .filter((o) => o.option_value !== '')
      .map((o) => `${o.option_id}=${o.option_value}`)
      .sort()
      .join('&');
  return key(a) === key(b);
}
