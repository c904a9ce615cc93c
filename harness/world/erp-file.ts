import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { AdminClient } from '../magento/admin-client.ts';

/**
 * An ERP stock file for a scenario: the ERP agrees with Magento everywhere except the rows of a
 * shipped drift file (`sku,source_code,quantity`), which say what the ERP believes instead.
 */
export async function erpFileWithDrift(admin: AdminClient, driftFile: string, dir: string): Promise<string> {
  const items = await admin.searchAll<{ sku: string; source_code: string; quantity: number }>(
    '/V1/inventory/source-items',
  );
  const drift = parse(readFileSync(driftFile, 'utf8'), { columns: true }) as Array<{
    sku: string;
    source_code: string;
    quantity: string;
  }>;
  const key = (sku: string, source: string) => `${sku}\u0000${source}`;
  const rows = new Map(items.map((i) => [key(i.sku, i.source_code), { ...i, quantity: Number(i.quantity) }]));
  for (const d of drift)
    rows.set(key(d.sku, d.source_code), {
      sku: d.sku,
      source_code: d.source_code,
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
