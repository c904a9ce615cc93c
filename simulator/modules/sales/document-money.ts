import type { DocumentTotals } from './document-types.ts';
import { round2 } from './money.ts';

/**
 * Documents carry every amount twice (`grand_total` and `base_grand_total`); the simulator runs one
 * currency, so the twins are equal. Also the currency columns a document copies from its order.
 */
export function withBase<T extends object>(amounts: T): T & Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(amounts)) {
    out[k] = round2(Number(v));
    out[`base_${k}`] = round2(Number(v));
  }
  return out as T & Record<string, number>;
}

/** Subtotal + tax + shipping + discount (negative) + discount tax compensation. */
export function grandTotal(t: Omit<DocumentTotals, 'grand_total'>): number {
  return round2(
    t.subtotal + t.tax_amount + t.shipping_amount + t.discount_amount + t.discount_tax_compensation_amount,
  );
}

/** The currency codes and rates a document copies from its order (one currency). */
export function currencyOf(order: Record<string, unknown>): Record<string, unknown> {
  const base = order['base_currency_code'] ?? 'USD';
  return {
    base_currency_code: base,
    global_currency_code: order['global_currency_code'] ?? base,
    order_currency_code: order['order_currency_code'] ?? base,
    store_currency_code: order['store_currency_code'] ?? base,
    base_to_global_rate: 1,
    base_to_order_rate: 1,
    store_to_base_rate: 0,
    store_to_order_rate: 0,
  };
}
