import { z } from 'zod';
import type { MagentoClient } from '../magento-client.ts';
import { Order } from '../sale/order.ts';
import { SaleDeclined } from '../sale-declined.ts';

/**
 * What a return needs to know about an order: the order by its number (`increment_id`, unique per
 * store view: the session's store is preferred), where each line was shipped from (the MSI
 * `source_code` of its shipments), and its credit memos.
 * @see magento-rest.md §7 "Order and shipment fields", §9 "Lookup", §11
 */
const Shipment = z.looseObject({
  entity_id: z.number().int(),
  extension_attributes: z.looseObject({ source_code: z.string().nullish() }).nullish(),
  items: z.array(z.looseObject({ order_item_id: z.number().int(), qty: z.coerce.number() })).default([]),
});

const CreditMemo = z.looseObject({ entity_id: z.number().int(), grand_total: z.coerce.number().default(0) });
export type CreditMemo = z.infer<typeof CreditMemo>;

export async function orderByNumber(client: MagentoClient, number: string, storeId: number): Promise<Order> {
  const found = z
    .array(Order)
    .parse(
      await client.searchAll('/V1/orders', { filterGroups: [[{ field: 'increment_id', value: number }]] }),
    );
  const order = found.find((o) => o.store_id === storeId) ?? found[0];
  if (!order) throw new SaleDeclined(`No order has the number ${number}.`);
  return order;
}

/** Units of each order item shipped, by source code. */
export async function shippedFrom(
  client: MagentoClient,
  orderId: number,
): Promise<Map<number, Map<string, number>>> {
  const shipments = z
    .array(Shipment)
    .parse(
      await client.searchAll('/V1/shipments', { filterGroups: [[{ field: 'order_id', value: orderId }]] }),
    );
  const out = new Map<number, Map<string, number>>();
  for (const s of shipments) {
    const source = s.extension_attributes?.source_code ?? 'default';
    for (const i of s.items) {
      const bySource = out.get(i.order_item_id) ?? new Map<string, number>();
      bySource.set(source, (bySource.get(source) ?? 0) + i.qty);
      out.set(i.order_item_id, bySource);
    }
  }
  return out;
}

export async function creditMemosOf(client: MagentoClient, orderId: number): Promise<CreditMemo[]> {
  const memos = await client.searchAll('/V1/creditmemos', {
    filterGroups: [[{ field: 'order_id', value: orderId }]],
  });
  return z.array(CreditMemo).parse(memos);
}

export async function creditMemo(client: MagentoClient, id: number): Promise<CreditMemo> {
  return CreditMemo.parse(await client.get(`/V1/creditmemo/${id}`));
}
