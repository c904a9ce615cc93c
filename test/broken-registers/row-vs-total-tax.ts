/**
 * A broken register for the harness's own tests: the reference register, except that it rounds tax
 * per row when Magento is set to round on the total (tax/calculation/algorithm
 * TOTAL_BASE_CALCULATION). It shows the cashier per-row tax, and reads Magento's cart totals
 * through the same lens (each line's tax re-rounded from its row and rate), so its own check
 * agrees and it places the order: Magento then charges a cent more or less than the till showed
 * (field guide §4 "Tax": to the cent, including the rounding algorithm). The bug rides on the
 * session the register is opened with and on its HTTP seam (`RegisterOptions.http`).
 */
import axios from 'axios';
import { type RegisterDriver, RegisterSession } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const TOTALS = /\/V1\/carts\/\d+\/totals$/;

interface Totals {
  tax_amount?: number;
  grand_total?: number;
  items?: Array<{ row_total?: number; discount_amount?: number; tax_percent?: number; tax_amount?: number }>;
}

const round2 = (x: number) => Math.round(x * 100 * (1 + Number.EPSILON)) / 100;

/** Magento's totals with each line's tax rounded on its own row, the totals moved by as much. */
function perRow(text: string): string {
  const t = JSON.parse(text) as Totals;
  const items = (t.items ?? []).map((i) => ({
    ...i,
    tax_amount: round2(((i.row_total ?? 0) - (i.discount_amount ?? 0)) * ((i.tax_percent ?? 0) / 100)),
  }));
  const before = (t.items ?? []).reduce((a, i) => a + (i.tax_amount ?? 0), 0);
  const after = items.reduce((a, i) => a + i.tax_amount, 0);
  const delta = round2(after - before);
  return JSON.stringify({
    ...t,
    items,
    tax_amount: round2((t.tax_amount ?? 0) + delta),
    grand_total: round2((t.grand_total ?? 0) + delta),
  });
}

export default function createDriver(): RegisterDriver {
  let rowsInsteadOfTotal = false;
  const http = axios.create();
  http.interceptors.response.use((res) => {
    const ok = res.status === 200 && res.config.method?.toUpperCase() === 'GET';
    if (!rowsInsteadOfTotal || !ok || !TOTALS.test(res.config.url ?? '')) return res;
    return { ...res, data: perRow(String(res.data)) };
  });
  const inner = createReferenceRegister({ http });
  return {
    open: (input) => {
      const session = RegisterSession.parse(input);
      rowsInsteadOfTotal = session.tax.algorithm === 'TOTAL_BASE_CALCULATION';
      const algorithm = rowsInsteadOfTotal ? 'ROW_BASE_CALCULATION' : session.tax.algorithm;
      return inner.open({ ...session, tax: { ...session.tax, algorithm } });
    },
    sell: (sale) => inner.sell(sale),
    returnItems: (r) => inner.returnItems(r),
    stockLevel: (sku) => inner.stockLevel(sku),
    sync: () => inner.sync(),
    status: () => inner.status(),
    close: () => inner.close(),
  };
}
