import { z } from 'zod';
import { cents } from '../tax/php-round.ts';
import type { QuoteTotals } from '../tax/quote-tax.ts';
import { lineCode } from './sale-totals.ts';

/**
 * Magento's totals of a cart (`GET /V1/carts/:id/totals`) against the register's own: subtotal,
 * discount, tax, grand total and each line's row total and tax, to the cent. Gift cards, store
 * credit and reward points are payments, not price: Magento takes them off its grand total (as
 * negative segments), so they are added back before comparing, and what remains is what the
 * cash and card tenders must pay.
 * @see field-guide.md §4 "Tax", §10 "Money adds up"
 */
export const CartTotals = z.looseObject({
  subtotal: z.coerce.number().default(0),
  discount_amount: z.coerce.number().default(0),
  tax_amount: z.coerce.number().default(0),
  grand_total: z.coerce.number().default(0),
  items: z
    .array(
      z.looseObject({
        item_id: z.coerce.number().int(),
        row_total: z.coerce.number().default(0),
        tax_amount: z.coerce.number().default(0),
        discount_amount: z.coerce.number().default(0),
      }),
    )
    .default([]),
  total_segments: z
    .array(z.looseObject({ code: z.string(), value: z.coerce.number().nullish() }))
    .default([]),
});
export type CartTotals = z.infer<typeof CartTotals>;

const PAYMENT_SEGMENTS = new Set(['giftcardaccount', 'customerbalance', 'reward']);

/** What gift cards, store credit and points cover (a positive amount). */
export function creditsOf(t: CartTotals): number {
  return -t.total_segments
    .filter((s) => PAYMENT_SEGMENTS.has(s.code))
    .reduce((a, s) => a + (s.value ?? 0), 0);
}

/** Row discounts by line code, as Magento computed them (for rules the register cannot evaluate). */
export function magentoDiscounts(t: CartTotals, itemIds: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, id] of itemIds) {
    const item = t.items.find((i) => i.item_id === id);
    if (item?.discount_amount) out.set(code, Math.abs(item.discount_amount));
  }
  return out;
}

/** Human-readable differences; empty when Magento agrees with the register to the cent. */
export function totalsDifferences(local: QuoteTotals, t: CartTotals, itemIds: Map<string, number>): string[] {
  const diffs: string[] = [];
  const check = (what: string, mine: number, theirs: number) => {
    if (cents(mine) !== cents(theirs))
      diffs.push(`${what}: register ${mine.toFixed(2)}, Magento ${theirs.toFixed(2)}`);
  };
  check('subtotal', local.subtotal, t.subtotal);
  check('discount', local.discount, Math.abs(t.discount_amount));
  check('tax', local.tax, t.tax_amount);
  check('grand total', local.grandTotal, t.grand_total + creditsOf(t));
  for (const [i, line] of local.lines.entries()) {
    const id = itemIds.get(lineCode(i));
    const item = t.items.find((x) => x.item_id === id);
    if (!item) {
      diffs.push(`line ${i + 1} (${line.sku}): not in Magento's cart`);
      continue;
    }
    check(`line ${i + 1} (${line.sku}) row total`, line.rowTotal, item.row_total);
    check(`line ${i + 1} (${line.sku}) tax`, line.tax, item.tax_amount);
  }
  return diffs;
}
