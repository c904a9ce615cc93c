import type { RequestContext } from '../../context.ts';
import { InputError } from '../../errors.ts';
import { argument, asString } from '../../modules/inventory/msi/coerce.ts';
import { areProductsSalable, isProductSalable } from '../../modules/inventory/sales/is-salable.ts';
import { isSalableForRequestedQty } from '../../modules/inventory/sales/requested-qty.ts';
import { getProductSalableQty } from '../../modules/inventory/sales/salable-qty.ts';
import { resolveStock } from '../../modules/inventory/sales/stock-resolver.ts';
import { type Route, route } from '../route.ts';

/**
 * InventorySalesApi/etc/webapi.xml: salable quantity and salability checks per stock, and the
 * stock serving a sales channel. All under `Magento_InventorySalesApi::stock`.
 */
const resource = 'Magento_InventorySalesApi::stock';
const sku = (ctx: RequestContext): string => argument('sku', ctx.params['sku'], 'string') as string;
const stockId = (v: unknown): number => argument('stockId', v, 'int') as number;
const list = (name: string, v: unknown): unknown[] => {
  if (v === undefined || v === null || v === '') throw InputError.required(name);
  return Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v) : [v];
};

function skuRequests(ctx: RequestContext): Array<{ sku: string; qty: number }> {
  return list('skuRequests', ctx.query['skuRequests']).map((r) => {
    const o = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    return { sku: asString('sku', o['sku']) ?? '', qty: argument('qty', o['qty'], 'float') as number };
  });
}

export const inventorySalesRoutes: Route[] = [
  route(
    { method: 'GET', path: '/V1/inventory/get-product-salable-quantity/:sku/:stockId', resource },
    (ctx) => getProductSalableQty(ctx, sku(ctx), stockId(ctx.params['stockId'])),
  ),
  route({ method: 'GET', path: '/V1/inventory/is-product-salable/:sku/:stockId', resource }, (ctx) =>
    isProductSalable(ctx, sku(ctx), stockId(ctx.params['stockId'])),
  ),
  route({ method: 'GET', path: '/V1/inventory/are-products-salable', resource }, (ctx) =>
    areProductsSalable(ctx, list('skus', ctx.query['skus']).map(String), stockId(ctx.query['stockId'])),
  ),
  route(
    {
      method: 'GET',
      path: '/V1/inventory/is-product-salable-for-requested-qty/:sku/:stockId/:requestedQty',
      resource,
    },
    (ctx) =>
      isSalableForRequestedQty(
        ctx,
        sku(ctx),
        stockId(ctx.params['stockId']),
        argument('requestedQty', ctx.params['requestedQty'], 'float') as number,
      ),
  ),
  route({ method: 'GET', path: '/V1/inventory/are-product-salable-for-requested-qty/', resource }, (ctx) => {
    const id = stockId(ctx.query['stockId']);
    return skuRequests(ctx).map((r) => ({
      sku: r.sku,
      stock_id: id,
      ...isSalableForRequestedQty(ctx, r.sku, id, r.qty, 'place-order'),
    }));
  }),
  route({ method: 'GET', path: '/V1/inventory/stock-resolver/:type/:code', resource }, (ctx) =>
    resolveStock(ctx, ctx.params['type'] ?? '', ctx.params['code'] ?? ''),
  ),
];
