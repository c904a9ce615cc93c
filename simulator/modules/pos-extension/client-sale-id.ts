import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import type { Quote } from '../quote/types.ts';
import { ORDERS } from '../sales/collections.ts';
import { presentOrder } from '../sales/order-repository.ts';
import type { Order } from '../sales/order-types.ts';
import { ENFORCE_UNIQUE_CLIENT_SALE_ID, withPosData } from './types.ts';

/**
 * The register's own id for a sale (ConnectPOS's `retail_id`, e.g. `REG1-000042`), set on the cart
 * and copied to the order as `extension_attributes.pos_client_sale_id`. Like ConnectPOS, nothing
 * enforces it unique by default; with `posgate/pos_extension/enforce_unique_client_sale_id` = 1 a
 * placement whose id an order already carries is refused (400, no order), naming that order —
 * which is how a register replaying its offline queue learns the sale already landed.
 */
const MAX_LENGTH = 64;

export function checkedClientSaleId(raw: string): string {
  const id = raw.trim();
  if (id === '' || id.length > MAX_LENGTH) {
    throw new LocalizedError('The client sale id must be 1 to %1 characters long.', [MAX_LENGTH]);
  }
  return id;
}

export function setClientSaleId(s: Services, cartId: number, raw: string): boolean {
  const quote = getActiveQuote(s, cartId);
  saveQuote(s, withPosData(quote, { client_sale_id: checkedClientSaleId(raw) }));
  return true;
}

export function ordersWithClientSaleId(s: Services, id: string): Order[] {
  return s.store.all<Order>(ORDERS).filter((o) => o.extension_attributes?.['pos_client_sale_id'] === id);
}

/** Refuses the placement when uniqueness is enforced and an order already has this id. */
export function assertClientSaleIdFree(s: Services, quote: Quote, id: string | undefined): void {
  if (id === undefined) return;
  if (!s.config.flag(ENFORCE_UNIQUE_CLIENT_SALE_ID, quoteScope(s, quote).config)) return;
  const taken = ordersWithClientSaleId(s, id)[0];
  if (taken) {
    throw new LocalizedError('The client sale id "%1" was already used by order %2.', [
      id,
      taken.increment_id,
    ]);
  }
}

/** `GET /V1/pos/orders/by-client-sale-id/:clientSaleId`: every order carrying it, oldest first. */
export function searchByClientSaleId(s: Services, id: string): { items: Order[]; total_count: number } {
  const items = ordersWithClientSaleId(s, id)
    .sort((a, b) => a.entity_id - b.entity_id)
    .map(presentOrder);
  return { items, total_count: items.length };
}
