import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { ORDERS, SEQ } from './collections.ts';
import { nextIncrementId } from './increment-id.ts';
import { round2 } from './money.ts';
import { reserveForOrder } from './order-inventory.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * Tests' stand-in for checkout placement: writes an Order record the way placement leaves it (state
 * new / status pending, checkmo payment, flat-rate shipping) and, like MSI's placement plugin,
 * one negative `order_placed` reservation per SKU. Not used by any route.
 */
export interface TestLine {
  sku: string;
  qty: number;
  price: number;
  product_id?: number;
  tax_percent?: number;
  is_virtual?: boolean;
}

export interface TestOrderOptions {
  storeId?: number;
  shipping?: number;
  method?: string;
  reserve?: boolean;
}

export function placeTestOrder(s: Services, lines: TestLine[], opts: TestOrderOptions = {}): Order {
  const id = s.store.nextId(SEQ.order);
  const now = magentoDate(s.clock.now());
  const storeId = opts.storeId ?? 1;
  const items = lines.map((l) => testItem(s, id, storeId, l, now));
  const virtual = lines.every((l) => l.is_virtual);
  const shipping = virtual ? 0 : (opts.shipping ?? 5);
  const subtotal = round2(items.reduce((t, i) => t + i.row_total, 0));
  const tax = round2(items.reduce((t, i) => t + i.tax_amount, 0));
  const money = {
    subtotal,
    tax_amount: tax,
    shipping_amount: shipping,
    grand_total: round2(subtotal + tax + shipping),
  };
  const order = {
    entity_id: id,
    increment_id: nextIncrementId(s, 'order', storeId),
    state: 'new',
    status: 'pending',
    store_id: storeId,
    quote_id: null,
    customer_id: null,
    customer_is_guest: 1,
    customer_email: 'guest@example.com',
    base_currency_code: 'USD',
    order_currency_code: 'USD',
    is_virtual: virtual ? 1 : 0,
    total_qty_ordered: lines.reduce((t, l) => t + l.qty, 0),
    ...Object.fromEntries(
      Object.entries(money).flatMap(([k, v]) => [
        [k, v],
        [`base_${k}`, v],
      ]),
    ),
    shipping_incl_tax: shipping,
    shipping_tax_amount: 0,
    discount_amount: 0,
    items,
    payment: {
      entity_id: s.store.nextId(SEQ.orderPayment),
      parent_id: id,
      method: opts.method ?? 'checkmo',
      amount_ordered: money.grand_total,
    },
    billing_address: {
      entity_id: s.store.nextId(SEQ.orderAddress),
      parent_id: id,
      address_type: 'billing',
      firstname: 'Ada',
      lastname: 'Shop',
      street: ['1 Main St'],
      city: 'Austin',
      postcode: '78701',
      country_id: 'US',
      telephone: '5550100',
    },
    status_histories: [],
    extension_attributes: { shipping_assignments: [] },
    created_at: now,
    updated_at: now,
  } as unknown as Order;
  s.store.put(ORDERS, String(id), order);
  if (opts.reserve !== false)
    reserveForOrder(
      s,
      order,
      'order_placed',
      lines.map((l) => ({ sku: l.sku, qty: -l.qty })),
    );
  return order;
}

function testItem(s: Services, orderId: number, storeId: number, l: TestLine, now: string): OrderItem {
  const row = round2(l.price * l.qty);
  const tax = round2((row * (l.tax_percent ?? 0)) / 100);
  return {
    item_id: s.store.nextId(SEQ.orderItem),
    order_id: orderId,
    store_id: storeId,
    product_id: l.product_id ?? 0,
    product_type: l.is_virtual ? 'virtual' : 'simple',
    sku: l.sku,
    name: l.sku,
    is_virtual: l.is_virtual ? 1 : 0,
    qty_ordered: l.qty,
    qty_invoiced: 0,
    qty_shipped: 0,
    qty_refunded: 0,
    qty_canceled: 0,
    price: l.price,
    base_price: l.price,
    price_incl_tax: round2(l.price * (1 + (l.tax_percent ?? 0) / 100)),
    row_total: row,
    base_row_total: row,
    row_total_incl_tax: round2(row + tax),
    base_row_total_incl_tax: round2(row + tax),
    tax_amount: tax,
    base_tax_amount: tax,
    tax_percent: l.tax_percent ?? 0,
    discount_amount: 0,
    created_at: now,
    updated_at: now,
  } as unknown as OrderItem;
}
