import { z } from 'zod';
import type { AdminClient } from '../magento/admin-client.ts';
import type { FailureContext } from './magento-failure.ts';
import { readAllPages } from './magento-pages.ts';

/**
 * Magento's side of the comparison: every MSI source item (SKU, source, physical quantity), read
 * through `GET /V1/inventory/source-items`. The physical quantity, not the salable one: the ERP
 * counts what is on the shelf, and reservations of open orders are not stock that left.
 * @see /work/shared/docs/magento-rest.md §7 (MSI source items)
 */
export interface MagentoSourceItem {
  sku: string;
  source_code: string;
  quantity: number;
  status: number;
}

const SourceItem = z.object({
  sku: z.string(),
  source_code: z.string(),
  quantity: z.coerce.number(),
  status: z.coerce.number().int().default(1),
});

/** All source items, or those of `sources` only (`source_code in ...`). */
export function fetchSourceItems(
  client: AdminClient,
  ctx: Omit<FailureContext, 'reading'>,
  sources?: readonly string[],
): Promise<MagentoSourceItem[]> {
  const filters: Array<[string, string, string]> =
    sources && sources.length > 0 ? [['source_code', [...new Set(sources)].join(','), 'in']] : [];
  return readAllPages(client, '/V1/inventory/source-items', { filters, sort: ['sku', 'ASC'] }, SourceItem, {
    ...ctx,
    reading: 'source items',
  });
}
