/**
 * Adobe Commerce's customer-money records, one collection each: gift card accounts
 * (`giftcard_accounts`, keyed by String(id)), store credit per customer and website
 * (`customer_balances`, keyed `<customerId>:<websiteId>`) and reward points per customer and
 * website (`reward_points`, same keys). Placement writes one `commerce_settlements` row per order
 * (what it charged and earned), which also makes settling an order happen exactly once.
 * @see Magento\GiftCardAccount\Model\Giftcardaccount, Magento\CustomerBalance\Model\Balance,
 *   Magento\Reward\Model\Reward
 */
export const GIFTCARD_ACCOUNTS = 'giftcard_accounts';
export const CUSTOMER_BALANCES = 'customer_balances';
export const REWARD_POINTS = 'reward_points';
export const SETTLEMENTS = 'commerce_settlements';

/** `status`: 1 enabled, 0 disabled. `state`: 0 available, 1 used (balance spent). */
export interface GiftCardAccount {
  id: number;
  code: string;
  balance: number;
  website_id: number;
  status: 0 | 1;
  state: 0 | 1;
  /** `YYYY-MM-DD`; the card is usable through that day. */
  expires_at: string | null;
  created_at: string;
}

export interface CustomerBalance {
  balance_id: number;
  customer_id: number;
  website_id: number;
  amount: number;
}

export interface RewardPoints {
  reward_id: number;
  customer_id: number;
  website_id: number;
  points_balance: number;
}

/** What one placement charged and earned. */
export interface Settlement {
  order_id: number;
  increment_id: string;
  gift_cards: Array<{ id: number; code: string; amount: number }>;
  customer_balance_amount: number;
  reward_points_used: number;
  reward_points_earned: number;
}

export const balanceKey = (customerId: number, websiteId: number): string => `${customerId}:${websiteId}`;
