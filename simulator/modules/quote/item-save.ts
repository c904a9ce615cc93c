import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { resolveConfigurableChild } from '../catalog/configurable-links.ts';
import { missingRequiredOptions } from '../catalog/custom-options.ts';
import { getProductById, getProductBySku } from '../catalog/product-repository.ts';
import type { Product } from '../catalog/types.ts';
import type { CartId } from './cart-ref.ts';
import { presentItem } from './item-dto.ts';
import { type CartItemInput, sameOptions } from './item-input.ts';
import { assertAvailable, assertQtySalable } from './item-stock.ts';
import { getActiveQuote, saveQuote } from './quote-repository.ts';
import { type QuoteScope, quoteScope } from './quote-scope.ts';
import { QUOTE_ITEM_SEQ, type Quote, type QuoteItem } from './types.ts';

/**
 * `POST .../items` and `PUT .../items/:itemId`: qty first (`Invalid value of "%value" provided for
 * the qty field.`), then the product (404 for an unknown SKU, `Product that you are trying to add
 * is not available.`), its options (required custom options, the configurable's child), then
 * the stock check. A line with the same product, child and options is merged into (Magento's
 * sequential behaviour, and 2.4.8's fix for concurrent adds). Answers the saved line.
 * @see Magento\Quote\Model\Quote\Item\Repository::save, Magento\Quote\Model\Quote\Item\CartItemPersister
 */
const REQUIRED_OPTIONS =
  "The product's required option(s) weren't entered. Make sure the options are entered and try again.";
const CHOOSE_OPTIONS = 'You need to choose options for your item.';

export function saveCartItem(s: Services, cartId: CartId, input: CartItemInput): Record<string, unknown> {
  const quote = getActiveQuote(s, cartId);
  const qty = validQty(input.qty);
  const scope = quoteScope(s, quote);
  if (input.item_id !== undefined) return updateItem(s, quote, scope, input, qty, cartId);
  const product = getProductBySku(s, input.sku ?? '', { storeId: quote.store_id });
  assertAvailable(s, product, scope.websiteId, scope.stockId);
  const line = buildLine(s, quote, product, input, qty);
  const same = quote.items.find((i) => sameLine(i, line));
  const item = same ? { ...same, qty: same.qty + qty } : line;
  return commit(s, quote, scope, item);
}

function updateItem(
  s: Services,
  quote: Quote,
  scope: QuoteScope,
  input: CartItemInput,
  qty: number,
  cartId: CartId,
): Record<string, unknown> {
  const current = quote.items.find((i) => i.item_id === input.item_id);
  if (!current) {
    throw new NoSuchEntityError("The %1 Cart doesn't contain the %2 item.", [String(cartId), input.item_id]);
  }
  if (!input.custom_options && !input.configurable_options)
    return commit(s, quote, scope, { ...current, qty });
  const product = getProductById(s, current.product_id, { storeId: quote.store_id });
  const rebuilt = buildLine(s, quote, product, input, qty);
  return commit(s, quote, scope, { ...rebuilt, item_id: current.item_id, created_at: current.created_at });
}

/** Magento's `is_numeric($qty) && $qty > 0`. */
function validQty(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new InputError('Invalid value of "%value" provided for the %fieldName field.', {
      fieldName: 'qty',
      value: raw ?? null,
    });
  }
  return n;
}

function buildLine(
  s: Services,
  quote: Quote,
  product: Product,
  input: CartItemInput,
  qty: number,
): QuoteItem {
  const custom = input.custom_options ?? [];
  if (missingRequiredOptions(product, custom).length > 0) throw new LocalizedError(REQUIRED_OPTIONS);
  let child: Product | undefined;
  const configurable = input.configurable_options ?? [];
  if (product.type_id === 'configurable') {
    child = resolveConfigurableChild(s, product, configurable, quote.store_id);
    if (!child) throw new LocalizedError(CHOOSE_OPTIONS);
  }
  return {
    item_id: 0,
    product_id: product.id,
    ...(child ? { child_product_id: child.id } : {}),
    sku: (child ?? product).sku,
    name: product.name ?? '',
    product_type: product.type_id,
    qty,
    custom_options: custom.filter((o) => o.option_value !== ''),
    configurable_options: child ? configurable : [],
    created_at: magentoDate(s.clock.now()),
  };
}

function sameLine(a: QuoteItem, b: QuoteItem): boolean {
  return (
    a.product_id === b.product_id &&
    a.child_product_id === b.child_product_id &&
    sameOptions(a.custom_options, b.custom_options) &&
    sameOptions(a.configurable_options, b.configurable_options)
  );
}

/** Checks the stock for the SKU's quantity in the whole cart, then saves the line. */
function commit(s: Services, quote: Quote, scope: QuoteScope, item: QuoteItem): Record<string, unknown> {
  const merged = quote.items.some((i) => i.item_id === item.item_id);
  const others = quote.items.filter((i) => i.item_id !== item.item_id && i.sku === item.sku);
  const total = others.reduce((n, i) => n + i.qty, item.qty);
  if (usesStock(s, quote, item)) assertQtySalable(s, item.sku, scope.stockId, total);
  const saved = item.item_id === 0 ? { ...item, item_id: s.store.nextId(QUOTE_ITEM_SEQ) } : item;
  const items = merged
    ? quote.items.map((i) => (i.item_id === saved.item_id ? saved : i))
    : [...quote.items, saved];
  const next = saveQuote(s, { ...quote, items });
  return presentItem(s, next, saved);
}

function usesStock(s: Services, quote: Quote, item: QuoteItem): boolean {
  const sold = getProductBySku(s, item.sku, { storeId: quote.store_id });
  return ['simple', 'virtual', 'downloadable'].includes(sold.type_id);
}
