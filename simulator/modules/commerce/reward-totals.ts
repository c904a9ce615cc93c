import type { TotalsCollector } from '../quote/totals/types.ts';
import { phpRound } from '../tax/index.ts';
import { rewardSwitch } from './quote-data.ts';
import { pointsBalance } from './reward-points.ts';
import { pointsEquivalent, rateToCurrency, rewardsOnFront, toCurrency } from './reward-rates.ts';
import { commerceTotals, isCommerce } from './totals-data.ts';

/**
 * `reward` (sort order 1000, first after grand total): when the cart uses reward points, the
 * customer's points (capped by the POS extension's limit) are worth whole rate steps of money
 * and pay what they can of the grand total; covering it all spends only the points needed
 * (rounded up to a rate step). Shows the segment `<points> Reward points` (minus the amount) and
 * the totals extension attributes `reward_points_balance`, `reward_currency_amount`,
 * `base_reward_currency_amount`. Guest carts have none.
 * @see Magento\Reward\Model\Total\Quote\Reward::collect (module-reward/etc/sales.xml sort_order 1000)
 */
export const rewardCollector: TotalsCollector = {
  code: 'reward',
  sortOrder: 1000,
  displayOrder: 85,
  collect(ctx, t) {
    const { s, quote, scope } = ctx;
    if (!isCommerce(s) || !rewardsOnFront(s, scope.websiteCode)) return;
    const sw = rewardSwitch(quote);
    if (!sw.use || quote.customer_id === null || quote.customer_is_guest) return;
    const balance = pointsBalance(s, quote.customer_id, scope.websiteId);
    const points = sw.limit === null ? balance : Math.min(balance, sw.limit);
    const rate = rateToCurrency(s, scope.websiteCode);
    const worth = phpRound(toCurrency(rate, points));
    const grand = phpRound(t.grandTotal);
    if (worth <= 0 || grand <= 0) return;
    const covers = worth >= grand;
    const amount = covers ? grand : worth;
    const used = Math.min(pointsEquivalent(rate, amount), points);
    t.grandTotal = phpRound(grand - amount);
    commerceTotals(t).reward = { points: used, amount };
    t.extension['reward_points_balance'] = used;
    t.extension['reward_currency_amount'] = amount;
    t.extension['base_reward_currency_amount'] = amount;
  },
  fetch(_ctx, t) {
    const r = commerceTotals(t).reward;
    return r.amount > 0 ? { code: 'reward', title: `${r.points} Reward points`, value: -r.amount } : null;
  },
};
