import type { Scenario } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import type { VerifyContext } from './verify-seed.ts';

/**
 * Reads the run's inventory back: each source (`GET /V1/inventory/sources/:code`), each scenario
 * stock the report says is in place (its sources linked, its websites selling from it through
 * `GET /V1/inventory/stock-resolver/website/:code`), and every quantity per source.
 */
export async function verifyInventory(v: VerifyContext, sc: Scenario): Promise<void> {
  for (const def of sc.sources) {
    if (def.source_code === 'default') continue;
    const code = v.ns.source(def.source_code);
    const s = await v.client.get<Record<string, unknown>>(
      `/V1/inventory/sources/${encodeURIComponent(code)}`,
    );
    const at = `source ${code}`;
    v.expect(at, 'name', s['name'], def.name);
    v.expect(at, 'enabled', Boolean(s['enabled']), def.enabled);
    v.expect(at, 'postcode', s['postcode'], def.postcode);
    v.expect(at, 'country_id', s['country_id'], def.country_id);
    const ext = (s['extension_attributes'] ?? {}) as Record<string, unknown>;
    v.expect(at, 'pickup location', Boolean(ext['is_pickup_location_active']), def.pickup_location);
  }
  const links = await v.client.searchAll<{ stock_id: number; source_code: string; priority: number }>(
    '/V1/inventory/stock-source-links',
  );
  for (const st of sc.stocks) {
    const stockId = v.report.stocks[st.name];
    if (stockId === undefined) continue; // a missing precondition, reported by the seeder
    for (const l of st.sources) {
      const code = v.ns.source(l.source_code);
      if (!links.some((x) => x.stock_id === stockId && x.source_code === code)) {
        v.problem(`stock ${stockId} ("${st.name}"): source ${code} is not linked`);
      }
    }
    for (const w of st.sales_channels) {
      const seller = await v.client.get<{ stock_id: number }>(
        `/V1/inventory/stock-resolver/website/${encodeURIComponent(w)}`,
      );
      v.expect(`website ${w}`, 'stock', seller.stock_id, stockId);
    }
  }
  await verifyQuantities(v, sc);
}

async function verifyQuantities(v: VerifyContext, sc: Scenario): Promise<void> {
  const wanted: Array<[sku: string, source: string, qty: number]> = [];
  for (const p of sc.products) {
    if (v.websites(p.websites).length === 0) continue;
    if (p.configurable && v.isMissing(need.attribute(p.configurable.attribute_code))) continue;
    for (const [code, q] of Object.entries(p.stock ?? {})) wanted.push([p.sku, code, q]);
    for (const c of p.configurable?.children ?? []) {
      for (const [code, q] of Object.entries(c.stock ?? {})) wanted.push([c.sku, code, q]);
    }
  }
  if (wanted.length === 0) return;
  const items = await v.client.searchAll<{
    sku: string;
    source_code: string;
    quantity: number;
    status: number;
  }>('/V1/inventory/source-items', [['sku', `${v.ns.sku('')}%`, 'like']]);
  for (const [sku, source, qty] of wanted) {
    const target = v.ns.sku(sku);
    const code = v.ns.source(source);
    const item = items.find((i) => i.sku.toLowerCase() === target.toLowerCase() && i.source_code === code);
    if (!item) v.problem(`source item ${target} @ ${code} does not exist`);
    else {
      v.expect(`source item ${target} @ ${code}`, 'quantity', Number(item.quantity), qty);
      v.expect(`source item ${target} @ ${code}`, 'status', Number(item.status), qty > 0 ? 1 : 0);
    }
  }
}
