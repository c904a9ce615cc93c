import type { Services } from '../../context.ts';
import type { CollectLine, ItemTotals } from '../quote/totals/types.ts';
import type { OrderItem } from '../sales/order-types.ts';
import { phpRound } from '../tax/index.ts';

/**
 * Quote lines to order items (ToOrderItem): one row per simple or virtual line; a configurable
 * line becomes its parent row (child SKU, the prices) and a child row (`parent_item_id`, price 0)
 * that carries the simple product inventory moves. Quantities start at 0 except `qty_ordered`.
 * @see Magento\Quote\Model\Quote\Item\ToOrderItem, Magento\Quote\Model\QuoteManagement::resolveItems
 */
export interface LineInput {
  line: CollectLine;
  totals: ItemTotals;
}

const r = (n: number) => phpRound(n);

export function orderItems(
  s: Services,
  orderId: number,
  storeId: number,
  now: string,
  inputs: LineInput[],
): OrderItem[] {
  const out: OrderItem[] = [];
  for (const { line, totals } of inputs) {
    const parent = orderItem(s, orderId, storeId, now, line, totals);
    out.push(parent);
    if (line.item.child_product_id !== undefined) out.push(childItem(s, parent, line));
  }
  return out;
}

function orderItem(
  s: Services,
  orderId: number,
  storeId: number,
  now: string,
  { item, product }: CollectLine,
  t: ItemTotals,
): OrderItem {
  const weight = Number(product.sold.weight ?? 0);
  const row: OrderItem = {
    ...zeroes(),
    item_id: s.store.nextId('order_items'),
    order_id: orderId,
    quote_item_id: item.item_id,
    product_id: item.product_id,
    product_type: item.product_type,
    sku: item.sku,
    name: product.product.name ?? item.name,
    store_id: storeId,
    qty_ordered: item.qty,
    price: r(t.price),
    base_price: r(t.price),
    original_price: r(product.sold.price ?? t.price),
    base_original_price: r(product.sold.price ?? t.price),
    price_incl_tax: r(t.priceInclTax),
    base_price_incl_tax: r(t.priceInclTax),
    row_total: r(t.rowTotal),
    base_row_total: r(t.rowTotal),
    row_total_incl_tax: r(t.rowTotalInclTax),
    base_row_total_incl_tax: r(t.rowTotalInclTax),
    tax_amount: r(t.taxAmount),
    base_tax_amount: r(t.taxAmount),
    tax_percent: t.taxPercent,
    discount_amount: r(t.discountAmount),
    base_discount_amount: r(t.discountAmount),
    discount_percent: t.discountPercent,
    discount_tax_compensation_amount: r(t.discountTaxCompensation),
    base_discount_tax_compensation_amount: r(t.discountTaxCompensation),
    is_virtual: product.isVirtual ? 1 : 0,
    weight,
    row_weight: weight * item.qty,
    created_at: now,
    updated_at: now,
  };
  if (t.appliedRuleIds.length > 0) row.applied_rule_ids = t.appliedRuleIds.join(',');
  const options = productOption(item.custom_options, item.configurable_options);
  if (options) row.product_option = options;
  return row;
}

function childItem(s: Services, parent: OrderItem, { item, product }: CollectLine): OrderItem {
  const { product_option: _options, applied_rule_ids: _rules, ...base } = parent;
  const priceFields = Object.fromEntries(MONEY.map((k) => [k, 0]));
  return {
    ...base,
    ...priceFields,
    item_id: s.store.nextId('order_items'),
    parent_item_id: parent.item_id,
    product_id: product.sold.id,
    product_type: product.sold.type_id,
    sku: product.sold.sku,
    name: product.sold.name ?? item.sku,
    tax_percent: 0,
    discount_percent: 0,
    parent_item: parent,
  } as OrderItem;
}

const MONEY = [
  'price',
  'base_price',
  'original_price',
  'base_original_price',
  'price_incl_tax',
  'base_price_incl_tax',
  'row_total',
  'base_row_total',
  'row_total_incl_tax',
  'base_row_total_incl_tax',
  'tax_amount',
  'base_tax_amount',
  'discount_amount',
  'base_discount_amount',
  'discount_tax_compensation_amount',
  'base_discount_tax_compensation_amount',
] as const;

function zeroes() {
  return {
    qty_invoiced: 0,
    qty_shipped: 0,
    qty_refunded: 0,
    qty_canceled: 0,
    row_invoiced: 0,
    base_row_invoiced: 0,
    tax_invoiced: 0,
    base_tax_invoiced: 0,
    discount_invoiced: 0,
    base_discount_invoiced: 0,
    amount_refunded: 0,
    base_amount_refunded: 0,
    is_qty_decimal: 0,
    no_discount: 0,
    free_shipping: 0,
  };
}

function productOption(
  custom: ReadonlyArray<{ option_id: string; option_value: string }>,
  configurable: ReadonlyArray<{ option_id: string; option_value: string }>,
): unknown {
  const ext: Record<string, unknown> = {};
  if (custom.length > 0) ext['custom_options'] = custom;
  if (configurable.length > 0) {
    ext['configurable_item_options'] = configurable.map((o) => ({
      option_id: o.option_id,
      option_value: Number(o.option_value),
    }));
  }
  return Object.keys(ext).length > 0 ? { extension_attributes: ext } : undefined;
}
