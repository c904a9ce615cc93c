import type { Services } from '../../context.ts';
import { deductSource } from '../inventory/index.ts';
import type { Invoice } from './document-types.ts';
import type { InvoiceLine } from './invoice-build.ts';
import { n, round2 } from './money.ts';
import { groupBySku, reserveForOrder, type SkuQty, selectSources, stockOfOrder } from './order-inventory.ts';
import { bumpQty, inventorySku, withItems } from './order-items.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * What a paid invoice does to its order (PayOperation): each line's invoiced quantity and amounts,
 * the order's *_invoiced totals, and — offline methods are always simply paid — total_paid and the
 * payment's amount_paid. Then MSI deducts virtual lines from sources picked by priority, with an
 * `invoice_created` compensating reservation (they never ship).
 * @see Magento\Sales\Model\Order\Invoice\PayOperation, Magento\Sales\Model\Order\Invoice::pay
 * @see Magento\InventoryShipping\Observer\VirtualSourceDeductionProcessor
 */
export function applyInvoice(order: Order, invoice: Invoice, drafts: InvoiceLine[]): Order {
  const changed = drafts.filter((d) => d.qty > 0).map((d) => registerLine(d));
  const add = (field: string, v: number) => ({
    [field]: round2(n(order[field]) + v),
    [`base_${field}`]: round2(n(order[field]) + v),
  });
  const paid = invoice.grand_total;
  const payment = order.payment
    ? {
        ...order.payment,
        amount_paid: round2(n(order.payment.amount_paid) + paid),
        base_amount_paid: round2(n(order.payment.base_amount_paid) + paid),
        shipping_captured: round2(n(order.payment['shipping_captured']) + invoice.shipping_amount),
        base_shipping_captured: round2(n(order.payment['base_shipping_captured']) + invoice.shipping_amount),
      }
    : order.payment;
  return {
    ...withItems(order, changed),
    ...add('total_invoiced', invoice.grand_total),
    ...add('subtotal_invoiced', invoice.subtotal),
    ...add('tax_invoiced', invoice.tax_amount),
    ...add('discount_tax_compensation_invoiced', invoice.discount_tax_compensation_amount),
    ...add('shipping_tax_invoiced', invoice.shipping_tax_amount),
    ...add('shipping_invoiced', invoice.shipping_amount),
    ...add('discount_invoiced', invoice.discount_amount),
    ...add('total_paid', paid),
    payment,
  } as Order;
}

/** Invoice\Item::register. */
function registerLine(d: InvoiceLine): OrderItem {
  const item = bumpQty(d.item, 'qty_invoiced', d.qty);
  const add = (field: string, v: number) => ({
    [field]: round2(n(item[field]) + v),
    [`base_${field}`]: round2(n(item[field]) + v),
  });
  return {
    ...item,
    ...add('row_invoiced', d.row_total),
    ...add('tax_invoiced', d.tax_amount),
    ...add('discount_invoiced', d.discount_amount),
    ...add('discount_tax_compensation_invoiced', d.discount_tax_compensation_amount),
  } as OrderItem;
}

/** VirtualSourceDeductionProcessor: virtual lines leave the sources SSA picks. */
export function deductVirtualLines(s: Services, order: Order, drafts: InvoiceLine[]): void {
  const stockId = stockOfOrder(s, order);
  const wanted: SkuQty[] = [];
  for (const d of drafts) {
    const sku = n(d.item.is_virtual) && d.qty > 0 ? inventorySku(order, d.item) : null;
    if (sku) wanted.push({ sku, qty: d.qty });
  }
  const deducted: SkuQty[] = [];
  for (const want of groupBySku(wanted)) {
    for (const pick of selectSources(s, stockId, want)) {
      deductSource(s, pick.source, pick.sku, pick.qty);
      deducted.push(pick);
    }
  }
  reserveForOrder(s, order, 'invoice_created', deducted);
}
