import { z } from 'zod';
import type { AdminClient } from '../magento/admin-client.ts';
import { ReconcileError } from './errors.ts';
import type { FailureContext } from './magento-failure.ts';
import { readAllPages } from './magento-pages.ts';

/**
 * How fast each SKU sells: units ordered per day over the last N days, from Magento's own orders.
 * A configurable sale is two order items (the parent, carrying the option, and the simple child
 * that leaves the shelf), so a parent that has a child in the order is skipped and the child counted
 * under its own SKU; a bundle's children likewise. Canceled orders did not sell anything; units
 * canceled on an item are taken off it.
 * @see /work/shared/docs/magento-rest.md §9 (orders search, `created_at`, items `qty_ordered`)
 */
export interface Velocity {
  /** Units per day by SKU, keyed by the lower-cased SKU (Magento's SKUs are case-insensitive). */
  perDay: Map<string, number>;
  ordersRead: number;
  /** Why the velocity could not be read, when it could not (every SKU then counts as not selling). */
  warning?: string;
}

const OrderItem = z.object({
  item_id: z.coerce.number().optional(),
  parent_item_id: z.coerce.number().nullable().optional(),
  sku: z.string(),
  product_type: z.string().optional(),
  qty_ordered: z.coerce.number().default(0),
  qty_canceled: z.coerce.number().nullable().optional(),
});
const Order = z.object({
  entity_id: z.coerce.number().optional(),
  state: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
  items: z.array(OrderItem).default([]),
});
export type VelocityOrder = z.output<typeof Order>;

/** Only the fields we need: a month of orders in full can be hundreds of megabytes. */
const FIELDS =
  'items[entity_id,state,status,created_at,items[item_id,parent_item_id,sku,product_type,qty_ordered,qty_canceled]],total_count';

/** Reads the orders created since `now - days` and turns them into units per day by SKU. */
export async function fetchVelocity(
  client: AdminClient,
  ctx: Omit<FailureContext, 'reading' | 'aclHint'>,
  days: number,
  now: Date,
): Promise<Velocity> {
  if (days === 0) return { perDay: new Map(), ordersRead: 0 };
  const since = magentoDateTime(new Date(now.getTime() - days * 86_400_000));
  let orders: VelocityOrder[];
  try {
    orders = await readAllPages(
      client,
      '/V1/orders',
      { filters: [['created_at', since, 'gteq']], sort: ['entity_id', 'ASC'], fields: FIELDS, pageSize: 100 },
      Order,
      {
        ...ctx,
        reading: 'orders',
        aclHint:
          'the credentials read inventory but not orders (Magento_Sales::actions_view): grant that resource, or pass --days 0 to judge every SKU as a slow seller',
      },
    );
  } catch (err) {
    if (err instanceof ReconcileError && err.kind === 'no-route')
      return {
        perDay: new Map(),
        ordersRead: 0,
        warning: `Magento at ${ctx.baseUrl} has no orders route (GET /V1/orders): velocities are 0, every SKU is judged by the slowest band`,
      };
    throw err;
  }
  const units = unitsBySku(orders);
  const perDay = new Map([...units].map(([sku, n]) => [sku, n / days]));
  return { perDay, ordersRead: orders.length };
}

/** Units sold per lower-cased SKU in these orders (canceled orders and parents of children skipped). */
export function unitsBySku(orders: readonly VelocityOrder[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const order of orders) {
    if (order.state === 'canceled' || order.status === 'canceled') continue;
    const parents = new Set(order.items.map((i) => i.parent_item_id).filter((id) => id != null));
    for (const item of order.items) {
      if (item.item_id !== undefined && parents.has(item.item_id)) continue;
      const sold = Math.max(0, item.qty_ordered - (item.qty_canceled ?? 0));
      if (sold === 0) continue;
      const key = item.sku.toLowerCase();
      units.set(key, (units.get(key) ?? 0) + sold);
    }
  }
  return units;
}

/** Magento's `created_at` format: UTC, `YYYY-MM-DD HH:MM:SS`. */
export function magentoDateTime(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}
