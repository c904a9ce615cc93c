import type { Services } from '../../../context.ts';
import { findAttribute } from '../../catalog/attributes.ts';
import { SELECT_TYPES } from '../../catalog/custom-option-build.ts';
import type { LineProduct } from '../item-product.ts';
import type { QuoteItem } from '../types.ts';

/**
 * A totals item's `options`: the line's options as a JSON string of `{value, label}` pairs, the
 * configurable's attributes first, then custom options, encoded like PHP's `json_encode` (slashes
 * escaped); `"[]"` when there are none.
 * @see Magento\Quote\Model\Cart\Totals\ItemConverter::getFormattedOptionValue
 * @see Magento\ConfigurableProduct\Helper\Product\Configuration::getOptions
 */
export function formattedOptions(s: Services, item: QuoteItem, line: LineProduct): string {
  const out: Array<{ value: string; label: string }> = [];
  for (const o of item.configurable_options) {
    const attribute = findAttribute(s, o.option_id);
    const value = attribute?.options.find((v) => v.value === o.option_value)?.label ?? o.option_value;
    out.push({ value, label: attribute?.default_frontend_label ?? o.option_id });
  }
  for (const o of item.custom_options) {
    const option = line.product.options.find((x) => String(x.option_id) === o.option_id);
    if (!option) continue;
    const value = SELECT_TYPES.includes(option.type)
      ? o.option_value
          .split(',')
          .map((id) => option.values?.find((v) => String(v.option_type_id) === id)?.title ?? id)
          .join(', ')
      : o.option_value;
    out.push({ value, label: option.title });
  }
  return JSON.stringify(out).replace(/\//g, '\\/');
}
