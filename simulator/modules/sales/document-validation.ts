import { LocalizedError } from '../../errors.ts';

/**
 * DocumentValidationException: the service's prefix and every validator message joined by newlines,
 * already rendered (no parameters), HTTP 400.
 * @see Magento\Sales\Model\InvoiceOrder::execute, ShipOrder::execute, RefundOrder::execute
 */
export type DocumentKind = 'Invoice' | 'Shipment' | 'Creditmemo';

/** Throws the document's validation error when any validator spoke. */
export function assertValid(kind: DocumentKind, messages: string[]): void {
  if (messages.length === 0) return;
  throw new LocalizedError(`${kind} Document Validation Error(s):\n${messages.join('\n')}`);
}

/** `__('... %1 ...', $x)` rendered before it is joined. */
export function phrase(text: string, ...args: Array<string | number>): string {
  return text.replace(/%(\d+)/g, (m, i: string) => {
    const v = args[Number(i) - 1];
    return v === undefined ? m : String(v);
  });
}
