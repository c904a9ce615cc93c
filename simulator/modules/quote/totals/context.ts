import type { Services } from '../../../context.ts';
import { findCustomer } from '../../customer/customer-repository.ts';
import { findGroup } from '../../customer/groups.ts';
import { lineProduct } from '../item-product.ts';
import { quoteScope } from '../quote-scope.ts';
import type { RateRequest } from '../shipping/carriers.ts';
import type { Quote, QuoteAddress } from '../types.ts';
import type { CollectContext } from './types.ts';

/**
 * What the collectors read, loaded once per collection: the lines with their catalog data in the
 * cart's store view, the customer, and the customer tax class of the cart's group.
 * @see Magento\Quote\Model\Quote\TotalsCollector::collect
 */
export function collectContext(s: Services, quote: Quote): CollectContext {
  const scope = quoteScope(s, quote);
  const lines = quote.items.map((item) => ({ item, product: lineProduct(s, item, quote.store_id) }));
  const customer = quote.customer_id === null ? null : (findCustomer(s, quote.customer_id) ?? null);
  const group = findGroup(s, quote.customer_group_id);
  return {
    s,
    quote,
    scope,
    lines,
    isVirtual: lines.length > 0 && lines.every((l) => l.product.isVirtual),
    customer,
    customerTaxClassId: group?.tax_class_id ?? 3,
  };
}

/** The carriers' request for an address (the cart's, or one being estimated). */
export function rateRequest(ctx: CollectContext, address: QuoteAddress, packageValue: number): RateRequest {
  const shipped = ctx.lines.filter((l) => !l.product.isVirtual);
  return {
    scope: ctx.scope,
    address,
    packageQty: shipped.reduce((n, l) => n + l.item.qty, 0),
    packageValueWithDiscount: packageValue,
    skus: ctx.lines.map((l) => l.item.sku),
  };
}
