import type { CommerceTotals } from './totals-data.ts';

/**
 * The Commerce extension attributes an order carries from its cart's totals: the gift cards with
 * what each paid (`gift_cards[{id, code, amount, base_amount}]`, `gift_cards_amount`), the store
 * credit (`customer_balance_amount`) and the reward points spent (`reward_points_balance`,
 * `reward_currency_amount`), each with its `base_` twin. Only what the order used is present.
 * @see admin-schema-2.4.8.yaml#/definitions/sales-data-order-extension-interface
 */
export function commerceOrderAttributes(data: CommerceTotals): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const g = data.giftCards;
  if (g.paying.length > 0) {
    out['gift_cards'] = g.paying.map((c) => ({ id: c.i, code: c.c, amount: c.a, base_amount: c.ba }));
    out['base_gift_cards_amount'] = g.used;
    out['gift_cards_amount'] = g.used;
  }
  if (data.customerBalanceUsed > 0) {
    out['base_customer_balance_amount'] = data.customerBalanceUsed;
    out['customer_balance_amount'] = data.customerBalanceUsed;
  }
  if (data.reward.amount > 0) {
    out['reward_points_balance'] = data.reward.points;
    out['reward_currency_amount'] = data.reward.amount;
    out['base_reward_currency_amount'] = data.reward.amount;
  }
  return out;
}
