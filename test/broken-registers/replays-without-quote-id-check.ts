/**
 * A broken register for the harness's own tests: the reference register, except that it is blind
 * to its own past. Its "was this sale already placed?" lookups (the order search by quote_id and
 * the POS extension's search by client sale id) always answer "no order", so after a lost answer
 * the replay places the sale again: the duplicate order of field guide §3 (magento2 #13952).
 * The bug rides on the register's HTTP seam (`RegisterOptions.http`), not in its code.
 */
import axios, { type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const NOTHING_FOUND = JSON.stringify({ items: [], search_criteria: {}, total_count: 0 });

function looksForPastSale(config: InternalAxiosRequestConfig): boolean {
  const url = decodeURIComponent(config.url ?? '');
  if (config.method?.toUpperCase() !== 'GET') return false;
  const byQuote = /\/V1\/orders\?/.test(url) && /\[field\]=quote_id/.test(url);
  const bySaleId = /\/V1\/pos\/orders\/by-client-sale-id\//.test(url) && !url.includes('posgate-probe');
  return byQuote || bySaleId;
}

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    if (!looksForPastSale(config)) return config;
    config.adapter = async (c): Promise<AxiosResponse> => ({
      data: NOTHING_FOUND,
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      config: c,
    });
    return config;
  });
  return createReferenceRegister({ http });
}
