import type { ProductDef } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import { type ProductBody, productBody, sameProduct, type TargetProduct } from './product-body.ts';
import { seeding } from './rest-errors.ts';
import { chunks, type SeedContext, websiteIdsOf } from './seed-context.ts';
import { seedCustomOptions } from './seed-custom-options.ts';

/**
 * Simple and virtual products (`POST /rest/all/V1/products`, an upsert by SKU) with their custom
 * options; configurables are built from the same pieces in seed-configurable.ts. What the target
 * already holds with the scenario's values is not saved again (a second seeding of 200 bulk products
 * is 4 reads). A product none of whose websites exist on the target is not seeded: it could be sold
 * nowhere, and the missing websites are reported already.
 */
export type ProductIndex = Map<string, TargetProduct>;

/** The target's products among `skus` (already namespaced), keyed by lower-case SKU. */
export async function readProducts(ctx: SeedContext, skus: string[]): Promise<ProductIndex> {
  const index: ProductIndex = new Map();
  for (const part of chunks(skus, 50)) {
    const found = await seeding('products', () =>
      ctx.client.searchAll<TargetProduct>('/V1/products', [['sku', part.join(','), 'in']]),
    );
    for (const p of found) index.set(p.sku.toLowerCase(), p);
  }
  return index;
}

/** Saves one product unless the target already holds it; answers the product's id. */
export async function saveProduct(
  ctx: SeedContext,
  body: ProductBody,
  scenarioSku: string,
  index: ProductIndex,
): Promise<TargetProduct> {
  const have = index.get(body.sku.toLowerCase());
  const changed = !!have && !sameProduct(have, body);
  const saved =
    have && !changed
      ? have
      : await seeding(`product "${body.sku}"`, () =>
          ctx.client.post<TargetProduct>('/V1/products', { product: body, saveOptions: true }, 'all'),
        );
  index.set(body.sku.toLowerCase(), saved);
  ctx.log.outcome(
    { kind: 'product', name: body.sku, scenarioName: scenarioSku, id: saved.id },
    !!have,
    changed,
  );
  return saved;
}

/** The product's websites and tax class on the target, or undefined (reported) when it cannot be sold. */
export function placement(
  ctx: SeedContext,
  def: ProductDef,
): { websites: number[]; taxClass: number } | undefined {
  const websites = websiteIdsOf(ctx, def.websites);
  if (websites.length === 0) {
    ctx.log.note(`product "${def.sku}" was not seeded: none of its websites exists on the target`);
    return undefined;
  }
  const taxClass = ctx.taxClasses.product(def.tax_class);
  if (taxClass === undefined) {
    ctx.log.missing(
      need.taxClass(String(def.tax_class)),
      `product tax class "${def.tax_class}" could not be resolved`,
    );
    return undefined;
  }
  return { websites, taxClass };
}

export async function seedSimpleProduct(
  ctx: SeedContext,
  def: ProductDef,
  index: ProductIndex,
): Promise<void> {
  const where = placement(ctx, def);
  if (!where) return;
  const body = productBody(def, ctx.ns, where.taxClass, where.websites);
  const had = index.has(body.sku.toLowerCase());
  await saveProduct(ctx, body, def.sku, index);
  if (def.custom_options?.length) await seedCustomOptions(ctx, body.sku, def.custom_options, had);
}

/** Every SKU a product list seeds (configurable children included), namespaced. */
export function seededSkus(ctx: SeedContext, defs: readonly ProductDef[]): string[] {
  return defs
    .flatMap((d) => [d.sku, ...(d.configurable?.children ?? []).map((c) => c.sku)])
    .map((s) => ctx.ns.sku(s));
}
