/**
 * A broken register for the harness's own tests: the reference register, except that it does not
 * let Magento turn its cart into an order. It reads the cart and its totals and saves the order
 * entity itself (`POST /V1/orders`, OrderRepository::save): Magento's order looks complete, but no
 * MSI reservation is written, so the shop's salable quantity never drops for the sale (field guide
 * §9, inventory #2787 and #3185). The bug rides on the register's HTTP seam (`RegisterOptions.http`):
 * the placement call is answered by the raw save, in the shape Magento's placement answers.
 */
import axios, { type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

type Json = Record<string, unknown>;
const PLACEMENT = /^(.*\/rest\/[^/]+)\/V1\/carts\/(\d+)\/order$/;

/** Reads the cart as Magento holds it, then saves an order entity built from it. */
async function saveRaw(config: InternalAxiosRequestConfig, base: string, cartId: number): Promise<number> {
  const raw = axios.create({
    baseURL: base,
    headers: { Authorization: String(config.headers.get('Authorization') ?? '') },
  });
  const cart = (await raw.get<Json>(`/V1/carts/${cartId}`)).data;
  const totals = (await raw.get<Json>(`/V1/carts/${cartId}/totals`)).data;
  const method = (JSON.parse(String(config.data)) as { paymentMethod: { method: string } }).paymentMethod
    .method;
  const customer = (cart['customer'] ?? {}) as Json;
  const billing: Json = {
    ...((cart['billing_address'] ?? {}) as Json),
    id: undefined,
    address_type: 'billing',
  };
  const lines = (totals['items'] ?? []) as Json[];
  const items = ((cart['items'] ?? []) as Json[]).map((i) => {
    const t = lines.find((l) => l['item_id'] === i['item_id']) ?? {};
    return {
      sku: i['sku'],
      name: i['name'],
      product_type: i['product_type'],
      qty_ordered: i['qty'],
      price: t['price'] ?? i['price'],
      base_price: t['base_price'] ?? i['price'],
      original_price: i['price'],
      row_total: t['row_total'],
      base_row_total: t['base_row_total'],
      tax_amount: t['tax_amount'],
      base_tax_amount: t['base_tax_amount'],
      tax_percent: t['tax_percent'],
      price_incl_tax: t['price_incl_tax'],
      row_total_incl_tax: t['row_total_incl_tax'],
      discount_amount: t['discount_amount'],
    };
  });
  const money = (k: string) => Number(totals[k] ?? 0);
  const entity = {
    quote_id: cartId,
    store_id: cart['store_id'],
    customer_id: customer['id'] ?? null,
    customer_is_guest: customer['id'] ? 0 : 1,
    customer_email: customer['email'] ?? billing['email'] ?? 'pos@example.com',
    customer_firstname: customer['firstname'] ?? billing['firstname'],
    customer_lastname: customer['lastname'] ?? billing['lastname'],
    base_currency_code: 'USD',
    order_currency_code: 'USD',
    subtotal: money('subtotal'),
    base_subtotal: money('base_subtotal'),
    tax_amount: money('tax_amount'),
    base_tax_amount: money('base_tax_amount'),
    discount_amount: -Math.abs(money('discount_amount')),
    base_discount_amount: -Math.abs(money('base_discount_amount')),
    shipping_amount: 0,
    base_shipping_amount: 0,
    grand_total: money('grand_total'),
    base_grand_total: money('base_grand_total'),
    total_qty_ordered: items.reduce((n, i) => n + Number(i.qty_ordered), 0),
    items,
    payment: { method },
    billing_address: billing,
  };
  const saved = (await raw.post<Json>('/V1/orders', { entity })).data;
  return Number(saved['entity_id']);
}

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    const match = config.method?.toUpperCase() === 'PUT' ? PLACEMENT.exec(config.url ?? '') : null;
    if (!match) return config;
    const [, base = '', cartId = '0'] = match;
    config.adapter = async (c): Promise<AxiosResponse> => ({
      data: JSON.stringify(await saveRaw(c, base, Number(cartId))),
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      config: c,
    });
    return config;
  });
  return createReferenceRegister({ http });
}
