import type { Sale, SaleResult } from '../../../contracts/driver.ts';
import {
  byId,
  clearText,
  errorText,
  inputValue,
  money,
  parseAmount,
  setInput,
  setText,
  withButton,
} from './dom.ts';
import type { PageTill } from './page-till.ts';
import type { SaleLines } from './sale-lines.ts';
import type { StatusView } from './status-view.ts';
import { chosenTender, tendersFor } from './tenders.ts';

/**
 * Completing the sale: the lines, the customer (by email, else a guest), the coupon and the tender
 * become a driver-contract Sale sold by the register. The "Last sale" outputs are emptied at once
 * and filled when the register answers (status bar first, "Sale status" last), so a reader waiting
 * for "Sale status" sees a complete result. Input the register refuses shows as status `error`.
 * The sale being rung up is cleared after every answer.
 */
const LAST_SALE = [
  'sale-status',
  'sale-order',
  'sale-reason',
  'sale-subtotal',
  'sale-discount',
  'sale-tax',
  'sale-grand-total',
  'sale-json',
];

export function wireSaleForm(till: PageTill, lines: SaleLines, status: StatusView): void {
  const form = byId<HTMLFormElement>('sale-form');
  const button = byId<HTMLButtonElement>('complete-sale');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (button.disabled) return;
    clearText(...LAST_SALE);
    void withButton(button, async () => {
      let result: SaleResult | { status: 'error'; reason: string };
      try {
        result = await till.register.sell(saleFromForm(form, lines));
      } catch (err) {
        result = { status: 'error', reason: errorText(err) };
      }
      await status.refresh().catch(() => undefined);
      showResult(result);
      clearSale(form, lines);
    });
  });
  byId('clear-sale').addEventListener('click', () => clearSale(form, lines));
}

function saleFromForm(form: HTMLFormElement, lines: SaleLines): Sale {
  const email = inputValue('email');
  const coupon = inputValue('coupon');
  const cash = parseAmount(inputValue('cash-amount'), 'Cash amount');
  return {
    lines: lines.saleLines(),
    ...(email ? { customerEmail: email } : {}),
    ...(coupon ? { coupon } : {}),
    tenders: tendersFor(chosenTender(form), cash, inputValue('gift-card-code')),
  };
}

function showResult(result: SaleResult | { status: 'error'; reason: string }): void {
  const r = result as Partial<SaleResult> & { status: string };
  setText('sale-order', r.orderNumber ?? '');
  setText('sale-reason', r.reason ?? '');
  setText('sale-subtotal', money(r.totals?.subtotal));
  setText('sale-discount', money(r.totals?.discount));
  setText('sale-tax', money(r.totals?.tax));
  setText('sale-grand-total', money(r.totals?.grandTotal));
  setText('sale-json', JSON.stringify(result));
  setText('sale-status', r.status);
}

function clearSale(form: HTMLFormElement, lines: SaleLines): void {
  lines.clear();
  for (const id of ['email', 'coupon', 'cash-amount', 'gift-card-code']) setInput(id, '');
  const cash = form.querySelector<HTMLInputElement>('input[name="tender"][value="cash"]');
  if (cash) cash.checked = true;
  clearText('line-message');
}
