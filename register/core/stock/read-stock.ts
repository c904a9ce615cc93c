import { z } from 'zod';
import type { MagentoClient } from '../magento-client.ts';
import type { StockLevels } from './stock-cache.ts';

/**
 * One live stock reading for the shop: the salable quantity of its stock
 * (`GET /V1/inventory/get-product-salable-quantity/:sku/:stockId`) and its own source's quantity
 * (`GET /V1/inventory/source-items` filtered on SKU and source). Under MSI the two differ: a
 * stock may have several sources, and open orders reserve salable units not yet shipped.
 * @see magento-rest.md §7
 */
const SourceItem = z.looseObject({ sku: z.string(), source_code: z.string(), quantity: z.coerce.number() });

export function stockReader(client: MagentoClient, stockId: number, sourceCode: string) {
  return async (sku: string): Promise<StockLevels> => {
    const [salable, items] = await Promise.all([
      client.get<unknown>(`/V1/inventory/get-product-salable-quantity/${encodeURIComponent(sku)}/${stockId}`),
      client.searchAll('/V1/inventory/source-items', {
        filterGroups: [[{ field: 'sku', value: sku }], [{ field: 'source_code', value: sourceCode }]],
      }),
    ]);
    const own = z
      .array(SourceItem)
      .parse(items)
      .find((i) => i.source_code === sourceCode && i.sku === sku);
    return { qty: z.coerce.number().parse(salable), sourceQty: own?.quantity ?? 0 };
  };
}
