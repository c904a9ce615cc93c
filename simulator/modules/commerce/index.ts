/**
 * Adobe Commerce's customer money: gift card accounts, store credit (customer balance) and reward
 * points — their records, cart operations, total collectors, order attributes and settlement.
 * Everything answers only in the Commerce edition (the routes carry `edition: 'commerce'`).
 */
export { COMMERCE_COLLECTORS } from './collectors.ts';
export { customerBalanceDto, setUseStoreCredit } from './customer-balance-cart.ts';
export {
  adjustBalance,
  balanceAmount,
  findBalance,
  setBalance,
  storeCreditEnabled,
} from './customer-balances.ts';
export {
  findGiftCardByCode,
  type GiftCardInput,
  passesChecks,
  saveGiftCardAccount,
} from './gift-card-accounts.ts';
export { addGiftCard, checkGiftCard, listGiftCards, removeGiftCard } from './gift-card-cart.ts';
export { commercePlacementHook, withCommerceAttributes } from './placement.ts';
export { type CommerceQuoteData, withCommerceData } from './quote-data.ts';
export { useRewardPoints } from './reward-cart.ts';
export { adjustPoints, findReward, pointsBalance, setPoints } from './reward-points.ts';
export { minPointsBalance, rateToCurrency, rewardsOnFront, toCurrency } from './reward-rates.ts';
export { applyCustomerBalanceScenario, applyGiftCardScenario } from './scenario.ts';
export { settleCommerce } from './settlement.ts';
export { commerceTotals, isCommerce } from './totals-data.ts';
export {
  CUSTOMER_BALANCES,
  type CustomerBalance,
  GIFTCARD_ACCOUNTS,
  type GiftCardAccount,
  REWARD_POINTS,
  type RewardPoints,
  SETTLEMENTS,
  type Settlement,
} from './types.ts';
