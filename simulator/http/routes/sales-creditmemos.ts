import {
  cancelCreditmemo,
  getCreditmemo,
  notifyCreditmemo,
  searchCreditmemos,
} from '../../modules/sales/creditmemo-management.ts';
import { listComments, saveComment } from '../../modules/sales/document-comments.ts';
import { refundOrder } from '../../modules/sales/refund-order.ts';
import { type Route, route, withBody } from '../route.ts';
import { commentEntityBody, pathInt, refundBody } from './sales-input.ts';

/**
 * Sales/etc/webapi.xml, credit memos: the offline order refund (`Magento_Sales::creditmemo`) and
 * `/V1/creditmemo(s)` reads, cancel, comments and emails (`Magento_Sales::sales_creditmemo`).
 */
const CREDITMEMO = 'Magento_Sales::sales_creditmemo';
const id = (p: Record<string, string>) => pathInt(p['id']);

export const salesCreditmemoRoutes: Route[] = [
  withBody(
    { method: 'POST', path: '/V1/order/:orderId/refund', resource: 'Magento_Sales::creditmemo' },
    refundBody,
    (ctx, b) => refundOrder(ctx, pathInt(ctx.params['orderId']), b),
  ),
  route({ method: 'GET', path: '/V1/creditmemo/:id', resource: CREDITMEMO }, (ctx) =>
    getCreditmemo(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/creditmemos', resource: CREDITMEMO }, (ctx) =>
    searchCreditmemos(ctx, ctx.query),
  ),
  route({ method: 'PUT', path: '/V1/creditmemo/:id', resource: CREDITMEMO }, (ctx) =>
    cancelCreditmemo(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/creditmemo/:id/emails', resource: CREDITMEMO }, (ctx) =>
    notifyCreditmemo(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/creditmemo/:id/comments', resource: CREDITMEMO }, (ctx) =>
    listComments(ctx, 'creditmemo', id(ctx.params)),
  ),
  withBody(
    { method: 'POST', path: '/V1/creditmemo/:id/comments', resource: CREDITMEMO },
    commentEntityBody,
    (ctx, b) => saveComment(ctx, 'creditmemo', b.entity),
  ),
];
