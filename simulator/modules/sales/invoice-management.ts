import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import type { SearchResult } from '../framework/search.ts';
import { INVOICES } from './collections.ts';
import { searchCollection } from './document-search.ts';
import type { Invoice } from './document-types.ts';
import { NO_SUCH_ENTITY, requireId } from './order-repository.ts';

/**
 * Invoice reads and InvoiceManagement. Every simulated payment method is offline, so an invoice is
 * paid at creation and can neither be captured nor voided afterwards: the method refuses with
 * `The capture action is not available.` / `The void action is not available.` (the api-functional
 * InvoiceCaptureTest and InvoiceVoidTest expect these calls to fail).
 * @see Magento\Sales\Model\Service\InvoiceService::setCapture, setVoid
 * @see Magento\Payment\Model\Method\AbstractMethod::capture, void
 */
export function getInvoice(s: Services, id: number): Invoice {
  requireId(id);
  const invoice = s.store.get<Invoice>(INVOICES, String(id));
  if (!invoice) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  return invoice;
}

/** `GET /V1/invoices`: InvoiceRepository::getList. */
export function searchInvoices(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return searchCollection<Invoice>(s, INVOICES, query);
}

/** `POST /V1/invoices/:id/capture`: offline methods cannot capture. */
export function captureInvoice(s: Services, id: number): string {
  getInvoice(s, id);
  throw new LocalizedError('The capture action is not available.');
}

/** `POST /V1/invoices/:id/void`: offline methods cannot void. */
export function voidInvoice(s: Services, id: number): boolean {
  getInvoice(s, id);
  throw new LocalizedError('The void action is not available.');
}

/** `POST /V1/invoices/:id/emails`: true once the invoice exists. */
export function notifyInvoice(s: Services, id: number): boolean {
  getInvoice(s, id);
  return true;
}
