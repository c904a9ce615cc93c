import { listComments, saveComment } from '../../modules/sales/document-comments.ts';
import {
  captureInvoice,
  getInvoice,
  notifyInvoice,
  searchInvoices,
  voidInvoice,
} from '../../modules/sales/invoice-management.ts';
import { invoiceOrder } from '../../modules/sales/invoice-order.ts';
import { refundInvoice } from '../../modules/sales/refund-invoice.ts';
import { type Route, route, withBody } from '../route.ts';
import { commentEntityBody, invoiceBody, invoiceRefundBody, pathInt } from './sales-input.ts';

/**
 * Sales/etc/webapi.xml, invoices: `POST /V1/order/:orderId/invoice` (`Magento_Sales::invoice`) and
 * everything under `/V1/invoices` plus the invoice refund (`Magento_Sales::sales_invoice`).
 */
const INVOICE = 'Magento_Sales::sales_invoice';
const id = (p: Record<string, string>) => pathInt(p['id']);

export const salesInvoiceRoutes: Route[] = [
  withBody(
    { method: 'POST', path: '/V1/order/:orderId/invoice', resource: 'Magento_Sales::invoice' },
    invoiceBody,
    (ctx, b) => invoiceOrder(ctx, pathInt(ctx.params['orderId']), b),
  ),
  route({ method: 'GET', path: '/V1/invoices/:id', resource: INVOICE }, (ctx) =>
    getInvoice(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/invoices', resource: INVOICE }, (ctx) => searchInvoices(ctx, ctx.query)),
  route({ method: 'POST', path: '/V1/invoices/:id/capture', resource: INVOICE }, (ctx) =>
    captureInvoice(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/invoices/:id/void', resource: INVOICE }, (ctx) =>
    voidInvoice(ctx, id(ctx.params)),
  ),
  route({ method: 'POST', path: '/V1/invoices/:id/emails', resource: INVOICE }, (ctx) =>
    notifyInvoice(ctx, id(ctx.params)),
  ),
  route({ method: 'GET', path: '/V1/invoices/:id/comments', resource: INVOICE }, (ctx) =>
    listComments(ctx, 'invoice', id(ctx.params)),
  ),
  withBody(
    { method: 'POST', path: '/V1/invoices/comments', resource: INVOICE },
    commentEntityBody,
    (ctx, b) => saveComment(ctx, 'invoice', b.entity),
  ),
  withBody(
    { method: 'POST', path: '/V1/invoice/:invoiceId/refund', resource: INVOICE },
    invoiceRefundBody,
    (ctx, b) => refundInvoice(ctx, pathInt(ctx.params['invoiceId']), b),
  ),
];
