import type { AdminClient } from './admin-client.ts';

/**
 * Read-only views of Magento that checks are made of: orders, source quantities, salable
 * quantity, credit memos. Public REST only, so the same checks run against a real Magento.
 */
export interface ProbeOrder {
  entity_id: number;
  increment_id: string;
  quote_id: number | null;
  store_id: number;
  state: string;
  status: string;
  customer_id: number | null;
  customer_is_guest: number;
  customer_email: string;
  grand_total: number;
  subtotal: number;
  tax_amount: number;
  discount_amount: number;
  shipping_amount: number;
  total_paid?: number;
  total_refunded?: number;
  items: Array<{
    item_id: number;
    sku: string;
    qty_ordered: number;
    qty_shipped: number;
    qty_refunded: number;
    price: number;
    row_total: number;
    tax_amount: number;
    parent_item_id?: number | null;
    product_type: string;
  }>;
  payment: { method: string; additional_information?: string[] };
  extension_attributes?: Record<string, unknown>;
}

export class MagentoProbe {
  constructor(private readonly rest: AdminClient) {}

  /** Orders with entity_id above `afterId` (the run's baseline), oldest first. */
  ordersAfter(afterId: number): Promise<ProbeOrder[]> {
    return this.rest.searchAll<ProbeOrder>('/V1/orders', [['entity_id', afterId, 'gt']]);
  }

  async maxOrderId(): Promise<number> {
    const res = await this.rest.get<{ items: ProbeOrder[] }>(
      '/V1/orders?searchCriteria[sortOrders][0][field]=entity_id&searchCriteria[sortOrders][0][direction]=DESC&searchCriteria[pageSize]=1',
    );
    return res.items[0]?.entity_id ?? 0;
  }

  async orderByNumber(incrementId: string): Promise<ProbeOrder | undefined> {
    const found = await this.rest.searchAll<ProbeOrder>('/V1/orders', [['increment_id', incrementId]]);
    return found[0];
  }

  ordersByQuoteId(quoteId: number | string): Promise<ProbeOrder[]> {
    return this.rest.searchAll<ProbeOrder>('/V1/orders', [['quote_id', quoteId]]);
  }

  ordersOfCustomer(customerId: number): Promise<ProbeOrder[]> {
    return this.rest.searchAll<ProbeOrder>('/V1/orders', [['customer_id', customerId]]);
  }

  /** Quantity per source code for a SKU. */
  async sourceQuantities(sku: string): Promise<Record<string, number>> {
    const items = await this.rest.searchAll<{ source_code: string; quantity: number }>(
      '/V1/inventory/source-items',
      [['sku', sku]],
    );
    return Object.fromEntries(items.map((i) => [i.source_code, Number(i.quantity)]));
  }

  salableQty(sku: string, stockId: number): Promise<number> {
    return this.rest.get<number>(
      `/V1/inventory/get-product-salable-quantity/${encodeURIComponent(sku)}/${stockId}`,
    );
  }

  creditMemosOf(
    orderId: number,
  ): Promise<Array<{ entity_id: number; grand_total: number; items: Array<{ sku: string; qty: number }> }>> {
    return this.rest.searchAll('/V1/creditmemos', [['order_id', orderId]]);
  }

  async customerIdByEmail(email: string): Promise<number | undefined> {
    const found = await this.rest.searchAll<{ id: number }>('/V1/customers/search', [['email', email]]);
    return found[0]?.id;
  }
}
