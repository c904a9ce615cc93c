import type { Services } from '../../context.ts';

/**
 * Reward exchange rates and switches. Magento keeps the rates as rows of `magento_reward_rate`
 * (per website and customer group, set under Stores > Reward Exchange Rates), not as config; the
 * simulator reads them from four config paths instead, per website (posgate's own paths, see
 * docs/pos-extension.md): `magento_reward/rate_to_currency/points` points are worth
 * `magento_reward/rate_to_currency/currency_amount`, and every
 * `magento_reward/rate_to_points/currency_amount` spent earns `magento_reward/rate_to_points/points`.
 * A rate with a zero or empty side is "no rate". The conversions are Magento's: whole rate steps only.
 * @see Magento\Reward\Model\Reward\Rate::calculateToCurrency, ::calculateToPoints
 * @see Magento\Reward\Model\Reward::getPointsEquivalent, Magento\Reward\Helper\Data
 */
export interface Rate {
  points: number;
  currencyAmount: number;
}

const read = (s: Services, path: string, website: string): number => {
  const n = Number(s.config.get(path, { website }) ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

export function rateToCurrency(s: Services, website: string): Rate {
  return {
    points: read(s, 'magento_reward/rate_to_currency/points', website),
    currencyAmount: read(s, 'magento_reward/rate_to_currency/currency_amount', website),
  };
}

export function rateToPoints(s: Services, website: string): Rate {
  return {
    points: read(s, 'magento_reward/rate_to_points/points', website),
    currencyAmount: read(s, 'magento_reward/rate_to_points/currency_amount', website),
  };
}

/** Points → money: whole rate steps (`(int)(points / rate points) * rate amount`). */
export function toCurrency(rate: Rate, points: number): number {
  if (!rate.points) return 0;
  return Math.trunc(points / rate.points) * rate.currencyAmount;
}

/** Money → points earned: whole rate steps of the amount. */
export function toPoints(rate: Rate, amount: number): number {
  if (!rate.currencyAmount || amount < rate.currencyAmount) return 0;
  return Math.trunc(stable(amount / rate.currencyAmount)) * rate.points;
}

/** Points needed to pay `amount`, rounded up to a whole rate step. */
export function pointsEquivalent(rate: Rate, amount: number): number {
  if (!amount || rate.currencyAmount <= 0) return 0;
  const delta = amount / rate.currencyAmount;
  return delta > 0 ? rate.points * Math.ceil(stable(delta)) : 0;
}

/** `magento_reward/general/is_enabled` for the website. */
export const rewardsEnabled = (s: Services, website: string): boolean =>
  s.config.flag('magento_reward/general/is_enabled', { website });

/** `isEnabledOnFront`: enabled, and `magento_reward/general/is_enabled_on_front`. */
export const rewardsOnFront = (s: Services, website: string): boolean =>
  rewardsEnabled(s, website) && s.config.flag('magento_reward/general/is_enabled_on_front', { website });

/** `magento_reward/points/order`: purchases earn points. */
export const purchasesEarn = (s: Services, website: string): boolean =>
  s.config.flag('magento_reward/points/order', { website });

export const minPointsBalance = (s: Services, website: string): number =>
  Number(s.config.get('magento_reward/general/min_points_balance', { website }) ?? 0) || 0;

/** Drops float noise (1.1 / 0.1 = 11.000000000000002) before a floor or ceiling. */
const stable = (x: number): number => Math.round(x * 1e8) / 1e8;
