import type { Services } from '../../context.ts';
import type { Order } from '../sales/order-types.ts';
import { phpRound } from '../tax/index.ts';
import { adjustBalance } from './customer-balances.ts';
import { chargeGiftCard } from './gift-card-accounts.ts';
import { adjustPoints } from './reward-points.ts';
import { purchasesEarn, rateToPoints, rewardsEnabled, toPoints } from './reward-rates.ts';
import type { CommerceTotals } from './totals-data.ts';
import { SETTLEMENTS, type Settlement } from './types.ts';

/**
 * What placing an order does to the customer's money, once per order: each gift card is charged
 * what it paid, the store credit and the reward points used are spent, and a customer earns
 * points for the money actually paid without shipping and tax (`magento_reward/points/order`,
 * rate "currency to points"). The `commerce_settlements` row records it and guards against a
 * second run. Magento grants purchase points from the paid total (at invoice); here they are
 * earned at placement.
 * @see the `sales_order_place_after` observers of Magento_GiftCardAccount, Magento_CustomerBalance, Magento_Reward
 * @see Magento\Reward\Model\Action\OrderExtra::getPoints
 */
export interface SettleScope {
  websiteId: number;
  websiteCode: string;
}

export function settleCommerce(
  s: Services,
  order: Order,
  data: CommerceTotals,
  scope: SettleScope,
): Settlement {
  const done = s.store.get<Settlement>(SETTLEMENTS, String(order.entity_id));
  if (done) return done;
  const customerId = typeof order.customer_id === 'number' ? order.customer_id : null;
  const paying = data.giftCards.paying.filter((c) => c.ba > 0);
  for (const card of paying) chargeGiftCard(s, card.i, card.ba);
  const credit = customerId === null ? 0 : data.customerBalanceUsed;
  if (credit > 0) adjustBalance(s, customerId as number, scope.websiteId, -credit);
  const used = customerId === null ? 0 : data.reward.points;
  if (used > 0) adjustPoints(s, customerId as number, scope.websiteId, -used);
  const earned = customerId === null ? 0 : pointsEarned(s, order, scope.websiteCode);
  if (earned > 0) adjustPoints(s, customerId as number, scope.websiteId, earned);
  const row: Settlement = {
    order_id: order.entity_id,
    increment_id: order.increment_id,
    gift_cards: paying.map((c) => ({ id: c.i, code: c.c, amount: c.ba })),
    customer_balance_amount: credit,
    reward_points_used: used,
    reward_points_earned: earned,
  };
  s.store.put(SETTLEMENTS, String(order.entity_id), row);
  return row;
}

function pointsEarned(s: Services, order: Order, website: string): number {
  if (!rewardsEnabled(s, website) || !purchasesEarn(s, website)) return 0;
  const spent = phpRound(
    Number(order.base_grand_total ?? 0) -
      Number(order.base_shipping_amount ?? 0) -
      Number(order.base_tax_amount ?? 0),
  );
  return toPoints(rateToPoints(s, website), Math.max(spent, 0));
}
