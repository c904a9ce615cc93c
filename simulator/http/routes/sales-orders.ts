import { saveOrderAddress } from '../../modules/sales/order-address.ts';
import { addOrderComment, orderComments } from '../../modules/sales/order-comments.ts';
import {
  cancelOrder,
  holdOrder,
  notifyOrder,
  orderStatus,
  unholdOrder,
} from '../../modules/sales/order-management.ts';
import { saveRawOrder } from '../../modules/sales/order-raw-save.ts';
import { getOrder, presentOrder } from '../../modules/sales/order-repository.ts';
import { getOrderItem, searchOrderItems, searchOrders } from '../../modules/sales/order-search.ts';
import { type Route, route, withBody } from '../route.ts';
import { entityBody, pathInt, statusHistoryBody } from './sales-input.ts';

/**
 * Sales/etc/webapi.xml, orders: reads (`Magento_Sales::actions_view`), the management actions each
 * under its own ACL resource, and the raw repository saves (`Magento_Sales::create`).
 */
const VIEW = 'Magento_Sales::actions_view';
const CREATE = 'Magento_Sales::create';
const id = (p: Record<string, string>) => pathInt(p['id']);

export const salesOrderRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/orders/:id', resource: VIEW }, (ctx) =>
    presentOrder(getOrder(ctx, id(ctx.params))),
  ),
  route({ method: 'GET', path: '/V1/orders', resource: VIEW }, (ctx) => searchOrders(ctx, ctx.query)),
  route({ method: 'GET', path: '/V1/orders/:id/statuses', resource: VIEW }, (ctx) =>
    orderStatus(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/orders/:id/comments', resource: VIEW }, (ctx) =>
    orderComments(ctx, id(ctx.params)),
  ),
  withBody(
    { method: 'POST', path: '/V1/orders/:id/comments', resource: 'Magento_Sales::comment' },
    statusHistoryBody,
    (ctx, b) => addOrderComment(ctx, id(ctx.params), b.statusHistory),
  ),
  route({ method: 'POST', path: '/V1/orders/:id/cancel', resource: 'Magento_Sales::cancel' }, (ctx) =>
    cancelOrder(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/orders/:id/hold', resource: 'Magento_Sales::hold' }, (ctx) =>
    holdOrder(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/orders/:id/unhold', resource: 'Magento_Sales::unhold' }, (ctx) =>
    unholdOrder(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/orders/:id/emails', resource: 'Magento_Sales::emails' }, (ctx) =>
    notifyOrder(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/orders/items/:id', resource: VIEW }, (ctx) =>
    getOrderItem(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/orders/items', resource: VIEW }, (ctx) =>
    searchOrderItems(ctx, ctx.query),
  ),
  withBody({ method: 'POST', path: '/V1/orders', resource: CREATE }, entityBody, (ctx, b) =>
    saveRawOrder(ctx, b.entity, ctx.scope),
  ),
  withBody({ method: 'PUT', path: '/V1/orders/create', resource: CREATE }, entityBody, (ctx, b) =>
    saveRawOrder(ctx, b.entity, ctx.scope),
  ),
  withBody({ method: 'PUT', path: '/V1/orders/:parent_id', resource: CREATE }, entityBody, (ctx, b) =>
    saveOrderAddress(ctx, b.entity),
  ),
];
