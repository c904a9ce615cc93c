import { listComments, saveComment } from '../../modules/sales/document-comments.ts';
import { shipOrder } from '../../modules/sales/ship-order.ts';
import {
  deleteTrack,
  getShipment,
  notifyShipment,
  saveTrack,
  searchShipments,
  shipmentLabel,
} from '../../modules/sales/shipment-management.ts';
import { type Route, route, withBody } from '../route.ts';
import { commentEntityBody, entityBody, pathInt, shipBody } from './sales-input.ts';

/**
 * Sales/etc/webapi.xml, shipments: `POST /V1/order/:orderId/ship` (`Magento_Sales::ship`) and the
 * `/V1/shipment(s)` reads, comments, tracks and label (`Magento_Sales::shipment`).
 */
const SHIPMENT = 'Magento_Sales::shipment';
const id = (p: Record<string, string>) => pathInt(p['id']);

export const salesShipmentRoutes: Route[] = [
  withBody(
    { method: 'POST', path: '/V1/order/:orderId/ship', resource: 'Magento_Sales::ship' },
    shipBody,
    (ctx, b) => shipOrder(ctx, pathInt(ctx.params['orderId']), b),
  ),
  route({ method: 'GET', path: '/V1/shipment/:id', resource: SHIPMENT }, (ctx) =>
    getShipment(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/shipments', resource: SHIPMENT }, (ctx) =>
    searchShipments(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/shipment/:id/comments', resource: SHIPMENT }, (ctx) =>
    listComments(ctx, 'shipment', id(ctx.params)),
  ),
  withBody(
    { method: 'POST', path: '/V1/shipment/:id/comments', resource: SHIPMENT },
    commentEntityBody,
    (ctx, b) => saveComment(ctx, 'shipment', b.entity),
  ),
  route({ method: 'POST', path: '/V1/shipment/:id/emails', resource: SHIPMENT }, (ctx) =>
    notifyShipment(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/shipment/:id/label', resource: SHIPMENT }, (ctx) =>
    shipmentLabel(ctx, id(ctx.params)),
  ),
  withBody({ method: 'POST', path: '/V1/shipment/track', resource: SHIPMENT }, entityBody, (ctx, b) =>
    saveTrack(ctx, b.entity),
  ),
  route({ method: 'DELETE', path: '/V1/shipment/track/:id', resource: SHIPMENT }, (ctx) =>
    deleteTrack(ctx, id(ctx.params)),
  ),
];
