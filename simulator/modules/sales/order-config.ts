import type { OrderState } from './order-types.ts';

/**
 * Order statuses per state as a fresh install defines them, and each state's default status.
 * `fraud` belongs to `processing` and `payment_review`.
 * @see Magento\Sales\Setup\Patch\Data\InstallOrderStatusesAndInitialSalesConfig
 * @see Magento\Sales\Model\Order\Config::getStateDefaultStatus, getStateStatuses
 */
const STATUSES: Record<OrderState, string[]> = {
  new: ['pending'],
  pending_payment: ['pending_payment'],
  processing: ['processing', 'fraud'],
  complete: ['complete'],
  closed: ['closed'],
  canceled: ['canceled'],
  holded: ['holded'],
  payment_review: ['payment_review', 'fraud'],
};

/** The statuses assigned to a state. */
export function stateStatuses(state: string): string[] {
  return STATUSES[state as OrderState] ?? [];
}

/** A state's default status. */
export function defaultStatus(state: string): string {
  return stateStatuses(state)[0] ?? state;
}

/** Keeps the current status when it belongs to the new state, else the state's default. */
export function statusFor(state: string, current: string | null | undefined): string {
  return current && stateStatuses(state).includes(current) ? current : defaultStatus(state);
}
