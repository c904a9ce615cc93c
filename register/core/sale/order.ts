import { z } from 'zod';
import type { MagentoClient } from '../magento-client.ts';

/**
 * A Magento order as the register reads it back (`GET /V1/orders/:id`, `GET /V1/orders?…`): the
 * fields exactly-once placement, fulfilment and returns depend on.
 * @see magento-rest.md §9
 */
export const OrderItem = z.looseObject({
  item_id: z.number().int(),
  sku: z.string(),
  product_type: z.string().nullish(),
  parent_item_id: z.number().int().nullish(),
  is_virtual: z.union([z.boolean(), z.number()]).nullish(),
  qty_ordered: z.coerce.number().default(0),
  qty_invoiced: z.coerce.number().default(0),
  qty_shipped: z.coerce.number().default(0),
  qty_refunded: z.coerce.number().default(0),
  qty_canceled: z.coerce.number().default(0),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const Order = z.looseObject({
  entity_id: z.number().int(),
  increment_id: z.string(),
  quote_id: z.coerce.number().int().nullish(),
  store_id: z.number().int().nullish(),
  state: z.string().nullish(),
  customer_id: z.number().int().nullish(),
  grand_total: z.coerce.number().default(0),
  tax_amount: z.coerce.number().default(0),
  is_virtual: z.union([z.boolean(), z.number()]).nullish(),
  items: z.array(OrderItem).default([]),
});
export type Order = z.infer<typeof Order>;

export async function getOrder(client: MagentoClient, orderId: number): Promise<Order> {
  return Order.parse(await client.get(`/V1/orders/${orderId}`));
}

/** Orders converted from this cart (a quote converts to at most one; more would be a duplicate). */
export async function ordersOfCart(client: MagentoClient, cartId: number): Promise<Order[]> {
  const found = await client.searchAll('/V1/orders', {
    filterGroups: [[{ field: 'quote_id', value: cartId }]],
  });
  return z
    .array(Order)
    .parse(found)
    .filter((o) => Number(o.quote_id) === Number(cartId));
}

/** The order lines a shopper sees: top-level rows (a configurable's child row is left out). */
export function topLevelItems(order: Order): OrderItem[] {
  return order.items.filter((i) => !i.parent_item_id);
}

const VIRTUAL_TYPES = new Set(['virtual', 'downloadable', 'giftcard']);

export function isVirtualItem(i: OrderItem): boolean {
  return i.is_virtual === true || i.is_virtual === 1 || VIRTUAL_TYPES.has(i.product_type ?? '');
}
