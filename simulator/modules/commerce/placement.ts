import type { Services } from '../../context.ts';
import type { PlacementHook } from '../checkout/placement-hooks.ts';
import type { QuoteTotals } from '../quote/totals/types.ts';
import type { Order } from '../sales/order-types.ts';
import { commerceOrderAttributes } from './order-attributes.ts';
import { settleCommerce } from './settlement.ts';
import { commerceTotals, isCommerce } from './totals-data.ts';

/**
 * Commerce's part of every placement (the checkout's placement hook): before the save, the order
 * gets the extension attributes of what its totals used (gift cards, store credit, reward
 * points); after it, those are charged and purchase points earned — once per order. No-ops
 * outside the Commerce edition.
 * @see Magento's sales_model_service_quote_submit_before/_success observers of GiftCardAccount, CustomerBalance, Reward
 */
export function withCommerceAttributes(s: Services, order: Order, totals: QuoteTotals): Order {
  if (!isCommerce(s)) return order;
  const attributes = commerceOrderAttributes(commerceTotals(totals));
  if (Object.keys(attributes).length === 0) return order;
  return { ...order, extension_attributes: { ...order.extension_attributes, ...attributes } };
}

export const commercePlacementHook: PlacementHook = {
  name: 'commerce',
  beforeSave: (s, order, totals) => withCommerceAttributes(s, order, totals),
  afterSave(s, order, totals, scope) {
    if (isCommerce(s)) settleCommerce(s, order, commerceTotals(totals), scope);
  },
};
