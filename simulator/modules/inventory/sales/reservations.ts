import type { Services } from '../../../context.ts';
import { itemConfig } from '../legacy/item-settings.ts';
import { RESERVATIONS, type Reservation } from '../types.ts';

/**
 * The reservation ledger (`inventory_reservation`): append-only. Orders add negative quantities,
 * shipments, cancellations and refunds add positive ones; salable quantity sums them. Nothing
 * edits or deletes a reservation. Appending is skipped entirely when `can_subtract` is off, and
 * per SKU when the item does not manage stock.
 * @see Magento\InventoryReservations\Model\AppendReservations
 * @see Magento\InventorySales\Plugin\InventoryReservationsApi\PreventAppendReservationOnNotManageItemsInStockPlugin
 */
export type NewReservation = Omit<Reservation, 'reservation_id'>;

/** Metadata as `SalesEventToArrayConverter` writes it. */
export interface ReservationMetadata {
  event_type: string;
  object_type: string;
  object_id: string;
  object_increment_id: string;
}

/** The metadata JSON string, keys in Magento's order. */
export function reservationMetadata(m: ReservationMetadata): string {
  return JSON.stringify({
    event_type: m.event_type,
    object_type: m.object_type,
    object_id: m.object_id,
    object_increment_id: m.object_increment_id,
  });
}

/** Appends reservations; returns the ones written (with their ids). */
export function appendReservations(s: Services, reservations: readonly NewReservation[]): Reservation[] {
  if (!s.config.flag('cataloginventory/options/can_subtract')) return [];
  const written: Reservation[] = [];
  for (const r of reservations) {
    if (!itemConfig(s, r.sku).manage_stock) continue;
    const row: Reservation = {
      reservation_id: s.store.nextId(RESERVATIONS),
      stock_id: r.stock_id,
      sku: r.sku,
      quantity: r.quantity,
      metadata: r.metadata,
    };
    s.store.put(RESERVATIONS, String(row.reservation_id), row);
    written.push(row);
  }
  return written;
}

/** Sum of the SKU's reservations on a stock. */
export function reservationsQty(s: Services, sku: string, stockId: number): number {
  let sum = 0;
  for (const r of s.store.all<Reservation>(RESERVATIONS))
    if (r.sku === sku && r.stock_id === stockId) sum += r.quantity;
  return round4(sum);
}

/** Reservations of an object (an order), for the sales module's bookkeeping. */
export function reservationsFor(s: Services, objectType: string, objectId: string): Reservation[] {
  return s.store.all<Reservation>(RESERVATIONS).filter((r) => {
    const m = JSON.parse(r.metadata) as Partial<ReservationMetadata>;
    return m.object_type === objectType && String(m.object_id) === objectId;
  });
}

/** Magento keeps quantities as DECIMAL(12,4): avoid float drift like 0.1 + 0.2. */
export const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;
