import type { Services } from '../../context.ts';
import { deductSource, returnToSource, sourcesForStock } from '../inventory/index.ts';
import { SOURCE_ITEMS, sourceItemKey } from '../inventory/types.ts';
import { SHIPMENTS } from './collections.ts';
import type { RefundLine } from './creditmemo-build.ts';
import type { Shipment } from './document-types.ts';
import { n, round4 } from './money.ts';
import { reserveForOrder, type SkuQty, selectSources, stockOfOrder } from './order-inventory.ts';
import { findItem, inventorySku } from './order-items.ts';
import type { Order } from './order-types.ts';

/**
 * MSI after a credit memo. Lines returned to stock (`return_to_stock_items`, or all with
 * `cataloginventory/item_options/auto_return`): the shipped part goes back to the source it was
 * shipped from (if several, the highest-priority one of those — never a source of the merchant's
 * choice: inventory #1895/#3109) as a negative deduction; the never-shipped part gets a positive
 * `creditmemo_created` reservation. Lines *not* returned: the never-shipped part is deducted from
 * sources picked by priority, with a compensating reservation (MSI-1947's design: the goods are
 * written off; merchants report it as "still deducts", inventory #1947).
 * @see Magento\InventorySales\Model\ReturnProcessor\ProcessRefundItems
 * @see Magento\InventorySales\Plugin\Sales\OrderManagement\DeductSourceItemQuantityOnRefundPlugin
 * @see Magento\InventoryShipping\Model\ReturnProcessor\GetShippedItemsPerSourceByPriority
 */
interface Refunded extends SkuQty {
  /** invoiced − refunded (after this memo) + qty: MSI's "processed" quantity. */
  processed: number;
}

/** Returns or writes off a refunded memo's lines; `returnIds` from `return_to_stock_items`. */
export function refundInventory(
  s: Services,
  order: Order,
  drafts: RefundLine[],
  returnIds: Set<number>,
): void {
  const auto = s.config.flag('cataloginventory/item_options/auto_return');
  const back: Refunded[] = [];
  const kept: Refunded[] = [];
  for (const d of drafts) {
    const item = findItem(order, d.item.item_id) ?? d.item;
    const sku = d.qty > 0 ? inventorySku(order, item) : null;
    if (!sku) continue;
    const row = { sku, qty: d.qty, processed: n(item.qty_invoiced) - n(item.qty_refunded) + d.qty };
    if (auto || returnIds.has(item.item_id)) back.push(row);
    else if (!n(item.is_virtual)) kept.push(row);
  }
  const shipped = shippedBySource(s, order);
  returnItems(s, order, merge(back), [...shipped, ...virtualInvoiced(s, order, back)]);
  writeOff(s, order, merge(kept), shipped);
}

function returnItems(
  s: Services,
  order: Order,
  items: Refunded[],
  shipped: Array<SkuQty & { source: string }>,
) {
  const toStock: SkuQty[] = [];
  for (const i of items) {
    const processed = i.processed - deductedQty(shipped, i.sku);
    let toSource = processed > 0 ? i.qty - processed : i.qty;
    const toReserve = toSource > 0 ? i.qty - toSource : i.qty;
    if (toReserve > 0) toStock.push({ sku: i.sku, qty: toReserve });
    for (const d of shipped.filter((x) => x.sku === i.sku)) {
      if (toSource < 0.0000001) break;
      const qty = Math.min(d.qty, toSource);
      returnToSource(s, d.source, d.sku, qty);
      toSource = round4(toSource - qty);
    }
  }
  reserveForOrder(s, order, 'creditmemo_created', toStock);
}

function writeOff(s: Services, order: Order, items: Refunded[], shipped: Array<SkuQty & { source: string }>) {
  const stockId = stockOfOrder(s, order);
  const deducted: SkuQty[] = [];
  for (const i of items) {
    const processed = i.processed - deductedQty(shipped, i.sku);
    const kept = processed > 0 ? i.qty - processed : i.qty;
    const qty = kept > 0 ? i.qty - kept : i.qty;
    for (const pick of selectSources(s, stockId, { sku: i.sku, qty })) {
      deductSource(s, pick.source, pick.sku, pick.qty);
      deducted.push(pick);
    }
  }
  reserveForOrder(s, order, 'creditmemo_created', deducted);
}

/** Shipped quantities per source, sources in stock priority order, each SKU on its first source. */
function shippedBySource(s: Services, order: Order): Array<SkuQty & { source: string }> {
  const bySource = new Map<string, Map<string, number>>();
  for (const sh of s.store.all<Shipment>(SHIPMENTS).filter((x) => x.order_id === order.entity_id)) {
    const source = sh.extension_attributes?.source_code ?? 'default';
    const skus = bySource.get(source) ?? new Map<string, number>();
    for (const it of sh.items) {
      const line = findItem(order, it.order_item_id);
      const sku = line ? inventorySku(order, line) : null;
      if (sku) skus.set(sku, (skus.get(sku) ?? 0) + n(it.qty));
    }
    bySource.set(source, skus);
  }
  const priority = sourcesForStock(s, stockOfOrder(s, order)).map((x) => x.source_code);
  const ordered = [...bySource.keys()].sort((a, b) => rank(priority, a) - rank(priority, b));
  const firstSource = new Map<string, SkuQty & { source: string }>();
  for (const source of ordered) {
    for (const [sku, qty] of bySource.get(source) ?? []) {
      const seen = firstSource.get(sku);
      if (seen) seen.qty += qty;
      else firstSource.set(sku, { source, sku, qty });
    }
  }
  return [...firstSource.values()];
}

/** Returned virtual lines were deducted when invoiced, from the first stock source holding the SKU. */
function virtualInvoiced(
  s: Services,
  order: Order,
  returned: Refunded[],
): Array<SkuQty & { source: string }> {
  const skus = new Set(returned.map((r) => r.sku));
  const sources = sourcesForStock(s, stockOfOrder(s, order)).map((x) => x.source_code);
  const out: Array<SkuQty & { source: string }> = [];
  for (const item of order.items ?? []) {
    const sku = n(item.is_virtual) ? inventorySku(order, item) : null;
    if (!sku || !skus.has(sku) || n(item.qty_invoiced) <= 0) continue;
    const source = sources.find((code) => s.store.has(SOURCE_ITEMS, sourceItemKey(sku, code))) ?? 'default';
    out.push({ source, sku, qty: n(item.qty_invoiced) });
  }
  return out;
}

const rank = (priority: string[], code: string) => {
  const i = priority.indexOf(code);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
};

const deductedQty = (shipped: SkuQty[], sku: string) =>
  shipped.filter((x) => x.sku === sku).reduce((t, x) => t + x.qty, 0);

function merge(rows: Refunded[]): Refunded[] {
  const out = new Map<string, Refunded>();
  for (const r of rows) {
    const seen = out.get(r.sku);
    if (seen) {
      seen.qty += r.qty;
      seen.processed += r.processed;
    } else out.set(r.sku, { ...r });
  }
  return [...out.values()];
}
