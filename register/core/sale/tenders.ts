import type { RegisterSession, Sale } from '../../../contracts/driver.ts';
import { SaleDeclined } from '../sale-declined.ts';
import { cents } from '../tax/php-round.ts';

/**
 * How a sale's tenders become Magento payment: gift cards, store credit and reward points are
 * applied to the cart (they lower what is due); cash and card pay the rest with the session's
 * payment codes: one tender, its code; cash and card together, the split code with one line per
 * tender (POS extension); nothing left to pay, Magento's `free`.
 * @see field-guide.md §4 "Payment method", §7 (split payment with a gift card)
 */
export interface TenderPlan {
  method: string;
  /** Cash and card lines (a split), amounts settled once the amount due is known. */
  pays: Array<{ kind: 'cash' | 'card'; code: string; amount?: number | undefined }>;
  giftCards: Array<{ code: string; amount?: number | undefined }>;
  storeCredit?: { amount?: number | undefined };
  points?: { amount?: number | undefined };
  /** Gift cards, store credit and points need Magento (balances): not while offline. */
  needsMagento: boolean;
}

export function planTenders(sale: Sale, s: RegisterSession): TenderPlan {
  const pays: TenderPlan['pays'] = [];
  const plan: TenderPlan = { method: '', pays, giftCards: [], needsMagento: false };
  for (const t of sale.tenders) {
    if (t.method === 'cash' || t.method === 'card') {
      pays.push({ kind: t.method, code: s.paymentCodes[t.method], amount: t.amount });
      continue;
    }
    if (s.edition !== 'commerce') {
      throw new SaleDeclined(`${label(t.method)} needs Adobe Commerce (this Magento is Open Source).`);
    }
    plan.needsMagento = true;
    if (t.method === 'gift_card') {
      if (!t.giftCardCode) throw new SaleDeclined('A gift card tender needs its code (giftCardCode).');
      plan.giftCards.push({ code: t.giftCardCode, amount: t.amount });
    } else {
      if (!sale.customerEmail) throw new SaleDeclined(`${label(t.method)} needs a customer (customerEmail).`);
      plan[t.method === 'store_credit' ? 'storeCredit' : 'points'] = { amount: t.amount };
    }
  }
  const kinds = new Set(pays.map((p) => p.kind));
  if (pays.length === 0) plan.method = 'free';
  else if (kinds.size === 1) plan.method = (pays[0] as TenderPlan['pays'][number]).code;
  else if (s.paymentCodes.split) plan.method = s.paymentCodes.split;
  else throw new SaleDeclined('A split payment needs a split payment code (paymentCodes.split).');
  return plan;
}

/**
 * Settles the cash and card amounts against what is due: the last tender without an amount
 * takes the rest; cash may exceed (change is given), card may not; short is declined.
 */
export function settleAmounts(plan: TenderPlan, due: number): TenderPlan['pays'] {
  if (plan.pays.length === 0) {
    if (cents(due) > 0) throw new SaleDeclined(`The tenders leave ${due.toFixed(2)} unpaid.`);
    return [];
  }
  const given = plan.pays.slice(0, -1).reduce((a, p) => a + (p.amount ?? 0), 0);
  const last = plan.pays[plan.pays.length - 1] as TenderPlan['pays'][number];
  const lastAmount = last.amount ?? Math.round((due - given) * 100) / 100;
  const total = cents(given + lastAmount);
  if (plan.pays.slice(0, -1).some((p) => p.amount === undefined)) {
    throw new SaleDeclined('Only the last tender may leave its amount out.');
  }
  if (total < cents(due))
    throw new SaleDeclined(`The tenders are short by ${((cents(due) - total) / 100).toFixed(2)}.`);
  if (total > cents(due) && last.kind !== 'cash') {
    throw new SaleDeclined(`The tenders exceed the total (${due.toFixed(2)}) and no cash gives change.`);
  }
  // What each tender pays: cash given beyond the total is change, not payment.
  const applied = Math.max(0, Math.round((due - given) * 100) / 100);
  return [...plan.pays.slice(0, -1), { ...last, amount: Math.min(lastAmount, applied) }];
}

/** The Magento payment of settled tenders: one method, or split lines (tenders paying nothing dropped). */
export function paymentOf(
  pays: TenderPlan['pays'],
  splitCode: string | undefined,
): { method: string; lines?: Array<{ method: string; amount: number }> } {
  const paying = pays.filter((p) => (p.amount ?? 0) > 0);
  const codes = new Set(paying.map((p) => p.code));
  if (paying.length === 0) return { method: 'free' };
  if (codes.size === 1) return { method: (paying[0] as TenderPlan['pays'][number]).code };
  if (!splitCode) throw new SaleDeclined('A split payment needs a split payment code (paymentCodes.split).');
  return { method: splitCode, lines: paying.map((p) => ({ method: p.code, amount: p.amount ?? 0 })) };
}

function label(method: string): string {
  return method === 'gift_card'
    ? 'A gift card'
    : method === 'store_credit'
      ? 'Store credit'
      : 'Reward points';
}
