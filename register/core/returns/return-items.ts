import { z } from 'zod';
import type { ReturnRequest, ReturnResult } from '../../../contracts/driver.ts';
import type { AlertBoard } from '../alerts.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { TransportError } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { getOrder, isVirtualItem, type Order, type OrderItem, topLevelItems } from '../sale/order.ts';
import { SaleDeclined } from '../sale-declined.ts';
import type { StockCache } from '../stock/stock-cache.ts';
import { creditMemo, creditMemosOf, orderByNumber, shippedFrom } from './order-documents.ts';

/**
 * A return at the till: a credit memo (`POST /V1/order/:id/refund`, offline refund, no shipping
 * refunded) and the goods back on *this shop's* shelf:
 *
 * | the line was shipped…          | restock                                                    |
 * | ------------------------------ | ---------------------------------------------------------- |
 * | only from this shop's source   | `return_to_stock_items`: Magento adds it back to that source |
 * | from another source (warehouse)| no return_to_stock (Magento would credit the warehouse:    |
 * |                                | inventory #1895, #3109); the units are added to the shop's |
 * |                                | source explicitly (`POST /V1/inventory/source-items`)      |
 * | not at all, or virtual         | nothing to put back                                        |
 *
 * A lost answer to the refund is resolved by re-reading the order (refunded quantities) before
 * anything is sent again: a second credit memo would refund twice.
 * @see magento-rest.md §7 "Credit memo with return to stock", §11; field-guide.md §9
 */
export interface ReturnDeps {
  client: MagentoClient;
  alerts: AlertBoard;
  catalog: Catalog;
  stock: StockCache;
  sourceCode: string;
  storeId: number;
}

interface Pick {
  item: OrderItem;
  qty: number;
  /** Restock through Magento's return_to_stock (shipped from this shop only). */
  viaMagento: boolean;
  /** Units to add to the shop's source by hand (shipped from elsewhere). */
  byHand: number;
}

export async function returnItems(d: ReturnDeps, req: ReturnRequest): Promise<ReturnResult> {
  if (req.refundTender === 'store_credit') {
    throw new SaleDeclined(
      'Refunds to store credit are not supported by the reference register (cash or card).',
    );
  }
  const order = await orderByNumber(d.client, req.orderNumber, d.storeId);
  const shipped = await shippedFrom(d.client, order.entity_id);
  const picks = req.lines.map((l) => pick(d, order, shipped, l, req.restock));
  const memoId = await refund(d, order, picks);
  let restockedTo = picks.some((p) => p.viaMagento) ? d.sourceCode : undefined;
  for (const p of picks.filter((x) => x.byHand > 0)) {
    try {
      await restockByHand(d, p.item.sku, p.byHand);
      restockedTo = d.sourceCode;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      d.alerts.raise(
        'order-error',
        `credit memo ${memoId} of order ${order.increment_id} is made, but ${p.byHand} × ${p.item.sku} could not be added to ${d.sourceCode}: ${why}`,
      );
    }
  }
  const memo = await creditMemo(d.client, memoId);
  return {
    status: 'completed',
    creditMemoId: memoId,
    refunded: memo.grand_total,
    ...(restockedTo ? { restockedTo } : {}),
  };
}

function pick(
  d: ReturnDeps,
  order: Order,
  shipped: Map<number, Map<string, number>>,
  line: ReturnRequest['lines'][number],
  restock: boolean,
): Pick {
  const children = childSkus(d.catalog, line.sku);
  const candidates = topLevelItems(order).filter(
    (i) => i.sku.toLowerCase() === line.sku.toLowerCase() || children.has(i.sku.toLowerCase()),
  );
  const item = candidates.find((i) => i.qty_invoiced - i.qty_refunded >= line.qty);
  if (!item) {
    const left = candidates.reduce((a, i) => a + i.qty_invoiced - i.qty_refunded, 0);
    throw new SaleDeclined(
      `Order ${order.increment_id}: ${left} of ${line.sku} can be returned, not ${line.qty}.`,
    );
  }
  const sources = shipped.get(item.item_id) ?? new Map<string, number>();
  const total = [...sources.values()].reduce((a, q) => a + q, 0);
  const fromShop = sources.get(d.sourceCode) ?? 0;
  if (!restock || isVirtualItem(item) || total === 0)
    return { item, qty: line.qty, viaMagento: false, byHand: 0 };
  if (fromShop === total) return { item, qty: line.qty, viaMagento: true, byHand: 0 };
  return { item, qty: line.qty, viaMagento: false, byHand: line.qty };
}

/** Adds units to the shop's source: read its quantity live, write the new one. */
async function restockByHand(d: ReturnDeps, sku: string, units: number): Promise<void> {
  const { sourceQty } = await d.stock.live(sku);
  await d.client.post('/V1/inventory/source-items', {
    sourceItems: [{ sku, source_code: d.sourceCode, quantity: sourceQty + units, status: 1 }],
  });
  await d.stock.live(sku);
}

function childSkus(catalog: Catalog, sku: string): Set<string> {
  const p = catalog.product(sku);
  const ids = new Set(p?.extension_attributes?.configurable_product_links ?? []);
  return new Set(catalog.snapshot.products.filter((c) => ids.has(c.id)).map((c) => c.sku.toLowerCase()));
}

async function refund(d: ReturnDeps, order: Order, picks: Pick[]): Promise<number> {
  const body = {
    items: picks.map((p) => ({ order_item_id: p.item.item_id, qty: p.qty })),
    notify: false,
    arguments: {
      shipping_amount: 0,
      adjustment_positive: 0,
      adjustment_negative: 0,
      extension_attributes: {
        return_to_stock_items: picks.filter((p) => p.viaMagento).map((p) => p.item.item_id),
      },
    },
  };
  const before = (await creditMemosOf(d.client, order.entity_id)).map((m) => m.entity_id);
  try {
    return z.coerce
      .number()
      .int()
      .parse(await d.client.post(`/V1/order/${order.entity_id}/refund`, body));
  } catch (e) {
    if (!(e instanceof TransportError && e.outcomeUnknown)) throw e;
    const after = await getOrder(d.client, order.entity_id);
    const landed = picks.every((p) => {
      const now = after.items.find((i) => i.item_id === p.item.item_id);
      return now !== undefined && now.qty_refunded >= p.item.qty_refunded + p.qty;
    });
    const fresh = (await creditMemosOf(d.client, order.entity_id)).find((m) => !before.includes(m.entity_id));
    if (landed && fresh) return fresh.entity_id;
    throw e;
  }
}
