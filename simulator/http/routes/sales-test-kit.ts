import assert from 'node:assert/strict';
import type { MagentoTestClient } from '../../../test/support/magento-client.ts';
import type { Services } from '../../context.ts';
import type { SimulatorOptions } from '../../index.ts';
import type { Reservation } from '../../modules/inventory/types.ts';
import { placeTestOrder, type TestLine, type TestOrderOptions } from '../../modules/sales/test-orders.ts';
import {
  type InventoryKit,
  inTx,
  putProducts,
  putSecondWebsite,
  startInventorySim,
} from './inventory-test-kit.ts';

/**
 * Shared set-up of the sales HTTP tests: a simulator with three products (SKU-1, SKU-2 simple,
 * VIRT-1 virtual), orders "placed" with the test factory (order record + `order_placed`
 * reservations, as checkout leaves them), and readers for what MSI moved.
 */
export type SalesKit = InventoryKit;

export const PRODUCTS = [
  { sku: 'SKU-1', id: 10 },
  { sku: 'SKU-2', id: 11 },
  { sku: 'VIRT-1', id: 12, type_id: 'virtual' },
];

export function startSalesSim(options: SimulatorOptions = {}): Promise<SalesKit> {
  return startInventorySim(options, (s) => {
    putProducts(s, PRODUCTS);
    putSecondWebsite(s);
  });
}

export interface PlacedOrder {
  id: number;
  incrementId: string;
  itemIds: number[];
}

export function place(kit: SalesKit, lines: TestLine[], opts: TestOrderOptions = {}): PlacedOrder {
  const o = inTx(kit, (s) => placeTestOrder(s, lines, opts));
  return { id: o.entity_id, incrementId: o.increment_id, itemIds: o.items.map((i) => i.item_id) };
}

/** Sets source quantities through the MSI API (status in stock). */
export async function setStock(
  admin: MagentoTestClient,
  rows: Array<[sku: string, source: string, qty: number]>,
) {
  const r = await admin.post('/V1/inventory/source-items', {
    sourceItems: rows.map(([sku, source_code, quantity]) => ({ sku, source_code, quantity, status: 1 })),
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
}

export async function salable(admin: MagentoTestClient, sku: string, stockId = 1): Promise<number> {
  const r = await admin.get<number>(`/V1/inventory/get-product-salable-quantity/${sku}/${stockId}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

export async function sourceQty(admin: MagentoTestClient, sku: string, source = 'default'): Promise<number> {
  const q = `searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=${sku}`;
  const r = await admin.get<{ items: Array<{ source_code: string; quantity: number }> }>(
    `/V1/inventory/source-items?${q}`,
  );
  return r.body.items.find((i) => i.source_code === source)?.quantity ?? Number.NaN;
}

/** The reservations of an order as `event:sku:qty` strings, in ledger order. */
export function reservationsOf(s: Services, orderId: number): string[] {
  return s.store
    .all<Reservation>('reservations')
    .filter((r) => JSON.parse(r.metadata).object_id === String(orderId))
    .map((r) => `${JSON.parse(r.metadata).event_type}:${r.sku}:${r.quantity}`);
}

/** A second website `second` + store view `shop2` sold from stock 2 = sources `web` (priority 1) and `shop` (2). */
export async function twoSourceStock(kit: SalesKit): Promise<void> {
  const { admin } = kit;
  for (const code of ['web', 'shop']) {
    const r = await admin.post('/V1/inventory/sources', {
      source: { source_code: code, name: code, postcode: '1', country_id: 'US' },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }
  await admin.post('/V1/inventory/stocks', {
    stock: { name: 'Shops', extension_attributes: { sales_channels: [{ type: 'website', code: 'second' }] } },
  });
  await admin.post('/V1/inventory/stock-source-links', {
    links: [
      { stock_id: 2, source_code: 'web', priority: 1 },
      { stock_id: 2, source_code: 'shop', priority: 2 },
    ],
  });
}
