import type { Scenario } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import { isNoRoute, seeding } from './rest-errors.ts';
import { type SeedContext, websiteIdsOf } from './seed-context.ts';
import { sameFields } from './seed-tax.ts';

/**
 * Cart price rules (`POST|PUT /V1/salesRules`) named `pg3f9a1c <name>`, and their coupon
 * (`POST /V1/coupons`, code `PG3F9A1C-<code>`, the rule's primary coupon).
 *
 * A rule without a coupon applies to every cart of the website, the merchant's real customers
 * included. Under a namespace such a rule is therefore limited to the run's products: its
 * conditions require a cart item whose SKU contains the run's prefix, and its actions apply to
 * those items only (the `sku` attribute is usable in promo rules on a default install). A
 * target without the routes (404 no route) reports the section missing.
 * @see magento-rest.md §8 (coupons)
 */
type CartRuleDef = Scenario['cart_rules'][number];
interface TargetRule {
  rule_id: number;
  name: string;
}
const COND = 'Magento\\SalesRule\\Model\\Rule\\Condition';

export async function seedCartRules(ctx: SeedContext): Promise<void> {
  if (ctx.sc.cart_rules.length === 0) return;
  let groups: Array<{ id: number; code: string }>;
  try {
    await ctx.client.searchAll('/V1/salesRules/search', [['rule_id', 0]]);
    groups = await ctx.client.searchAll('/V1/customerGroups/search');
  } catch (err) {
    if (!isNoRoute(err)) throw err;
    ctx.log.missing(
      need.cartRules,
      'the target has no cart price rule routes (/V1/salesRules answers "Request does not match any route.")',
    );
    return;
  }
  for (const def of ctx.sc.cart_rules) {
    const groupIds = def.customer_groups.map((c) => groups.find((g) => g.code === c)?.id);
    if (groupIds.some((id) => id === undefined)) {
      const absent = def.customer_groups.filter((_, i) => groupIds[i] === undefined);
      for (const g of absent)
        ctx.log.missing(
          need.customerGroup(g),
          `customer group "${g}" (cart rule "${def.name}") does not exist on the target`,
        );
      continue;
    }
    const ruleId = await seedRule(ctx, def, groupIds as number[]);
    if (def.coupon_code) await seedCoupon(ctx, ruleId, def.coupon_code);
  }
}

async function seedRule(ctx: SeedContext, def: CartRuleDef, groupIds: number[]): Promise<number> {
  const name = ctx.ns.code(def.name);
  const compared = {
    name,
    is_active: def.is_active,
    website_ids: websiteIdsOf(ctx, def.websites),
    customer_group_ids: groupIds,
    simple_action: def.simple_action,
    discount_amount: def.discount_amount,
    apply_to_shipping: def.apply_to_shipping,
  };
  const want = {
    ...compared,
    coupon_type: def.coupon_code ? 'SPECIFIC_COUPON' : 'NO_COUPON',
    use_auto_generation: false,
    stop_rules_processing: false,
    ...(def.coupon_code || ctx.ns.isIdentity ? {} : runProductsOnly(ctx.ns.sku(''))),
  };
  const list = await seeding(`cart rule "${name}"`, () =>
    ctx.client.searchAll<TargetRule>('/V1/salesRules/search', [['name', name]]),
  );
  const found = list.find((r) => r.name === name);
  const changed = !!found && !sameFields(found, compared);
  const saved =
    found && !changed
      ? found
      : await seeding(`cart rule "${name}"`, () =>
          found
            ? ctx.client.put<TargetRule>(`/V1/salesRules/${found.rule_id}`, {
                rule: { ...want, rule_id: found.rule_id },
              })
            : ctx.client.post<TargetRule>('/V1/salesRules', { rule: want }),
        );
  ctx.log.outcome({ kind: 'cart-rule', name, scenarioName: def.name, id: saved.rule_id }, !!found, changed);
  return saved.rule_id;
}

async function seedCoupon(ctx: SeedContext, ruleId: number, scenarioCode: string): Promise<void> {
  const code = ctx.ns.coupon(scenarioCode);
  const found = (
    await seeding(`coupon "${code}"`, () =>
      ctx.client.searchAll<{ coupon_id: number; rule_id: number; code: string }>('/V1/coupons/search', [
        ['code', code],
      ]),
    )
  ).find((c) => c.code.toLowerCase() === code.toLowerCase());
  if (found && found.rule_id !== ruleId) {
    throw new Error(
      `coupon "${code}" belongs to cart rule ${found.rule_id}, not to the run's rule ${ruleId}`,
    );
  }
  const id = found
    ? found.coupon_id
    : (
        await seeding(`coupon "${code}"`, () =>
          ctx.client.post<{ coupon_id: number }>('/V1/coupons', {
            coupon: { rule_id: ruleId, code, is_primary: true, type: 0 },
          }),
        )
      ).coupon_id;
  ctx.log.outcome({ kind: 'coupon', name: code, scenarioName: scenarioCode, id }, !!found, false);
}

/** Conditions and actions limited to cart items whose SKU contains the run's prefix. */
function runProductsOnly(prefix: string) {
  const sku = { condition_type: `${COND}\\Product`, attribute_name: 'sku', operator: '{}', value: prefix };
  return {
    condition: {
      condition_type: `${COND}\\Combine`,
      aggregator_type: 'all',
      value: '1',
      conditions: [
        { condition_type: `${COND}\\Product\\Found`, aggregator_type: 'all', value: '1', conditions: [sku] },
      ],
    },
    action_condition: {
      condition_type: `${COND}\\Product\\Combine`,
      aggregator_type: 'all',
      value: '1',
      conditions: [sku],
    },
  };
}
