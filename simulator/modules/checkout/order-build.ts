import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { paymentOrderStatus, paymentTitle } from '../payment/index.ts';
import type { CollectContext, QuoteTotals } from '../quote/totals/types.ts';
import type { Quote } from '../quote/types.ts';
import type { Order, OrderItem } from '../sales/order-types.ts';
import { phpRound } from '../tax/index.ts';
import { toOrderAddress } from './order-addresses.ts';
import { orderItems } from './order-lines.ts';
import { orderStoreName } from './store-name.ts';

/**
 * The order a cart converts into (QuoteManagement::submitQuote with its converters): state `new`,
 * the payment method's `order_status` (`pending` for offline methods), the cart's store view, the
 * customer link (or guest fields), addresses, lines, totals, payment (its title as
 * `additional_information`), applied taxes and the shipping assignment with the stock it sells
 * from; in-store pickup carries `pickup_location_code`. Progress totals (paid, invoiced, ...) are
 * not set yet, as on a fresh order.
 * @see Magento\Quote\Model\QuoteManagement::submitQuote, Magento\Quote\Model\Quote\Address\ToOrder
 * @see Magento\Quote\Model\Quote\Payment\ToOrderPayment, Magento\Sales\Model\Order\Payment::place
 */
export interface OrderDraft {
  ctx: CollectContext;
  totals: QuoteTotals;
  entityId: number;
  incrementId: string;
  remoteIp: string;
}

const r = (n: number) => phpRound(n);

export function buildOrder(s: Services, d: OrderDraft): Order {
  const { ctx, totals: t, entityId } = d;
  const quote = ctx.quote;
  const now = magentoDate(s.clock.now());
  const method = quote.payment?.method ?? '';
  const currency = s.config.get('currency/options/base') ?? 'USD';
  const items = orderItems(
    s,
    entityId,
    quote.store_id,
    now,
    ctx.lines.map((line, i) => ({ line, totals: t.items[i]! })),
  );
  const email = quote.customer_email;
  const billing = toOrderAddress(s, quote, quote.billing_address, entityId, email);
  const shipping = ctx.isVirtual
    ? undefined
    : toOrderAddress(s, quote, quote.shipping_address, entityId, email);
  const order = {
    entity_id: entityId,
    increment_id: d.incrementId,
    state: 'new',
    status: paymentOrderStatus(s, ctx.scope, method),
    store_id: quote.store_id,
    store_name: orderStoreName(s, quote.store_id),
    quote_id: quote.id,
    created_at: now,
    updated_at: now,
    ...customerFields(quote),
    customer_note_notify: 1,
    base_currency_code: currency,
    order_currency_code: currency,
    store_currency_code: currency,
    global_currency_code: currency,
    base_to_global_rate: 1,
    base_to_order_rate: 1,
    store_to_base_rate: 0,
    store_to_order_rate: 0,
    ...money(t),
    shipping_description: t.shippingDescription,
    total_qty_ordered: t.itemsQty,
    total_item_count: quote.items.length,
    total_due: r(t.grandTotal),
    base_total_due: r(t.grandTotal),
    is_virtual: ctx.isVirtual ? 1 : 0,
    weight: ctx.lines.reduce((n, l) => n + Number(l.product.sold.weight ?? 0) * l.item.qty, 0),
    remote_ip: d.remoteIp || null,
    ...(t.couponCode ? { coupon_code: t.couponCode } : {}),
    ...(t.appliedRuleIds.length > 0 ? { applied_rule_ids: t.appliedRuleIds.join(',') } : {}),
    ...(t.discountDescription ? { discount_description: t.discountDescription } : {}),
    items,
    billing_address: billing,
    payment: {
      entity_id: s.store.nextId('order_payments'),
      parent_id: entityId,
      method,
      additional_information: [paymentTitle(s, ctx.scope, method)],
      account_status: null,
      cc_last4: null,
      amount_ordered: r(t.grandTotal),
      base_amount_ordered: r(t.grandTotal),
      shipping_amount: r(t.shippingAmount),
      base_shipping_amount: r(t.shippingAmount),
      ...(quote.payment?.po_number ? { po_number: quote.payment.po_number } : {}),
    },
    status_histories: [],
    extension_attributes: extension(ctx, t, items, shipping),
  };
  return order as unknown as Order;
}

function customerFields(quote: Quote) {
  return {
    customer_id: quote.customer_is_guest ? null : quote.customer_id,
    customer_is_guest: quote.customer_is_guest ? 1 : 0,
    customer_email: quote.customer_email,
    customer_firstname: quote.customer_firstname,
    customer_lastname: quote.customer_lastname,
    customer_group_id: quote.customer_group_id,
  };
}

function money(t: QuoteTotals) {
  const pairs: Record<string, number> = {
    grand_total: t.grandTotal,
    subtotal: t.subtotal,
    subtotal_incl_tax: t.subtotalInclTax,
    tax_amount: t.taxAmount,
    discount_amount: t.discountAmount,
    shipping_amount: t.shippingAmount,
    shipping_incl_tax: t.shippingInclTax,
    shipping_tax_amount: t.shippingTaxAmount,
    shipping_discount_amount: t.shippingDiscountAmount,
    discount_tax_compensation_amount: t.discountTaxCompensation,
    shipping_discount_tax_compensation_amount: t.shippingDiscountTaxCompensation,
  };
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(pairs)) {
    out[k] = r(v);
    out[
      k === 'shipping_discount_tax_compensation_amount'
        ? 'base_shipping_discount_tax_compensation_amnt'
        : `base_${k}`
    ] = r(v);
  }
  return out;
}

function extension(ctx: CollectContext, t: QuoteTotals, items: OrderItem[], shipping: unknown) {
  const pickup = ctx.isVirtual ? undefined : ctx.quote.shipping_address.pickup_location_code;
  const total = {
    base_shipping_amount: r(t.shippingAmount),
    base_shipping_discount_amount: r(t.shippingDiscountAmount),
    base_shipping_incl_tax: r(t.shippingInclTax),
    base_shipping_tax_amount: r(t.shippingTaxAmount),
    shipping_amount: r(t.shippingAmount),
    shipping_discount_amount: r(t.shippingDiscountAmount),
    shipping_discount_tax_compensation_amount: r(t.shippingDiscountTaxCompensation),
    shipping_incl_tax: r(t.shippingInclTax),
    shipping_tax_amount: r(t.shippingTaxAmount),
  };
  return {
    shipping_assignments: [
      {
        shipping: {
          ...(shipping ? { address: shipping, method: ctx.quote.shipping_method } : {}),
          total,
        },
        items,
        stock_id: ctx.scope.stockId,
      },
    ],
    payment_additional_info: [
      { key: 'method_title', value: paymentTitle(ctx.s, ctx.scope, ctx.quote.payment?.method ?? '') },
    ],
    applied_taxes: t.appliedTaxes.map((tax) => ({
      code: tax.id,
      title: tax.rates.map((rate) => rate.title).join(', '),
      percent: tax.percent,
      amount: r(tax.amount),
      base_amount: r(tax.amount),
    })),
    converting_from_quote: true,
    ...(pickup ? { pickup_location_code: pickup } : {}),
  };
}
