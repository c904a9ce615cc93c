import type { ProductDef } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import type { TargetOption, TargetProduct } from './product-body.ts';
import { isNotFound } from './rest-errors.ts';
import type { VerifyContext } from './verify-seed.ts';

/**
 * Reads each seeded product back (plain ones through the product list, the others through
 * `GET /V1/products/:sku`: options and configurable parts) and compares it with the scenario: name,
 * price, type, status, visibility, websites, tax class (by name, the run's or the global one),
 * special price, custom options; for a configurable, its option values and children.
 */
export async function verifyProducts(v: VerifyContext, defs: readonly ProductDef[]): Promise<void> {
  const plain = defs.filter((d) => !d.configurable && !d.custom_options?.length);
  const listed = new Map<string, TargetProduct>();
  for (let i = 0; i < plain.length; i += 50) {
    const skus = plain.slice(i, i + 50).map((d) => v.ns.sku(d.sku));
    const found = await v.client.searchAll<TargetProduct>('/V1/products', [['sku', skus.join(','), 'in']]);
    for (const p of found) listed.set(p.sku.toLowerCase(), p);
  }
  for (const def of defs) await verifyProduct(v, def, listed.get(v.ns.sku(def.sku).toLowerCase()));
}

/** One product; a plain one may come from the product list (`prefetched`) instead of its own GET. */
async function verifyProduct(v: VerifyContext, def: ProductDef, prefetched?: TargetProduct): Promise<void> {
  const sites = v.websites(def.websites);
  if (sites.length === 0) return; // not seeded: its websites are missing preconditions
  if (def.configurable && v.isMissing(need.attribute(def.configurable.attribute_code))) return;
  const p = prefetched ?? (await read(v, def.sku));
  if (!p) return;
  const at = `product ${p.sku}`;
  v.expect(at, 'name', p.name, def.name);
  v.expect(
    at,
    'type_id',
    p.type_id,
    def.type_id === 'configurable' || def.configurable ? 'configurable' : def.type_id,
  );
  if (!def.configurable) v.expect(at, 'price', Number(p.price), def.price);
  v.expect(at, 'status', Number(p.status), def.status);
  v.expect(at, 'visibility', Number(p.visibility), def.visibility);
  v.expect(at, 'website_ids', sorted(p.extension_attributes?.website_ids ?? []), sorted(sites));
  await expectTaxClass(v, at, p, def.tax_class);
  if (def.special_price !== undefined)
    v.expect(at, 'special_price', Number(attr(p, 'special_price')), def.special_price);
  for (const o of def.custom_options ?? []) {
    const found = (p.options ?? []).find((x: TargetOption) => x.title === o.title);
    if (!found) v.problem(`${at}: custom option "${o.title}" is missing`);
    else {
      v.expect(`${at} option "${o.title}"`, 'type', found.type, o.type);
      if (!o.values) v.expect(`${at} option "${o.title}"`, 'price', Number(found.price ?? 0), o.price ?? 0);
    }
  }
  if (def.configurable) await verifyChildren(v, def, p);
}

async function verifyChildren(v: VerifyContext, def: ProductDef, parent: TargetProduct): Promise<void> {
  const conf = def.configurable;
  if (!conf) return;
  const base = `/V1/configurable-products/${encodeURIComponent(parent.sku)}`;
  const children = await v.client.get<Array<{ sku: string }>>(`${base}/children`);
  const want = conf.children.map((c) => v.ns.sku(c.sku).toUpperCase()).sort();
  v.expect(`configurable ${parent.sku}`, 'children', children.map((c) => c.sku.toUpperCase()).sort(), want);
  const options = await v.client.get<Array<{ label: string; values: unknown[] }>>(`${base}/options/all`);
  v.expect(
    `configurable ${parent.sku}`,
    'option labels',
    options.map((o) => o.label),
    [conf.label],
  );
  const labels = await v.client.get<Array<{ label: string; value: string }>>(
    `/V1/products/attributes/${encodeURIComponent(conf.attribute_code)}/options`,
  );
  for (const c of conf.children) {
    const child = await read(v, c.sku);
    if (!child) continue;
    const value = String(attr(child, conf.attribute_code) ?? '');
    const label = labels.find((l) => l.value === value)?.label.trim();
    v.expect(`product ${child.sku}`, conf.attribute_code, label, c.value);
    v.expect(`product ${child.sku}`, 'price', Number(child.price), c.price ?? def.price);
    v.expect(`product ${child.sku}`, 'visibility', Number(child.visibility), 1);
  }
}

async function read(v: VerifyContext, scenarioSku: string): Promise<TargetProduct | undefined> {
  const sku = v.ns.sku(scenarioSku);
  try {
    return await v.client.get<TargetProduct>(`/V1/products/${encodeURIComponent(sku)}`);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    v.problem(`product ${sku} does not exist`);
    return undefined;
  }
}

async function expectTaxClass(
  v: VerifyContext,
  at: string,
  p: TargetProduct,
  taxClass: string | number,
): Promise<void> {
  const id = Number(attr(p, 'tax_class_id') ?? 0);
  if (typeof taxClass === 'number' || taxClass === 'None') {
    v.expect(at, 'tax_class_id', id, typeof taxClass === 'number' ? taxClass : 0);
    return;
  }
  const name = (await v.taxClassName(id)) ?? `#${id}`;
  if (name !== taxClass && name !== v.ns.code(taxClass))
    v.problem(`${at}: tax class is "${name}", expected "${taxClass}" or "${v.ns.code(taxClass)}"`);
}

const attr = (p: TargetProduct, code: string) =>
  p.custom_attributes?.find((a) => a.attribute_code === code)?.value;
const sorted = (ids: number[]) => [...ids].map(Number).sort((a, b) => a - b);
