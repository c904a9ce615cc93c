import type { Scenario, SourceDef } from '../../../contracts/scenario.ts';
import type { Services } from '../../context.ts';
import type { Website } from '../store/types.ts';
import { saveLinks } from './msi/links.ts';
import { assignWebsiteToDefaultStock, stockIdOfWebsite } from './msi/sales-channels.ts';
import { saveSourceItems } from './msi/source-items.ts';
import { saveSource } from './msi/sources.ts';
import { saveStock } from './msi/stocks.ts';
import { PRODUCTS, productBySku } from './products.ts';
import type { ProductRef } from './types.ts';

/**
 * Seeds a scenario's inventory through the same services the REST routes use: sources (with the
 * in-store pickup flag), stocks with their websites and source links, and source items from each
 * product's `stock` (and its configurable children's). A product without `stock` gets no source
 * item. Runs after websites and products exist; websites no stock sells to join the Default Stock,
 * as Magento's AssignWebsiteToDefaultStockPlugin does when a website is created.
 */
export function applyInventoryScenario(s: Services, sc: Scenario): void {
  for (const w of s.store.all<Website>('websites')) {
    if (w.id !== 0 && stockIdOfWebsite(s, w.code) === undefined) assignWebsiteToDefaultStock(s, w.code);
  }
  for (const src of sc.sources) saveSource(s, sourceInput(src));
  for (const st of sc.stocks) {
    const channels = st.sales_channels.map((code) => ({ type: 'website', code }));
    const stockId = saveStock(s, { name: st.name, extension_attributes: { sales_channels: channels } });
    saveLinks(
      s,
      st.sources.map((l) => ({ stock_id: stockId, source_code: l.source_code, priority: l.priority })),
    );
  }
  const items: Record<string, unknown>[] = [];
  const add = (sku: string, stock: Record<string, number> | undefined) => {
    for (const [code, qty] of Object.entries(stock ?? {})) {
      items.push({ sku, source_code: code, quantity: qty, status: qty > 0 ? 1 : 0 });
    }
  };
  for (const p of sc.products) {
    add(p.sku, p.stock);
    for (const child of p.configurable?.children ?? []) add(child.sku, child.stock);
  }
  items.push(...bulkItems(s, sc));
  if (items.length > 0) saveSourceItems(s, items);
}

function sourceInput(src: SourceDef): Record<string, unknown> {
  const { pickup_location, ...fields } = src;
  return {
    ...fields,
    extension_attributes: {
      is_pickup_location_active: pickup_location,
      frontend_name: src.name,
      frontend_description: src.description ?? '',
    },
  };
}

/**
 * Bulk products the catalog created without a `stock` entry in `sc.products` (an unexpanded bulk
 * section) get a deterministic quantity, drawn from the bulk seed, at `bulk.source_code`.
 */
function bulkItems(s: Services, sc: Scenario): Record<string, unknown>[] {
  const bulk = sc.bulk;
  if (!bulk || bulk.products === 0) return [];
  const listed = new Set(sc.products.map((p) => p.sku));
  let seed = bulk.seed >>> 0 || 1;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % 101;
  };
  return s.store
    .all<ProductRef>(PRODUCTS)
    .filter((p) => /^BULK-\d+$/.test(p.sku) && !listed.has(p.sku) && productBySku(s, p.sku))
    .sort((a, b) => a.sku.localeCompare(b.sku))
    .map((p) => {
      const quantity = next();
      return { sku: p.sku, source_code: bulk.source_code, quantity, status: quantity > 0 ? 1 : 0 };
    });
}
