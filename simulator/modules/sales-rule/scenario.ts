import type { Scenario } from '../../../contracts/scenario.ts';
import type { Services } from '../../context.ts';
import { findGroupByCode } from '../customer/groups.ts';
import { listWebsites, websiteByCode } from '../store/stores.ts';
import { saveCoupon } from './coupons.ts';
import { saveSalesRule } from './rule-save.ts';

/**
 * Seeds a scenario's `cart_rules` through the REST services: each rule for its websites (codes;
 * every website by default) and customer groups (codes), with a specific coupon when it names one
 * (created as the rule's primary coupon, as `POST /V1/coupons` would). "Discard subsequent rules"
 * is off, the admin form's default, so a scenario's rules add up.
 */
export function applyCartRuleScenario(s: Services, sc: Scenario): void {
  for (const def of sc.cart_rules) {
    const websiteIds = def.websites
      ? def.websites.map((code) => {
          const w = websiteByCode(s, code);
          if (!w) throw new Error(`cart rule "${def.name}": unknown website "${code}"`);
          return w.id;
        })
      : listWebsites(s)
          .filter((w) => w.id !== 0)
          .map((w) => w.id);
    const groupIds = def.customer_groups.map((code) => {
      const g = findGroupByCode(s, code);
      if (!g) throw new Error(`cart rule "${def.name}": unknown customer group "${code}"`);
      return g.id;
    });
    const rule = saveSalesRule(s, {
      name: def.name,
      is_active: def.is_active,
      website_ids: websiteIds,
      customer_group_ids: groupIds,
      simple_action: def.simple_action,
      discount_amount: def.discount_amount,
      apply_to_shipping: def.apply_to_shipping,
      stop_rules_processing: false,
      coupon_type: def.coupon_code ? 'SPECIFIC_COUPON' : 'NO_COUPON',
    });
    if (def.coupon_code)
      saveCoupon(s, { rule_id: rule['rule_id'] as number, code: def.coupon_code, is_primary: true });
  }
}
