import type { Services } from '../../context.ts';
import type { CartId } from '../quote/cart-ref.ts';
import { getActiveQuote, saveQuote } from '../quote/quote-repository.ts';
import { quoteScope } from '../quote/quote-scope.ts';
import { collectTotals } from '../quote/totals/collect.ts';
import { withCommerceData } from './quote-data.ts';
import { findReward } from './reward-points.ts';
import { minPointsBalance, rewardsOnFront } from './reward-rates.ts';
import { commerceTotals } from './totals-data.ts';

/**
 * `POST /V1/reward/mine/use-reward` (RewardManagementInterface::set): with rewards enabled on the
 * storefront it marks the customer's active cart to spend reward points and answers `true`
 * (`false` when rewards are off). Like Magento's PaymentDataImporter it only switches points on
 * for a customer cart with something to pay whose customer has a reward balance of at least
 * `magento_reward/general/min_points_balance`; otherwise the switch goes off and the answer is
 * still `true`.
 * @see Magento\Reward\Model\RewardManagement::set, Magento\Reward\Model\PaymentDataImporter::import
 */
export function useRewardPoints(s: Services, cartId: CartId, limit: number | null = null): boolean {
  const quote = getActiveQuote(s, cartId);
  const scope = quoteScope(s, quote);
  if (!rewardsOnFront(s, scope.websiteCode)) return false;
  if (quote.customer_id === null || quote.customer_is_guest) return true;
  const t = collectTotals(s, quote);
  if (t.grandTotal + commerceTotals(t).reward.amount <= 0) return true;
  const reward = findReward(s, quote.customer_id, scope.websiteId);
  const use = reward !== undefined && reward.points_balance >= minPointsBalance(s, scope.websiteCode);
  saveQuote(s, withCommerceData(quote, { reward: { use, limit: use ? limit : null } }));
  return true;
}
