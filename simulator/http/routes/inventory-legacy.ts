import type { RequestContext } from '../../context.ts';
import { updateStockItemBySku } from '../../modules/inventory/legacy/stock-item-update.ts';
import {
  getLowStockItems,
  getStockItemBySku,
  getStockStatusBySku,
} from '../../modules/inventory/legacy/stock-registry.ts';
import { argument } from '../../modules/inventory/msi/coerce.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';

/**
 * CatalogInventory/etc/webapi.xml: the legacy single-stock API, kept in step with the `default`
 * source by MSI.
 */
const resource = 'Magento_Catalog::catalog_inventory';
const sku = (ctx: RequestContext): string =>
  argument('productSku', ctx.params['productSku'], 'string') as string;
const optionalInt = (name: string, v: unknown, fallback: number): number =>
  v === undefined || v === '' ? fallback : (argument(name, v, 'int') as number);

export const inventoryLegacyRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/stockItems/lowStock/', resource }, (ctx) => {
    argument('scopeId', ctx.query['scopeId'], 'int');
    const qty = argument('qty', ctx.query['qty'], 'float') as number;
    const page = optionalInt('currentPage', ctx.query['currentPage'], 1);
    return getLowStockItems(ctx, qty, page, optionalInt('pageSize', ctx.query['pageSize'], 0));
  }),
  route({ method: 'GET', path: '/V1/stockItems/:productSku', resource }, (ctx) =>
    getStockItemBySku(ctx, sku(ctx)),
  ),
  withBody(
    { method: 'PUT', path: '/V1/products/:productSku/stockItems/:itemId', resource },
    m.object({ stockItem: m.object({}) }),
    (ctx, body) => updateStockItemBySku(ctx, sku(ctx), body.stockItem),
  ),
  route({ method: 'GET', path: '/V1/stockStatuses/:productSku', resource }, (ctx) =>
    getStockStatusBySku(ctx, sku(ctx)),
  ),
];
