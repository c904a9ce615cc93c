import type { Quote } from '../quote/types.ts';

/**
 * The POS extension's data (docs/pos-extension.md): on the cart, inside the quote's `extension`
 * bag under `pos` — manager price overrides by quote item id, the register's client sale id, and
 * the split-tender lines — and the names it is configured and authorised by.
 */
export const POS_RESOURCE = 'Posgate_PosExtension::pos';
export const ENFORCE_UNIQUE_CLIENT_SALE_ID = 'posgate/pos_extension/enforce_unique_client_sale_id';
export const SPLIT_METHOD = 'pos_split';

export interface PriceOverride {
  price: number;
  approver: string;
  reason: string | null;
  created_at: string;
}

export interface TenderLine {
  method: string;
  amount: number;
  reference?: string;
}

export interface PosQuoteData {
  price_overrides?: Record<string, PriceOverride>;
  client_sale_id?: string;
}

export function posData(quote: Quote): PosQuoteData {
  return (quote.extension['pos'] as PosQuoteData | undefined) ?? {};
}

export function withPosData(quote: Quote, patch: PosQuoteData): Quote {
  return { ...quote, extension: { ...quote.extension, pos: { ...posData(quote), ...patch } } };
}
