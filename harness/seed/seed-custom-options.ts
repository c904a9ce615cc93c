import type { ProductDef } from '../../contracts/scenario.ts';
import type { TargetOption } from './product-body.ts';
import { seeding } from './rest-errors.ts';
import type { SeedContext } from './seed-context.ts';

/**
 * A product's custom options, one by one through `POST /V1/products/options` (a new option) and
 * `PUT /V1/products/options/:optionId` (one whose values differ), matched by title. Not sent inside
 * the product save: there an option without an id is a new one, so a second seeding would add
 * every option again.
 * @see magento-rest.md §5 (custom options)
 */
type OptionDef = NonNullable<ProductDef['custom_options']>[number];

export async function seedCustomOptions(
  ctx: SeedContext,
  sku: string,
  defs: OptionDef[],
  productExisted: boolean,
): Promise<void> {
  const path = `/V1/products/${encodeURIComponent(sku)}/options`;
  const have = productExisted
    ? await seeding(`options of "${sku}"`, () => ctx.client.get<TargetOption[]>(path))
    : [];
  for (const [i, def] of defs.entries()) {
    const want = optionBody(sku, def, i + 1);
    const found = have.find((o) => o.title === def.title);
    const changed = !!found && !sameOption(found, want);
    if (!found || changed) {
      await seeding(`option "${def.title}" of "${sku}"`, () =>
        found
          ? ctx.client.put(
              `/V1/products/options/${found.option_id}`,
              { option: { ...want, option_id: found.option_id } },
              'all',
            )
          : ctx.client.post('/V1/products/options', { option: want }, 'all'),
      );
    }
    const name = `${sku} / ${def.title}`;
    ctx.log.outcome(
      { kind: 'custom-option', name, scenarioName: def.title, id: found?.option_id ?? name },
      !!found,
      changed,
    );
  }
}

function optionBody(sku: string, def: OptionDef, sortOrder: number): Record<string, unknown> {
  const base = {
    product_sku: sku,
    title: def.title,
    type: def.type,
    sort_order: sortOrder,
    is_require: def.is_require,
    ...(def.sku === undefined ? {} : { sku: def.sku }),
  };
  if (def.values) {
    return {
      ...base,
      values: def.values.map((v, j) => ({
        title: v.title,
        price: v.price,
        price_type: v.price_type,
        sort_order: j + 1,
        ...(v.sku === undefined ? {} : { sku: v.sku }),
      })),
    };
  }
  return { ...base, price: def.price ?? 0, price_type: def.price_type ?? 'fixed' };
}

function sameOption(have: TargetOption, want: Record<string, unknown>): boolean {
  if (have.type !== want['type'] || Boolean(have.is_require) !== want['is_require']) return false;
  if ((have.sku ?? undefined) !== want['sku']) return false;
  const values = want['values'] as Array<{ title: string; price: number; price_type: string }> | undefined;
  if (!values)
    return Number(have.price ?? 0) === want['price'] && (have.price_type ?? 'fixed') === want['price_type'];
  const got = have.values ?? [];
  return (
    got.length === values.length &&
    values.every((v) =>
      got.some((g) => g.title === v.title && Number(g.price) === v.price && g.price_type === v.price_type),
    )
  );
}
