import type { ReturnRequest, ReturnResult } from '../../../contracts/driver.ts';
import { byId, clearText, errorText, inputValue, parseAmount, setText, withButton } from './dom.ts';
import type { PageTill } from './page-till.ts';
import type { StatusView } from './status-view.ts';

/**
 * A return by order number (an in-store or an online purchase): one SKU and quantity, the refund
 * tender, and whether the goods go back on this shop's shelf. "Return status" is written last.
 */
export function wireReturnForm(till: PageTill, status: StatusView): void {
  const form = byId<HTMLFormElement>('return-form');
  const button = byId<HTMLButtonElement>('process-return');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (button.disabled) return;
    clearText('return-status', 'return-reason', 'return-json');
    void withButton(button, async () => {
      let result: ReturnResult | { status: 'error'; reason: string };
      try {
        result = await till.register.returnItems(requestFromForm());
      } catch (err) {
        result = { status: 'error', reason: errorText(err) };
      }
      await status.refresh().catch(() => undefined);
      setText('return-reason', result.reason ?? '');
      setText('return-json', JSON.stringify(result));
      setText('return-status', result.status);
    });
  });
}

function requestFromForm(): ReturnRequest {
  return {
    orderNumber: inputValue('return-order'),
    lines: [
      { sku: inputValue('return-sku'), qty: parseAmount(inputValue('return-qty'), 'Return quantity') ?? 1 },
    ],
    refundTender: byId<HTMLSelectElement>('refund-tender').value as ReturnRequest['refundTender'],
    restock: byId<HTMLInputElement>('restock').checked,
  };
}
