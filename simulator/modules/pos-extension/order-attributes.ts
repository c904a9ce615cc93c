import type { Services } from '../../context.ts';
import { paymentTitle } from '../payment/index.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import type { Quote } from '../quote/types.ts';
import type { Order, OrderItem } from '../sales/order-types.ts';
import { presentOverride } from './price-override.ts';
import { tenderLinesOf } from './split-tender.ts';
import { posData, SPLIT_METHOD } from './types.ts';

/**
 * What the POS extension records on an order from its cart: `extension_attributes.pos_client_sale_id`;
 * for a split tender, `extension_attributes.pos_payments` (`[{method, title, amount, reference?}]`),
 * the same lines as JSON in the payment's `additional_information` (after the method title) and
 * as `payment_additional_info` key `pos_payments`; and on each overridden line (and its copy in
 * the shipping assignment) `extension_attributes.pos_price_override`.
 */
export function withPosAttributes(s: Services, order: Order, quote: Quote): Order {
  if (s.profile.strictCore) return order;
  const pos = posData(quote);
  const ext: Order['extension_attributes'] = { ...order.extension_attributes };
  let payment = order.payment;
  if (pos.client_sale_id !== undefined) ext['pos_client_sale_id'] = pos.client_sale_id;
  const lines = order.payment.method === SPLIT_METHOD ? tenderLinesOf(quote.payment) : null;
  if (lines) {
    const scope = quoteScope(s, quote);
    const shown = lines.map((l) => ({
      method: l.method,
      title: paymentTitle(s, scope, l.method),
      amount: l.amount,
      ...ref(l),
    }));
    const json = JSON.stringify(shown);
    ext['pos_payments'] = shown;
    ext.payment_additional_info = [
      ...(ext.payment_additional_info ?? []),
      { key: 'pos_payments', value: json },
    ];
    payment = { ...payment, additional_information: [...payment.additional_information, json] };
  }
  const overrides = pos.price_overrides ?? {};
  const decorate = (item: OrderItem): OrderItem => {
    const o = item.parent_item_id ? undefined : overrides[String(item.quote_item_id)];
    const quoteItem = quote.items.find((q) => q.item_id === item.quote_item_id);
    if (!o || !quoteItem) return item;
    const shown = presentOverride(s, quote, quoteItem, o);
    return { ...item, extension_attributes: { ...item.extension_attributes, pos_price_override: shown } };
  };
  ext.shipping_assignments = ext.shipping_assignments.map((a) => ({ ...a, items: a.items.map(decorate) }));
  return { ...order, items: order.items.map(decorate), payment, extension_attributes: ext };
}

const ref = (l: { reference?: string }) => (l.reference === undefined ? {} : { reference: l.reference });
