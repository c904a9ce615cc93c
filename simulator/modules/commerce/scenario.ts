import type { CustomerDef, Scenario } from '../../../contracts/scenario.ts';
import type { Services } from '../../context.ts';
import { findCustomerByEmail } from '../customer/customer-repository.ts';
import { listWebsites, websiteByCode } from '../store/stores.ts';
import type { Website } from '../store/types.ts';
import { setBalance } from './customer-balances.ts';
import { findGiftCardByCode, saveGiftCardAccount } from './gift-card-accounts.ts';
import { setPoints } from './reward-points.ts';

/**
 * Scenario sections of the Commerce money: `gift_cards` (enabled accounts, no expiry, on the
 * named website or the first one) and the customers' `store_credit` and `reward_points` (on the
 * customer's website). Run after the customers exist. The data is seeded in either edition; only
 * the Commerce edition's routes and totals use it.
 */
export function applyGiftCardScenario(s: Services, sc: Scenario): void {
  for (const def of sc.gift_cards) {
    if (findGiftCardByCode(s, def.code)) throw new Error(`scenario: gift card "${def.code}" is listed twice`);
    const website = websiteOf(s, def.website, `gift card "${def.code}"`);
    saveGiftCardAccount(s, { code: def.code, balance: def.balance, website_id: website.id });
  }
}

export function applyCustomerBalanceScenario(s: Services, sc: Scenario): void {
  for (const def of sc.customers) {
    if (def.store_credit === undefined && def.reward_points === undefined) continue;
    const website = websiteOf(s, def.website, `customer "${def.email}"`);
    const customer = findCustomerByEmail(s, def.email, website.id);
    if (!customer) throw new Error(`scenario: customer "${def.email}" was not created`);
    seedMoney(s, def, customer.id, website.id);
  }
}

function seedMoney(s: Services, def: CustomerDef, customerId: number, websiteId: number): void {
  if (def.store_credit !== undefined) setBalance(s, customerId, websiteId, def.store_credit);
  if (def.reward_points !== undefined) setPoints(s, customerId, websiteId, def.reward_points);
}

function websiteOf(s: Services, code: string | undefined, what: string): Website {
  const website = code ? websiteByCode(s, code) : listWebsites(s).find((w) => w.id !== 0);
  if (!website) throw new Error(`scenario: ${what}: unknown website "${code}"`);
  return website;
}
