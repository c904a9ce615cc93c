/**
 * A broken register for the harness's own tests: the reference register, except that a return at
 * the till trusts Magento's return-to-stock for every line. MSI puts returned units back on the
 * source that shipped them (inventory #1895, #3109), so an online purchase brought back to a shop
 * goes back on the warehouse's books while it sits on the shop's shelf, and the shop never gets it
 * (field guide §7 "return of an online purchase processed at the till"). The bug: the register's
 * own restock to its shop is off (`restock: false`), and the refund request, on the register's
 * HTTP seam (`RegisterOptions.http`), asks Magento to return every refunded line to stock.
 */
import axios from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const REFUND = /\/V1\/order\/\d+\/refund$/;

interface RefundBody {
  items?: Array<{ order_item_id: number }>;
  arguments?: { extension_attributes?: Record<string, unknown> } & Record<string, unknown>;
}

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    if (config.method?.toUpperCase() !== 'POST' || !REFUND.test(config.url ?? '')) return config;
    const body = JSON.parse(String(config.data ?? '{}')) as RefundBody;
    const lines = (body.items ?? []).map((i) => i.order_item_id);
    const args = body.arguments ?? {};
    config.data = JSON.stringify({
      ...body,
      arguments: {
        ...args,
        extension_attributes: { ...args.extension_attributes, return_to_stock_items: lines },
      },
    });
    return config;
  });
  const inner = createReferenceRegister({ http });
  return {
    open: (session) => inner.open(session),
    sell: (sale) => inner.sell(sale),
    returnItems: (r) => inner.returnItems({ ...r, restock: false }),
    stockLevel: (sku) => inner.stockLevel(sku),
    sync: () => inner.sync(),
    status: () => inner.status(),
    close: () => inner.close(),
  };
}
