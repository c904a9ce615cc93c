import { z } from 'zod';
import { isClientError } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import type { StockConflict } from '../offline/conflicts.ts';

/**
 * What the cashier reads when a sale wants more than the shop has. When the stock's salable
 * quantity is what falls short, Magento would refuse the cart line, so its own words lead: the
 * last error of its requested-qty check (for a quantity beyond what is salable, the message the
 * cart refuses with, which 2.4.8 changed: `The requested qty is not available` → `Not enough
 * items for sale`, LYNX-530; for a product out of stock everywhere, `There are no source items
 * with the in stock status`); the register adds its numbers. When only the shop's own source is short (another source of the stock could
 * sell), or Magento cannot be asked, the words are the register's.
 * @see Magento\InventorySalesApi\Api\IsProductSalableForRequestedQtyInterface; magento-rest.md §6, §7
 */
const SalableResult = z.looseObject({
  salable: z.boolean(),
  errors: z.array(z.looseObject({ message: z.string() })).default([]),
});

export async function stockRefusal(
  client: MagentoClient,
  stockId: number,
  c: StockConflict,
): Promise<string> {
  const own = `Not enough ${c.sku} in this shop: ${c.wanted} wanted, ${c.available} available.`;
  if (c.salable >= c.wanted) return own;
  try {
    const path = `/V1/inventory/is-product-salable-for-requested-qty/${encodeURIComponent(c.sku)}/${stockId}/${c.wanted}`;
    const result = SalableResult.parse(await client.get(path));
    const words = result.salable ? undefined : result.errors.at(-1)?.message;
    return words ? `${words} (${c.sku}: ${c.wanted} wanted, ${c.available} available in this shop)` : own;
  } catch (e) {
    if (!isClientError(e) && !(e instanceof z.ZodError)) throw e;
    return own;
  }
}
