import { z } from 'zod';
import { snakeKeys } from '../../modules/catalog/dto-keys.ts';
import {
  deleteCoupon,
  deleteSalesRule,
  getCoupon,
  getSalesRule,
  saveCoupon,
  saveSalesRule,
  searchCoupons,
  searchSalesRules,
} from '../../modules/sales-rule/index.ts';
import { m, pathInt } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';

/**
 * SalesRule/etc/webapi.xml: cart price rule and coupon CRUD, all under `Magento_SalesRule::quote`.
 * `PUT .../:ruleId` and `PUT .../:couponId` put the URL id into the body's DTO (ParamsOverrider).
 * Condition trees are kept as sent (not evaluated by the discount engine).
 */
const QUOTE = 'Magento_SalesRule::quote';

const dto = <S extends z.ZodType>(schema: S) => z.preprocess(snakeKeys, schema);
const opt = {
  int: () => m.int().optional(),
  float: () => m.float().optional(),
  str: () => m.string().optional(),
  bool: () => m.bool().optional(),
  ints: () => m.array(m.int()).optional(),
};
const rule = m.object({
  rule_id: opt.int(),
  name: opt.str(),
  store_labels: m.array(m.object({ store_id: opt.int(), store_label: opt.str() })).optional(),
  description: opt.str(),
  website_ids: opt.ints(),
  customer_group_ids: opt.ints(),
  from_date: opt.str(),
  to_date: opt.str(),
  uses_per_customer: opt.int(),
  is_active: opt.bool(),
  condition: m.object({}).optional(),
  action_condition: m.object({}).optional(),
  stop_rules_processing: opt.bool(),
  is_advanced: opt.bool(),
  product_ids: opt.ints(),
  sort_order: opt.int(),
  simple_action: opt.str(),
  discount_amount: opt.float(),
  discount_qty: opt.float(),
  discount_step: opt.int(),
  apply_to_shipping: opt.bool(),
  times_used: opt.int(),
  is_rss: opt.bool(),
  coupon_type: opt.str(),
  use_auto_generation: opt.bool(),
  uses_per_coupon: opt.int(),
  simple_free_shipping: opt.str(),
});
const coupon = m.object({
  coupon_id: opt.int(),
  rule_id: opt.int(),
  code: opt.str(),
  times_used: opt.int(),
  is_primary: opt.bool(),
  created_at: opt.str(),
  type: opt.int(),
});
const ruleBody = m.object({ rule: dto(rule) });
const couponBody = m.object({ coupon: dto(coupon) });

/** Path ids are ints for Magento's input processor. */

export const salesRuleRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/salesRules/search', resource: QUOTE }, (ctx) =>
    searchSalesRules(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/salesRules/:ruleId', resource: QUOTE }, (ctx) =>
    getSalesRule(ctx, pathInt(ctx.params['ruleId'])),
  ),
  withBody({ method: 'POST', path: '/V1/salesRules', resource: QUOTE }, ruleBody, (ctx, b) =>
    saveSalesRule(ctx, b.rule),
  ),
  withBody({ method: 'PUT', path: '/V1/salesRules/:ruleId', resource: QUOTE }, ruleBody, (ctx, b) =>
    saveSalesRule(ctx, { ...b.rule, rule_id: pathInt(ctx.params['ruleId']) }),
  ),
  route({ method: 'DELETE', path: '/V1/salesRules/:ruleId', resource: QUOTE }, (ctx) =>
    deleteSalesRule(ctx, pathInt(ctx.params['ruleId'])),
  ),

  route({ method: 'GET', path: '/V1/coupons/search', resource: QUOTE }, (ctx) =>
    searchCoupons(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/coupons/:couponId', resource: QUOTE }, (ctx) =>
    getCoupon(ctx, pathInt(ctx.params['couponId'])),
  ),
  withBody({ method: 'POST', path: '/V1/coupons', resource: QUOTE }, couponBody, (ctx, b) =>
    saveCoupon(ctx, b.coupon),
  ),
  withBody({ method: 'PUT', path: '/V1/coupons/:couponId', resource: QUOTE }, couponBody, (ctx, b) =>
    saveCoupon(ctx, { ...b.coupon, coupon_id: pathInt(ctx.params['couponId']) }),
  ),
  route({ method: 'DELETE', path: '/V1/coupons/:couponId', resource: QUOTE }, (ctx) =>
    deleteCoupon(ctx, pathInt(ctx.params['couponId'])),
  ),
];
