/**
 * The inventory module's services for other modules (checkout, sales, shipping, refunds): which
 * stock serves a website, salable quantity and the requested-qty check, the reservation ledger,
 * and physical source movements. Everything takes `Services` and works inside the caller's
 * transaction.
 */

export { type ItemConfig, itemConfig } from './legacy/item-settings.ts';
export { getLegacyStockItem, type StockItem } from './legacy/stock-item.ts';
export { updateStockItemBySku } from './legacy/stock-item-update.ts';
export { sourcesForStock } from './msi/links.ts';
export { assignWebsiteToDefaultStock } from './msi/sales-channels.ts';
export { isProductSalable } from './sales/is-salable.ts';
export {
  isSalableForRequestedQty,
  type ProductSalableResult,
  type SalabilityError,
  type SalableChain,
} from './sales/requested-qty.ts';
export {
  appendReservations,
  type NewReservation,
  type ReservationMetadata,
  reservationMetadata,
  reservationsFor,
  reservationsQty,
} from './sales/reservations.ts';
export { getSalableQty } from './sales/salable-qty.ts';
export { deductSource, defaultSourceForShipment, returnToSource } from './sales/source-deduction.ts';
export { resolveStock, stockIdForWebsite } from './sales/stock-resolver.ts';
export { seedInventoryDefaults } from './seed.ts';
export type { Reservation, Source, SourceItem, Stock, StockSourceLink } from './types.ts';
