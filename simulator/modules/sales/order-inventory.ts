import type { Services } from '../../context.ts';
import {
  appendReservations,
  type NewReservation,
  reservationMetadata,
  sourcesForStock,
  stockIdForWebsite,
} from '../inventory/index.ts';
import { SOURCE_ITEMS, type SourceItem, sourceItemKey } from '../inventory/types.ts';
import { storeViewById, websiteById } from '../store/stores.ts';
import { round4 } from './money.ts';
import type { Order } from './order-types.ts';

/**
 * The MSI side of sales documents: which stock an order sells from (its store view's website),
 * reservations written for an order's sales events, and the priority source-selection algorithm
 * MSI uses when it must pick sources itself (virtual items at invoice time, refunds without
 * return to stock).
 * @see Magento\InventorySales\Model\PlaceReservationsForSalesEvent
 * @see Magento\InventorySourceSelection\Model\Algorithms\PriorityBasedAlgorithm
 */
export type SalesEvent =
  | 'order_placed'
  | 'order_canceled'
  | 'shipment_created'
  | 'invoice_created'
  | 'creditmemo_created';

/** A SKU and a quantity (signed for reservations). */
export interface SkuQty {
  sku: string;
  qty: number;
}

/** The stock serving the website of the order's store view (Default Stock as a fallback). */
export function stockOfOrder(s: Services, order: Order): number {
  const view = storeViewById(s, Number(order.store_id ?? 1));
  const site = view ? websiteById(s, view.website_id) : undefined;
  try {
    return stockIdForWebsite(s, site?.code ?? 'base');
  } catch {
    return 1;
  }
}

/** Appends one reservation per SKU (quantities summed, zeros dropped) for an order's event. */
export function reserveForOrder(s: Services, order: Order, event: SalesEvent, items: SkuQty[]): void {
  const metadata = reservationMetadata({
    event_type: event,
    object_type: 'order',
    object_id: String(order.entity_id),
    object_increment_id: String(order.increment_id ?? ''),
  });
  const stockId = stockOfOrder(s, order);
  const rows: NewReservation[] = groupBySku(items).map((i) => ({
    stock_id: stockId,
    sku: i.sku,
    quantity: i.qty,
    metadata,
  }));
  appendReservations(s, rows);
}

/** Sums quantities per SKU and drops zeros. */
export function groupBySku(items: SkuQty[]): SkuQty[] {
  const sums = new Map<string, number>();
  for (const i of items) sums.set(i.sku, round4((sums.get(i.sku) ?? 0) + i.qty));
  return [...sums].filter(([, qty]) => qty !== 0).map(([sku, qty]) => ({ sku, qty }));
}

/** Priority SSA: enabled sources by priority, in-stock source items, as much as each holds. */
export function selectSources(
  s: Services,
  stockId: number,
  want: SkuQty,
): Array<SkuQty & { source: string }> {
  const picks: Array<SkuQty & { source: string }> = [];
  let left = want.qty;
  for (const source of sourcesForStock(s, stockId).filter((x) => x.enabled)) {
    const item = s.store.get<SourceItem>(SOURCE_ITEMS, sourceItemKey(want.sku, source.source_code));
    if (item?.status !== 1 || left <= 0) continue;
    const take = Math.min(Math.max(item.quantity, 0), left);
    if (take > 0) picks.push({ source: source.source_code, sku: want.sku, qty: take });
    left = round4(left - take);
  }
  return picks;
}
