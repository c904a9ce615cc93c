import type { Route } from '../route.ts';
import { salesCreditmemoRoutes } from './sales-creditmemos.ts';
import { salesInvoiceRoutes } from './sales-invoices.ts';
import { salesOrderRoutes } from './sales-orders.ts';
import { salesShipmentRoutes } from './sales-shipments.ts';

/** Sales' rows of the route table: orders, invoices, shipments and credit memos (Sales/etc/webapi.xml). */
export const salesRoutes: Route[] = [
  ...salesOrderRoutes,
  ...salesInvoiceRoutes,
  ...salesShipmentRoutes,
  ...salesCreditmemoRoutes,
];
