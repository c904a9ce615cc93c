import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { stockIndexRow } from '../inventory/sales/stock-index.ts';
import { assertPaymentMethodUsable } from '../payment/index.ts';
import { qtyError } from '../quote/item-stock.ts';
import type { CollectContext, QuoteTotals } from '../quote/totals/types.ts';
import { addressErrors } from './address-validation.ts';

/**
 * QuoteValidator::validateBeforeSubmit: first the errors the cart's lines picked up when it was
 * loaded (a SKU the stock index holds as out of stock: `Some of the products are out of stock.`;
 * else the requested-qty check with today's reservations and its message; one message per kind,
 * joined by newlines), then the validation
 * rules in di.xml order — shipping address, shipping method, billing address, payment method.
 * A rule's first message is the text; the address validators' messages fill its `%1`.
 * @see Magento\Quote\Model\QuoteValidator, Quote/etc/di.xml (QuoteValidationComposite)
 * @see Magento\CatalogInventory\Model\Quote\Item\QuantityValidator
 */
const SHIPPING_ADDRESS = 'Please check the shipping address information.';
const SHIPPING_METHOD = 'The shipping method is missing. Select the shipping method and try again.';
const BILLING_ADDRESS = 'Please check the billing address information.';
const PAYMENT_METHOD = 'Enter a valid payment method and try again.';
const OUT_OF_STOCK = 'Some of the products are out of stock.';

export function validateBeforeSubmit(ctx: CollectContext, totals: QuoteTotals): void {
  const stock = stockErrors(ctx);
  if (stock.length > 0) throw new LocalizedError(stock.join('\n'));
  const { s, quote } = ctx;
  if (!ctx.isVirtual) {
    rule(SHIPPING_ADDRESS, addressErrors(s, quote.shipping_address));
    if (!totals.shippingRate) throw new LocalizedError(SHIPPING_METHOD);
  }
  rule(BILLING_ADDRESS, addressErrors(s, quote.billing_address));
  if (!paymentUsable(s, ctx, totals)) throw new LocalizedError(PAYMENT_METHOD);
}

function rule(message: string, errors: string[]): void {
  if (errors.length === 0) return;
  throw new LocalizedError(`${message} %1`, [errors.join(' ')]);
}

function stockErrors(ctx: CollectContext): string[] {
  const byKind = new Map<string, string>();
  const qtyBySku = new Map<string, number>();
  for (const l of ctx.lines) qtyBySku.set(l.item.sku, (qtyBySku.get(l.item.sku) ?? 0) + l.item.qty);
  for (const { item, product } of ctx.lines) {
    if (!['simple', 'virtual', 'downloadable'].includes(product.sold.type_id)) continue;
    if (stockIndexRow(ctx.s, item.sku, ctx.scope.stockId)?.isSalable === false) {
      if (!byKind.has('stock')) byKind.set('stock', OUT_OF_STOCK);
      continue;
    }
    const qty = qtyBySku.get(item.sku) ?? item.qty;
    const message = qtyError(ctx.s, item.sku, ctx.scope.stockId, qty, 'add-to-cart');
    if (message !== null && !byKind.has('qty')) byKind.set('qty', message);
  }
  return [...byKind.values()];
}

function paymentUsable(s: Services, ctx: CollectContext, totals: QuoteTotals): boolean {
  const payment = ctx.quote.payment;
  if (!payment?.method) return false;
  try {
    assertPaymentMethodUsable(s, ctx.scope, payment, paymentContext(ctx, totals));
    return true;
  } catch {
    return false;
  }
}

/** What the payment checks read about a cart. */
export function paymentContext(ctx: CollectContext, totals: QuoteTotals) {
  return {
    grandTotal: totals.grandTotal,
    isVirtual: ctx.isVirtual,
    countryId: ctx.quote.billing_address.country_id,
  };
}
