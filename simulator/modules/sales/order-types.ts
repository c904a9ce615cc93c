/**
 * The order as Magento's REST returns it (Sales/Api/Data/OrderInterface and friends), stored as
 * is in collection `orders` keyed by String(entity_id). Only the fields the simulator maintains
 * are typed; a raw save (`POST /V1/orders`) may carry more, which are kept and echoed.
 * Money fields have `base_*` twins (one currency: equal values).
 * @see reference/magento-openapi/admin-schema-2.4.8.yaml#/definitions/sales-data-order-interface
 */
export type OrderState =
  | 'new'
  | 'pending_payment'
  | 'processing'
  | 'complete'
  | 'closed'
  | 'canceled'
  | 'holded'
  | 'payment_review';

export interface OrderAddress {
  entity_id?: number;
  parent_id?: number;
  address_type: 'billing' | 'shipping';
  firstname: string;
  lastname: string;
  street: string[];
  city: string;
  region?: string | null;
  region_id?: number | null;
  region_code?: string | null;
  postcode: string;
  country_id: string;
  telephone: string;
  email?: string;
  company?: string;
  customer_address_id?: number;
  customer_id?: number | null;
  [extra: string]: unknown;
}

export interface OrderItem {
  item_id: number;
  order_id: number;
  parent_item_id?: number | null;
  quote_item_id?: number | null;
  product_id: number;
  product_type: string;
  sku: string;
  name: string;
  store_id: number;
  qty_ordered: number;
  qty_invoiced: number;
  qty_shipped: number;
  qty_refunded: number;
  qty_canceled: number;
  qty_backordered?: number | null;
  qty_returned?: number | null;
  price: number;
  base_price: number;
  original_price: number;
  base_original_price: number;
  price_incl_tax: number;
  base_price_incl_tax: number;
  row_total: number;
  base_row_total: number;
  row_total_incl_tax: number;
  base_row_total_incl_tax: number;
  row_invoiced: number;
  base_row_invoiced: number;
  tax_amount: number;
  base_tax_amount: number;
  tax_percent: number;
  tax_invoiced: number;
  base_tax_invoiced: number;
  tax_refunded?: number;
  discount_amount: number;
  base_discount_amount: number;
  discount_percent: number;
  discount_invoiced: number;
  base_discount_invoiced: number;
  discount_refunded?: number;
  discount_tax_compensation_amount: number;
  base_discount_tax_compensation_amount: number;
  amount_refunded: number;
  base_amount_refunded: number;
  is_virtual: number;
  weight?: number | null;
  row_weight?: number;
  applied_rule_ids?: string;
  product_option?: unknown;
  parent_item?: OrderItem;
  created_at: string;
  updated_at: string;
  extension_attributes?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface OrderPayment {
  entity_id: number;
  parent_id: number;
  method: string;
  additional_information: string[];
  account_status: string | null;
  cc_last4: string | null;
  amount_ordered: number;
  base_amount_ordered: number;
  amount_paid?: number;
  base_amount_paid?: number;
  amount_refunded?: number;
  base_amount_refunded?: number;
  shipping_amount: number;
  base_shipping_amount: number;
  po_number?: string | null;
  extension_attributes?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface StatusHistory {
  entity_id: number;
  parent_id: number;
  comment: string;
  status: string | null;
  entity_name: string;
  is_customer_notified: number | null;
  is_visible_on_front: number;
  created_at: string;
}

export interface Order {
  entity_id: number;
  increment_id: string;
  state: OrderState;
  status: string;
  store_id: number;
  store_name: string;
  quote_id: number | null;
  created_at: string;
  updated_at: string;
  customer_id: number | null;
  customer_is_guest: number;
  customer_email: string;
  customer_firstname: string | null;
  customer_lastname: string | null;
  customer_group_id: number;
  customer_note_notify?: number;
  base_currency_code: string;
  order_currency_code: string;
  store_currency_code: string;
  global_currency_code: string;
  grand_total: number;
  base_grand_total: number;
  subtotal: number;
  base_subtotal: number;
  subtotal_incl_tax: number;
  base_subtotal_incl_tax: number;
  tax_amount: number;
  base_tax_amount: number;
  discount_amount: number;
  base_discount_amount: number;
  discount_description?: string | null;
  shipping_amount: number;
  base_shipping_amount: number;
  shipping_incl_tax: number;
  base_shipping_incl_tax: number;
  shipping_tax_amount: number;
  base_shipping_tax_amount: number;
  shipping_discount_amount: number;
  discount_tax_compensation_amount: number;
  base_discount_tax_compensation_amount: number;
  shipping_description?: string | null;
  total_qty_ordered: number;
  total_item_count: number;
  total_paid: number;
  base_total_paid: number;
  total_due: number;
  base_total_due: number;
  total_invoiced: number;
  base_total_invoiced: number;
  total_refunded: number;
  base_total_refunded: number;
  total_offline_refunded: number;
  base_total_offline_refunded: number;
  total_online_refunded: number;
  total_canceled: number;
  subtotal_invoiced: number;
  tax_invoiced: number;
  shipping_invoiced: number;
  discount_invoiced: number;
  subtotal_refunded: number;
  tax_refunded: number;
  shipping_refunded: number;
  discount_refunded: number;
  adjustment_positive: number;
  adjustment_negative: number;
  coupon_code?: string | null;
  applied_rule_ids?: string | null;
  is_virtual: number;
  weight: number;
  remote_ip?: string | null;
  ext_order_id?: string | null;
  hold_before_state?: string | null;
  hold_before_status?: string | null;
  items: OrderItem[];
  billing_address: OrderAddress;
  payment: OrderPayment;
  status_histories: StatusHistory[];
  extension_attributes: {
    shipping_assignments: Array<{
      shipping: { address?: OrderAddress; method?: string; total?: Record<string, number> };
      items: OrderItem[];
      stock_id?: number;
    }>;
    payment_additional_info?: Array<{ key: string; value: string }>;
    applied_taxes?: Array<{
      code: string;
      title: string;
      percent: number;
      amount: number;
      base_amount: number;
    }>;
    item_applied_taxes?: unknown[];
    pickup_location_code?: string;
    converting_from_quote?: boolean;
    [extra: string]: unknown;
  };
  [extra: string]: unknown;
}
