import type { ProductDef } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import { productBody } from './product-body.ts';
import { isNotFound, seeding } from './rest-errors.ts';
import type { SeedContext } from './seed-context.ts';
import { seedCustomOptions } from './seed-custom-options.ts';
import { type ProductIndex, placement, saveProduct } from './seed-products.ts';

/**
 * A configurable product the way an integrator builds one over REST: the children as simple
 * products (not visible individually) carrying their super attribute value, the parent, its
 * configurable option (`POST /V1/configurable-products/:sku/options`), then each child link
 * (`POST /V1/configurable-products/:sku/child`). The super attribute and its values are global
 * catalog configuration the harness does not change on a live store: an attribute or a value the
 * target lacks is a missing precondition, and the whole configurable is left out.
 * @see magento-rest.md §5 (configurable routes)
 */
interface ConfigurableOption {
  id: number;
  attribute_id: string | number;
  label?: string;
  values: Array<{ value_index: number }>;
}

export async function seedConfigurable(
  ctx: SeedContext,
  def: ProductDef,
  index: ProductIndex,
): Promise<void> {
  const conf = def.configurable;
  const where = placement(ctx, def);
  if (!conf || !where) return;
  const attr = await superAttribute(
    ctx,
    conf.attribute_code,
    conf.children.map((c) => c.value),
  );
  if (!attr) return;
  const childSkus: string[] = [];
  for (const child of conf.children) {
    const childDef: ProductDef = {
      ...def,
      sku: child.sku,
      name: child.name ?? `${def.name}-${child.value}`,
      price: child.price ?? def.price,
      type_id: 'simple',
      visibility: 1,
      special_price: undefined,
      custom_options: undefined,
      configurable: undefined,
    };
    const value = [{ attribute_code: conf.attribute_code, value: String(attr.values.get(child.value)) }];
    const body = productBody(childDef, ctx.ns, where.taxClass, where.websites, value);
    await saveProduct(ctx, body, child.sku, index);
    childSkus.push(body.sku);
  }
  const parent = productBody({ ...def, type_id: 'configurable' }, ctx.ns, where.taxClass, where.websites);
  const existed = index.has(parent.sku.toLowerCase());
  await saveProduct(ctx, parent, def.sku, index);
  if (def.custom_options?.length) await seedCustomOptions(ctx, parent.sku, def.custom_options, existed);
  const valueIds = [...new Set(conf.children.map((c) => Number(attr.values.get(c.value))))];
  await seedOption(ctx, parent.sku, def.sku, attr.id, conf.label, valueIds, existed);
  await seedChildLinks(ctx, parent.sku, childSkus, existed);
}

/** The attribute's id and the option ids of `labels`; undefined (reported) when any is missing. */
async function superAttribute(ctx: SeedContext, code: string, labels: string[]) {
  const path = `/V1/products/attributes/${encodeURIComponent(code)}`;
  try {
    const attr = await ctx.client.get<{ attribute_id: number }>(path);
    const options = await ctx.client.get<Array<{ label: string; value: string }>>(`${path}/options`);
    const values = new Map<string, string>();
    for (const l of labels) {
      const found = options.find((o) => o.value !== '' && o.label.trim().toLowerCase() === l.toLowerCase());
      if (found) values.set(l, found.value);
    }
    const absent = labels.filter((l) => !values.has(l));
    if (absent.length === 0) return { id: attr.attribute_id, values };
    ctx.log.missing(
      need.attribute(code),
      `product attribute "${code}" has no option ${absent.map((a) => `"${a}"`).join(', ')}: add them in the admin (Stores > Attributes > Product)`,
    );
  } catch (err) {
    if (!isNotFound(err)) throw err;
    ctx.log.missing(
      need.attribute(code),
      `product attribute "${code}" does not exist on the target: create it as a dropdown in the Default attribute set`,
    );
  }
  return undefined;
}

async function seedOption(
  ctx: SeedContext,
  sku: string,
  scenarioSku: string,
  attributeId: number,
  label: string,
  valueIds: number[],
  existed: boolean,
): Promise<void> {
  const base = `/V1/configurable-products/${encodeURIComponent(sku)}/options`;
  const have = existed
    ? await seeding(`options of "${sku}"`, () => ctx.client.get<ConfigurableOption[]>(`${base}/all`))
    : [];
  const found = have.find((o) => String(o.attribute_id) === String(attributeId));
  const values = valueIds.map((v) => ({ value_index: v }));
  const sameValues = (o: ConfigurableOption) =>
    o.values
      .map((v) => Number(v.value_index))
      .sort()
      .join(',') === [...valueIds].sort().join(',');
  const changed = !!found && !sameValues(found);
  let id = found?.id;
  if (!found || changed) {
    const option = { attribute_id: String(attributeId), label, position: 0, is_use_default: true, values };
    id = await seeding(`configurable option of "${sku}"`, () =>
      found
        ? ctx.client.put<number>(`${base}/${found.id}`, { option: { ...option, id: found.id } })
        : ctx.client.post<number>(base, { option }),
    );
  }
  ctx.log.outcome(
    { kind: 'configurable-option', name: `${sku} / ${label}`, scenarioName: scenarioSku, id: Number(id) },
    !!found,
    changed,
  );
}

async function seedChildLinks(
  ctx: SeedContext,
  sku: string,
  childSkus: string[],
  existed: boolean,
): Promise<void> {
  const base = `/V1/configurable-products/${encodeURIComponent(sku)}`;
  const linked = existed
    ? (
        await seeding(`children of "${sku}"`, () =>
          ctx.client.get<Array<{ sku: string }>>(`${base}/children`),
        )
      ).map((c) => c.sku.toLowerCase())
    : [];
  for (const child of childSkus) {
    const have = linked.includes(child.toLowerCase());
    if (!have)
      await seeding(`link of "${child}" to "${sku}"`, () =>
        ctx.client.post(`${base}/child`, { childSku: child }),
      );
    const thing = {
      kind: 'configurable-child' as const,
      name: `${sku} <- ${child}`,
      scenarioName: ctx.ns.fromSku(child) ?? child,
    };
    ctx.log.outcome(thing, have, false);
  }
}
