import type { Services } from '../../context.ts';

/**
 * Order increment ids per store view, as Magento's sales sequence makes them: prefix + 9-digit
 * zero-padded number. Stores of a fresh install (default store view, id 1) have no prefix
 * (`000000001`); stores created later get their store id as prefix (`2000000001`).
 * @see Magento\SalesSequence\Model\Sequence, Observer\SequenceCreatorObserver
 */
export function nextIncrementId(
  s: Services,
  entityType: 'order' | 'invoice' | 'shipment' | 'creditmemo',
  storeId: number,
): string {
  const n = s.store.nextId(`sequence_${entityType}_${storeId}`);
  const prefix = storeId <= 1 ? '' : String(storeId);
  return `${prefix}${String(n).padStart(9, '0')}`;
}
