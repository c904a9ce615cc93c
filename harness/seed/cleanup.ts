import type { AdminClient } from '../magento/admin-client.ts';
import { cleanupInventory } from './cleanup-inventory.ts';
import type { Namespace } from './namespace.ts';
import type { Precondition } from './precondition.ts';
import { isNoRoute, messageOf } from './rest-errors.ts';

/**
 * Removes what a run seeded into a Magento it cannot reset, found by the namespace alone (no seed
 * report needed, so a later process or a person can clean up an interrupted run):
 * - deleted: cart rules (their coupons go with them), tax rules, then tax rates, customers, the
 *   run's stocks, the run's sources' links to the merchant's stocks, and the run's tax classes;
 * - disabled: products (orders keep pointing at them; a disabled product is sold nowhere) and
 *   sources (MSI has no route to delete a source; a disabled one counts in no stock);
 * - left, with the reason: what Magento refuses (a link of the Default Stock, a stock a website
 *   now sells from, a tax class still on a product).
 * Orders placed by the run stay: a store keeps its order history. Running it again changes nothing.
 */
export interface CleanupReport {
  namespace: string;
  deleted: string[];
  disabled: string[];
  left: Precondition[];
}

export async function cleanup(client: AdminClient, ns: Namespace): Promise<CleanupReport> {
  if (ns.isIdentity)
    throw new Error('cleanup needs a run namespace: the identity namespace would match every record');
  const report: CleanupReport = { namespace: ns.id, deleted: [], disabled: [], left: [] };
  const ours = (name: string) => ns.fromCode(name) !== undefined;
  await deleteAll(
    client,
    report,
    'cart rule',
    '/V1/salesRules/search',
    'name',
    ns.patterns.code,
    ours,
    (r) => [`/V1/salesRules/${r['rule_id']}`, String(r['name'])],
  );
  await deleteAll(client, report, 'tax rule', '/V1/taxRules/search', 'code', ns.patterns.code, ours, (r) => [
    `/V1/taxRules/${r['id']}`,
    String(r['code']),
  ]);
  await deleteAll(client, report, 'tax rate', '/V1/taxRates/search', 'code', ns.patterns.code, ours, (r) => [
    `/V1/taxRates/${r['id']}`,
    String(r['code']),
  ]);
  const ourEmail = (e: string) => ns.fromEmail(e) !== undefined;
  await deleteAll(
    client,
    report,
    'customer',
    '/V1/customers/search',
    'email',
    ns.patterns.email,
    ourEmail,
    (r) => [`/V1/customers/${r['id']}`, String(r['email'])],
  );
  await disableProducts(client, ns, report);
  await cleanupInventory(client, ns, report);
  await deleteAll(
    client,
    report,
    'tax class',
    '/V1/taxClasses/search',
    'class_name',
    ns.patterns.code,
    ours,
    (r) => [`/V1/taxClasses/${r['class_id']}`, String(r['class_name'])],
  );
  return report;
}

type Row = Record<string, unknown>;

async function deleteAll(
  client: AdminClient,
  report: CleanupReport,
  kind: string,
  searchPath: string,
  field: string,
  pattern: string,
  ours: (value: string) => boolean,
  target: (row: Row) => [path: string, name: string],
): Promise<void> {
  let rows: Row[];
  try {
    rows = await client.searchAll<Row>(searchPath, [[field, pattern, 'like']]);
  } catch (err) {
    if (isNoRoute(err)) return; // the target has no such records at all (e.g. no sales rules module)
    throw err;
  }
  for (const row of rows.filter((r) => ours(String(r[field])))) {
    const [path, name] = target(row);
    try {
      await client.call('DELETE', path);
      report.deleted.push(`${kind} ${name}`);
    } catch (err) {
      report.left.push({ what: `${kind} ${name}`, why: messageOf(err) });
    }
  }
}

/**
 * Disables the run's products; those on one of the run's tax classes move to "None" (0) as well, so
 * the class can be deleted (Magento refuses to delete a class a product uses).
 */
async function disableProducts(client: AdminClient, ns: Namespace, report: CleanupReport): Promise<void> {
  const classes = await client.searchAll<{ class_id: number; class_name: string }>('/V1/taxClasses/search', [
    ['class_name', ns.patterns.code, 'like'],
  ]);
  const runClasses = new Set(
    classes.filter((c) => ns.fromCode(c.class_name) !== undefined).map((c) => String(c.class_id)),
  );
  const products = await client.searchAll<Product>('/V1/products', [['sku', ns.patterns.sku, 'like']]);
  for (const p of products.filter((x) => ns.fromSku(x.sku) !== undefined)) {
    const taxClass = String(
      p.custom_attributes?.find((a) => a.attribute_code === 'tax_class_id')?.value ?? '',
    );
    const freeClass = runClasses.has(taxClass);
    if (Number(p.status) === 2 && !freeClass) continue;
    const product = {
      sku: p.sku,
      status: 2,
      ...(freeClass ? { custom_attributes: [{ attribute_code: 'tax_class_id', value: '0' }] } : {}),
    };
    try {
      await client.put(`/V1/products/${encodeURIComponent(p.sku)}`, { product }, 'all');
      if (Number(p.status) !== 2) report.disabled.push(`product ${p.sku}`);
    } catch (err) {
      report.left.push({ what: `product ${p.sku}`, why: messageOf(err) });
    }
  }
}

interface Product {
  sku: string;
  status: number;
  custom_attributes?: Array<{ attribute_code: string; value: unknown }>;
}
