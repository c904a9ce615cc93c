import type { Condition, SalesRuleRecord } from './types.ts';

/**
 * A stored rule as `SalesRule\Api\Data\RuleInterface`: getters in interface order, nullable ones
 * left out when null, the coupon type as its API name, conditions as DTOs whose non-nullable
 * `operator` and `value` are always sent (`value` as a string). A rule saved without conditions
 * has Magento's empty "all" combines.
 * @see Magento\SalesRule\Model\Converter\ToDataModel
 * @see Magento\SalesRule\Model\Rule::COUPON_TYPE_*, Magento\SalesRule\Api\Data\RuleInterface
 */
export const COUPON_TYPE_NAMES: Record<number, string> = { 1: 'NO_COUPON', 2: 'SPECIFIC_COUPON', 3: 'AUTO' };

const EMPTY_CONDITION: Condition = {
  condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Combine',
  aggregator_type: 'all',
  value: '1',
};
const EMPTY_ACTION: Condition = {
  condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine',
  aggregator_type: 'all',
  value: '1',
};

export function presentCondition(c: Condition): Record<string, unknown> {
  const nested = Array.isArray(c['conditions']) ? (c['conditions'] as Condition[]) : undefined;
  return withoutNulls(
    {
      condition_type: c['condition_type'] ?? null,
      conditions: nested?.map(presentCondition),
      aggregator_type: c['aggregator_type'],
      operator: c['operator'] ?? null,
      attribute_name: c['attribute_name'],
      value: c['value'] == null ? null : String(c['value']),
    },
    ['condition_type', 'operator', 'value'],
  );
}

export function presentRule(r: SalesRuleRecord): Record<string, unknown> {
  return withoutNulls(
    {
      rule_id: r.rule_id,
      name: r.name,
      store_labels: r.store_labels,
      description: r.description,
      website_ids: r.website_ids,
      customer_group_ids: r.customer_group_ids,
      from_date: r.from_date,
      to_date: r.to_date,
      uses_per_customer: r.uses_per_customer,
      is_active: r.is_active,
      condition: presentCondition(r.condition ?? EMPTY_CONDITION),
      action_condition: presentCondition(r.action_condition ?? EMPTY_ACTION),
      stop_rules_processing: r.stop_rules_processing,
      is_advanced: r.is_advanced,
      product_ids: r.product_ids,
      sort_order: r.sort_order,
      simple_action: r.simple_action,
      discount_amount: r.discount_amount,
      discount_qty: r.discount_qty,
      discount_step: r.discount_step,
      apply_to_shipping: r.apply_to_shipping,
      times_used: r.times_used,
      is_rss: r.is_rss,
      coupon_type: COUPON_TYPE_NAMES[r.coupon_type] ?? String(r.coupon_type),
      use_auto_generation: r.use_auto_generation,
      uses_per_coupon: r.uses_per_coupon,
      simple_free_shipping: r.simple_free_shipping,
    },
    [],
  );
}

/** Drops null/undefined values, except the keys whose getter is not nullable (sent as null). */
export function withoutNulls(o: Record<string, unknown>, keep: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([k, v]) => v != null || (keep.includes(k) && v !== undefined)),
  );
}
