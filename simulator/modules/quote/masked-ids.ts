import { randomBytes } from 'node:crypto';
import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { QUOTE_ID_MASKS } from './types.ts';

/**
 * Guest carts are addressed by a 32-character masked id (`quote_id_mask`), never by their number.
 * An unknown masked id is Magento's `No such entity with cartId = <masked id>`; a known one keeps
 * resolving after the cart is converted (the cart itself then answers as inactive).
 * @see Magento\Quote\Model\QuoteIdMask, Magento\Quote\Model\MaskedQuoteIdToQuoteId
 */
interface QuoteIdMask {
  masked_id: string;
  quote_id: number;
}

/** Creates the mask of a new guest cart (an md5-like random hex string, as Magento's). */
export function createMask(s: Services, quoteId: number): string {
  const masked = randomBytes(16).toString('hex');
  s.store.put<QuoteIdMask>(QUOTE_ID_MASKS, masked, { masked_id: masked, quote_id: quoteId });
  return masked;
}

/**
 * The cart number behind a masked id. An unknown one loads an empty mask, so the repository is asked
 * for cart `null`: 404 `No such entity with cartId = ` with `fieldValue` null.
 */
export function unmask(s: Services, masked: string): number {
  const row = s.store.get<QuoteIdMask>(QUOTE_ID_MASKS, masked);
  if (!row) throw new NoSuchEntityError('No such entity with %fieldName = %fieldValue', NULL_CART);
  return row.quote_id;
}

const NULL_CART = { fieldName: 'cartId', fieldValue: null };

export function findUnmasked(s: Services, masked: string): number | undefined {
  return s.store.get<QuoteIdMask>(QUOTE_ID_MASKS, masked)?.quote_id;
}

/** The masked id of a cart, if it has one. */
export function maskOf(s: Services, quoteId: number): string | undefined {
  return s.store.all<QuoteIdMask>(QUOTE_ID_MASKS).find((m) => m.quote_id === quoteId)?.masked_id;
}

/** Removes a cart's mask (a guest cart assigned to a customer stops being a guest cart). */
export function deleteMask(s: Services, quoteId: number): void {
  const masked = maskOf(s, quoteId);
  if (masked) s.store.delete(QUOTE_ID_MASKS, masked);
}
