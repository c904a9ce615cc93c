import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { lineProduct } from '../quote/item-product.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import type { TotalsCollector } from '../quote/totals/types.ts';
import type { Quote, QuoteItem } from '../quote/types.ts';
import { phpRound } from '../tax/index.ts';
import { type PriceOverride, posData, withPosData } from './types.ts';

/**
 * A manager's price override on a cart line (`PUT /V1/pos/carts/:cartId/items/:itemId/price-override`):
 * the line's unit price becomes `price` (custom options included, as Magento's `custom_price`
 * replaces the calculation price), with who approved it and why. The collector
 * `pos_price_override` (sort order 50, before subtotal) hands the overridden price to every later
 * collector, so discounts and tax work on it; the order line keeps the catalog price as
 * `original_price` and the override as `extension_attributes.pos_price_override`.
 * @see Magento\Quote\Model\Quote\Item\AbstractItem::getCalculationPrice (custom_price)
 */
export interface OverrideInput {
  price: number;
  approver: string;
  reason?: string | null;
}

export function setPriceOverride(
  s: Services,
  cartId: number,
  itemId: number,
  input: OverrideInput,
): Record<string, unknown> {
  const quote = getActiveQuote(s, cartId);
  const item = cartItem(quote, cartId, itemId);
  if (!(input.price >= 0)) throw new LocalizedError('The override price must be 0 or more.');
  if (input.approver.trim() === '') throw InputError.required('approver');
  const override: PriceOverride = {
    price: phpRound(input.price),
    approver: input.approver,
    reason: input.reason ?? null,
    created_at: magentoDate(s.clock.now()),
  };
  const overrides = { ...posData(quote).price_overrides, [String(itemId)]: override };
  saveQuote(s, withPosData(quote, { price_overrides: overrides }));
  return { item_id: item.item_id, ...presentOverride(s, quote, item, override) };
}

export function removePriceOverride(s: Services, cartId: number, itemId: number): boolean {
  const quote = getActiveQuote(s, cartId);
  cartItem(quote, cartId, itemId);
  const { [String(itemId)]: _gone, ...rest } = posData(quote).price_overrides ?? {};
  saveQuote(s, withPosData(quote, { price_overrides: rest }));
  return true;
}

/** The override of a line as `pos_price_override` shows it; `original_price` is the catalog unit price. */
export function presentOverride(
  s: Services,
  quote: Quote,
  item: QuoteItem,
  o: PriceOverride,
): Record<string, unknown> {
  return {
    price: o.price,
    original_price: phpRound(lineProduct(s, item, quote.store_id).unitPrice),
    approver: o.approver,
    reason: o.reason,
    created_at: o.created_at,
  };
}

function cartItem(quote: Quote, cartId: number, itemId: number): QuoteItem {
  const item = quote.items.find((i) => i.item_id === itemId);
  if (!item) throw new NoSuchEntityError("The %1 Cart doesn't contain the %2 item.", [cartId, itemId]);
  return item;
}

export const priceOverrideCollector: TotalsCollector = {
  code: 'pos_price_override',
  sortOrder: 50,
  displayOrder: 0,
  collect(ctx) {
    if (ctx.s.profile.strictCore) return;
    const overrides = posData(ctx.quote).price_overrides ?? {};
    ctx.lines.forEach((line, i) => {
      const o = overrides[String(line.item.item_id)];
      if (o) ctx.lines[i] = { ...line, product: { ...line.product, unitPrice: o.price } };
    });
  },
};
