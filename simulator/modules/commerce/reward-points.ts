import type { Services } from '../../context.ts';
import { balanceKey, REWARD_POINTS, type RewardPoints } from './types.ts';

/**
 * Reward points: one balance per customer and website (`magento_reward`). Scenarios set it,
 * placement spends and earns points.
 * @see Magento\Reward\Model\Reward::loadByCustomer
 */
export function findReward(s: Services, customerId: number, websiteId: number): RewardPoints | undefined {
  return s.store.get<RewardPoints>(REWARD_POINTS, balanceKey(customerId, websiteId));
}

export function pointsBalance(s: Services, customerId: number, websiteId: number): number {
  return findReward(s, customerId, websiteId)?.points_balance ?? 0;
}

export function setPoints(s: Services, customerId: number, websiteId: number, points: number): RewardPoints {
  const existing = findReward(s, customerId, websiteId);
  const row: RewardPoints = {
    reward_id: existing?.reward_id ?? s.store.nextId(REWARD_POINTS),
    customer_id: customerId,
    website_id: websiteId,
    points_balance: Math.max(Math.trunc(points), 0),
  };
  s.store.put(REWARD_POINTS, balanceKey(customerId, websiteId), row);
  return row;
}

export function adjustPoints(
  s: Services,
  customerId: number,
  websiteId: number,
  delta: number,
): RewardPoints {
  return setPoints(s, customerId, websiteId, pointsBalance(s, customerId, websiteId) + delta);
}
