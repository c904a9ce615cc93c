import type { Services } from '../../../context.ts';
import { atLeast } from '../../../profile.ts';

/**
 * The "not enough quantity" text of the requested-qty check, which changed in 2.4.8 (LYNX-530):
 * up to 2.4.7 `The requested qty is not available`; from 2.4.8 `Not enough items for sale`, or
 * `Only X of Y available` when `cataloginventory/options/not_available_message` is 1 (the numbers
 * are filled in before translation, so the text carries no parameters).
 * @see Magento\InventorySales\Model\IsProductSalableForRequestedQtyCondition\IsSalableWithReservationsCondition
 */
export function notEnoughQtyMessage(s: Services, salableQty: number, requestedQty: number): string {
  if (!atLeast(s.profile, '2.4.8')) return 'The requested qty is not available';
  if (s.config.get('cataloginventory/options/not_available_message') === '1') {
    return `Only ${salableQty} of ${requestedQty} available`;
  }
  return 'Not enough items for sale';
}
