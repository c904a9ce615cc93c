import type { RequestContext } from '../../context.ts';
import { InputError } from '../../errors.ts';
import { argument, asList } from '../../modules/inventory/msi/coerce.ts';
import { deleteLinks, listLinks, saveLinks, sourcesForStock } from '../../modules/inventory/msi/links.ts';
import {
  deleteSourceItems,
  listSourceItems,
  saveSourceItems,
} from '../../modules/inventory/msi/source-items.ts';
import { getSource, listSources, saveSource } from '../../modules/inventory/msi/sources.ts';
import { deleteStock, getStock, listStocks, saveStock } from '../../modules/inventory/msi/stocks.ts';
import { type Route, route } from '../route.ts';

/**
 * InventoryApi/etc/webapi.xml: sources, stocks, stock-source links and source items. Saves answer
 * `[]` (void), stock saves the stock id, stock delete `true`.
 */
const API = 'Magento_InventoryApi::';
const dto = (ctx: RequestContext, key: string): Record<string, unknown> => {
  const v = ctx.body[key];
  if (v === undefined || v === null) throw InputError.required(key);
  return (typeof v === 'object' ? v : {}) as Record<string, unknown>;
};
const stockIdParam = (ctx: RequestContext): number =>
  argument('stockId', ctx.params['stockId'], 'int') as number;

export const inventoryMsiRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/inventory/sources', resource: `${API}source` }, (ctx) =>
    listSources(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/inventory/sources/:sourceCode', resource: `${API}source` }, (ctx) =>
    getSource(ctx, ctx.params['sourceCode'] ?? ''),
  ),
  route({ method: 'POST', path: '/V1/inventory/sources', resource: `${API}source_edit` }, (ctx) =>
    saveSource(ctx, dto(ctx, 'source')),
  ),
  route({ method: 'PUT', path: '/V1/inventory/sources/:sourceCode', resource: `${API}source_edit` }, (ctx) =>
    saveSource(ctx, dto(ctx, 'source'), ctx.params['sourceCode']),
  ),
  route(
    {
      method: 'GET',
      path: '/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/:stockId',
      resource: `${API}source`,
    },
    (ctx) => sourcesForStock(ctx, stockIdParam(ctx)),
  ),
  route({ method: 'GET', path: '/V1/inventory/stocks', resource: `${API}stock` }, (ctx) =>
    listStocks(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/inventory/stocks/:stockId', resource: `${API}stock` }, (ctx) =>
    getStock(ctx, stockIdParam(ctx)),
  ),
  route({ method: 'POST', path: '/V1/inventory/stocks', resource: `${API}stock_edit` }, (ctx) =>
    saveStock(ctx, dto(ctx, 'stock')),
  ),
  route({ method: 'PUT', path: '/V1/inventory/stocks/:stockId', resource: `${API}stock_edit` }, (ctx) =>
    saveStock(ctx, dto(ctx, 'stock'), stockIdParam(ctx)),
  ),
  route({ method: 'DELETE', path: '/V1/inventory/stocks/:stockId', resource: `${API}stock_delete` }, (ctx) =>
    deleteStock(ctx, stockIdParam(ctx)),
  ),
  route(
    { method: 'GET', path: '/V1/inventory/stock-source-links', resource: `${API}stock_source_link` },
    (ctx) => listLinks(ctx, ctx.query),
  ),
  route(
    { method: 'POST', path: '/V1/inventory/stock-source-links', resource: `${API}stock_source_link` },
    (ctx) => saveLinks(ctx, asList('links', ctx.body['links'])),
  ),
  route(
    { method: 'POST', path: '/V1/inventory/stock-source-links-delete', resource: `${API}stock_source_link` },
    (ctx) => deleteLinks(ctx, asList('links', ctx.body['links'] ?? ctx.query['links'])),
  ),
  route({ method: 'GET', path: '/V1/inventory/source-items', resource: `${API}source` }, (ctx) =>
    listSourceItems(ctx, ctx.query),
  ),
  route(
    { method: 'POST', path: '/V1/inventory/source-items', resource: `${API}stock_source_item_assign` },
    (ctx) => saveSourceItems(ctx, asList('sourceItems', ctx.body['sourceItems'])),
  ),
  route(
    { method: 'POST', path: '/V1/inventory/source-items-delete', resource: `${API}stock_source_item_assign` },
    (ctx) =>
      deleteSourceItems(ctx, asList('sourceItems', ctx.body['sourceItems'] ?? ctx.query['sourceItems'])),
  ),
];
