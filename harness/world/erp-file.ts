import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { AdminClient } from '../magento/admin-client.ts';
import { Namespace } from '../seed/index.ts';

/**
 * An ERP stock file for a scenario: the ERP agrees with Magento everywhere except the rows of a
 * shipped drift file (`sku,source_code,quantity`, the scenario's names), which say what the ERP
 * believes instead. Under a namespace the ERP knows only the run's sources (a real store has more).
 */
export async function erpFileWithDrift(
  admin: AdminClient,
  driftFile: string,
  dir: string,
  ns: Namespace = Namespace.identity(),
): Promise<string> {
  const filter: Array<[string, string, string]> = ns.isIdentity
    ? []
    : [['source_code', ns.patterns.source, 'like']];
  const items = (
    await admin.searchAll<{ sku: string; source_code: string; quantity: number }>(
      '/V1/inventory/source-items',
      filter,
    )
  ).filter(
    (i) => ns.isIdentity || (i.source_code !== 'default' && ns.fromSource(i.source_code) !== undefined),
  );
  const drift = parse(readFileSync(driftFile, 'utf8'), { columns: true }) as Array<{
    sku: string;
    source_code: string;
    quantity: string;
  }>;
  const key = (sku: string, source: string) => `${sku}\u0000${source}`;
  const rows = new Map(items.map((i) => [key(i.sku, i.source_code), { ...i, quantity: Number(i.quantity) }]));
  for (const d of drift)
    rows.set(key(ns.sku(d.sku), ns.source(d.source_code)), {
      sku: ns.sku(d.sku),
      source_code: ns.source(d.source_code),
      quantity: Number(d.quantity),
    });
  const file = join(dir, 'erp-stock.csv');
  writeFileSync(
    file,
    stringify(
      [...rows.values()].map((r) => [r.sku, r.source_code, r.quantity]),
      { header: true, columns: ['sku', 'source_code', 'quantity'] },
    ),
  );
  return file;
}
