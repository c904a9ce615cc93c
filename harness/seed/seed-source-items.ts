import { seeding } from './rest-errors.ts';
import { chunks, type SeedContext } from './seed-context.ts';
import type { ProductIndex } from './seed-products.ts';
import type { SourceCodes } from './seed-sources.ts';

/**
 * Quantities per source (`POST /V1/inventory/source-items`, in batches) for every product and
 * configurable child the run seeded. Seeding sets the scenario's starting quantities: a second
 * seeding puts back what a previous run sold (checks compare against a baseline taken after
 * seeding, see external-state.ts), and writes nothing when the quantities are already there.
 * @see magento-rest.md §7
 */
interface SourceItem {
  sku: string;
  source_code: string;
  quantity: number;
  status: number;
}

export async function seedSourceItems(
  ctx: SeedContext,
  sources: SourceCodes,
  index: ProductIndex,
): Promise<void> {
  const wanted: SourceItem[] = [];
  const add = (scenarioSku: string, stock: Record<string, number> | undefined) => {
    const sku = ctx.ns.sku(scenarioSku);
    if (!index.has(sku.toLowerCase())) return;
    for (const [code, quantity] of Object.entries(stock ?? {})) {
      const source = sources.get(code);
      if (source) wanted.push({ sku, source_code: source, quantity, status: quantity > 0 ? 1 : 0 });
    }
  };
  for (const p of ctx.sc.products) {
    add(p.sku, p.stock);
    for (const c of p.configurable?.children ?? []) add(c.sku, c.stock);
  }
  if (wanted.length === 0) return;
  const have = await readSourceItems(ctx, [...new Set(wanted.map((w) => w.sku))]);
  const key = (i: { sku: string; source_code: string }) => `${i.sku.toLowerCase()}|${i.source_code}`;
  const changed = wanted.filter((w) => {
    const h = have.get(key(w));
    return !h || Number(h.quantity) !== w.quantity || Number(h.status) !== w.status;
  });
  for (const part of chunks(changed, 100)) {
    await seeding(`source items (${part.length})`, () =>
      ctx.client.post('/V1/inventory/source-items', { sourceItems: part }),
    );
  }
  for (const w of wanted) {
    const name = `${w.sku} @ ${w.source_code}`;
    const scenarioName = `${ctx.ns.fromSku(w.sku) ?? w.sku} @ ${ctx.ns.fromSource(w.source_code) ?? w.source_code}`;
    ctx.log.outcome(
      { kind: 'source-item', name, scenarioName, id: w.quantity },
      have.has(key(w)),
      changed.includes(w),
    );
  }
}

/** The target's source items of `skus`, keyed `sku|source_code` (SKU lower-cased). */
export async function readSourceItems(
  ctx: Pick<SeedContext, 'client'>,
  skus: string[],
): Promise<Map<string, SourceItem>> {
  const out = new Map<string, SourceItem>();
  for (const part of chunks(skus, 50)) {
    const items = await seeding('source items', () =>
      ctx.client.searchAll<SourceItem>('/V1/inventory/source-items', [['sku', part.join(','), 'in']]),
    );
    for (const i of items) out.set(`${i.sku.toLowerCase()}|${i.source_code}`, i);
  }
  return out;
}
