import type { Scenario } from '../../contracts/scenario.ts';
import type { Services } from '../context.ts';
import { applyCustomerBalanceScenario, applyGiftCardScenario } from '../modules/commerce/scenario.ts';
import { applyCartRuleScenario } from '../modules/sales-rule/scenario.ts';
import { applyTaxScenario } from '../modules/tax/resources/scenario.ts';

/**
 * The extension point for scenario sections that later modules apply (tax, cart rules, gift cards,
 * and the customers' Commerce balances: `store_credit`, `reward_points`).
 * A module that can apply a section adds one row here, e.g.
 * `{ section: 'tax', apply: applyTaxScenario }`. `applyScenario` refuses a scenario that has data in
 * a section no row handles, instead of silently ignoring it.
 */
export type ScenarioSection = 'tax' | 'cart_rules' | 'gift_cards' | 'customer_balances';

export interface ScenarioApplier {
  section: ScenarioSection;
  apply: (s: Services, sc: Scenario) => void;
}

export const scenarioAppliers: ScenarioApplier[] = [
  { section: 'tax', apply: applyTaxScenario },
  { section: 'cart_rules', apply: applyCartRuleScenario },
];
scenarioAppliers.push(
  { section: 'gift_cards', apply: applyGiftCardScenario },
  { section: 'customer_balances', apply: applyCustomerBalanceScenario },
);

/** The sections of `sc` that carry data for an applier of this list. */
export function sectionsInUse(sc: Scenario): ScenarioSection[] {
  const used: ScenarioSection[] = [];
  if (sc.tax.classes.length + sc.tax.rates.length + sc.tax.rules.length > 0) used.push('tax');
  if (sc.cart_rules.length > 0) used.push('cart_rules');
  if (sc.gift_cards.length > 0) used.push('gift_cards');
  if (sc.customers.some((c) => c.store_credit !== undefined || c.reward_points !== undefined))
    used.push('customer_balances');
  return used;
}

/** Where a section lives in the scenario file (what to remove when it cannot be applied). */
export const SECTION_FIELDS: Record<ScenarioSection, string> = {
  tax: '"tax"',
  cart_rules: '"cart_rules"',
  gift_cards: '"gift_cards"',
  customer_balances: 'the customers\' "store_credit" and "reward_points"',
};

/** How an error message names a section. */
export const SECTION_NAMES: Record<ScenarioSection, string> = {
  tax: 'tax classes, rates and rules',
  cart_rules: 'cart rules',
  gift_cards: 'gift cards',
  customer_balances: 'store credit and reward points',
};
