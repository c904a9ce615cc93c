import type { Tender } from '../../../contracts/driver.ts';

/**
 * The tender radio group as driver-contract tenders. Cash, card, store credit and points pay what
 * is due; split is the cash part ("Cash amount") and card for the rest; a gift card pays up to its
 * balance (the register declines what it leaves unpaid). Missing codes and amounts are left to the
 * register, which declines with its own reason.
 */
export type TenderChoice = 'cash' | 'card' | 'split' | 'gift_card' | 'store_credit' | 'points';

export function tendersFor(
  choice: TenderChoice,
  cashAmount: number | undefined,
  giftCardCode: string,
): Tender[] {
  const amount = cashAmount === undefined ? {} : { amount: cashAmount };
  switch (choice) {
    case 'cash':
      return [{ method: 'cash', ...amount }];
    case 'split':
      return [{ method: 'cash', ...amount }, { method: 'card' }];
    case 'gift_card':
      return [{ method: 'gift_card', ...(giftCardCode ? { giftCardCode } : {}) }];
    default:
      return [{ method: choice }];
  }
}

export function chosenTender(form: HTMLFormElement): TenderChoice {
  const checked = form.querySelector<HTMLInputElement>('input[name="tender"]:checked');
  return (checked?.value ?? 'cash') as TenderChoice;
}
