import type { Services } from '../../context.ts';
import { InputError, NoSuchEntityError } from '../../errors.ts';
import { syncPrimaryCoupon } from './coupons.ts';
import { presentRule } from './rule-dto.ts';
import { type Condition, RULE_DEFAULTS, SALES_RULES, type SalesRuleRecord } from './types.ts';

/**
 * `POST /V1/salesRules` and `PUT /V1/salesRules/:ruleId` (the URL id wins): an unknown `rule_id`
 * is 404 `No such entity.`; the sent fields are merged over the stored rule (or the column
 * defaults); `validateData` refuses an end date before the start date and an empty website or
 * group list that was sent, as one InputException whose text is each message followed by "; ".
 * After saving, the primary coupon follows the rule (kept in step for a specific-coupon rule that
 * has one, deleted otherwise); the answer is the rule as reloaded.
 * @see Magento\SalesRule\Model\RuleRepository::save, Magento\SalesRule\Model\Converter\ToModel
 * @see Magento\Rule\Model\AbstractModel::validateData, Magento\SalesRule\Model\Rule::afterSave
 */
export interface SalesRuleInput {
  rule_id?: number | undefined;
  name?: string | undefined;
  store_labels?: Array<{ store_id?: number | undefined; store_label?: string | undefined }> | undefined;
  description?: string | undefined;
  website_ids?: number[] | undefined;
  customer_group_ids?: number[] | undefined;
  from_date?: string | undefined;
  to_date?: string | undefined;
  uses_per_customer?: number | undefined;
  is_active?: boolean | undefined;
  condition?: Condition | undefined;
  action_condition?: Condition | undefined;
  stop_rules_processing?: boolean | undefined;
  is_advanced?: boolean | undefined;
  product_ids?: number[] | undefined;
  sort_order?: number | undefined;
  simple_action?: string | undefined;
  discount_amount?: number | undefined;
  discount_qty?: number | undefined;
  discount_step?: number | undefined;
  apply_to_shipping?: boolean | undefined;
  times_used?: number | undefined;
  is_rss?: boolean | undefined;
  coupon_type?: string | undefined;
  use_auto_generation?: boolean | undefined;
  uses_per_coupon?: number | undefined;
  simple_free_shipping?: string | undefined;
}

const COUPON_TYPES: Record<string, number> = { NO_COUPON: 1, SPECIFIC_COUPON: 2, AUTO: 3 };

export function saveSalesRule(s: Services, input: SalesRuleInput): Record<string, unknown> {
  const prior = input.rule_id ? s.store.get<SalesRuleRecord>(SALES_RULES, String(input.rule_id)) : undefined;
  if (input.rule_id && !prior) throw new NoSuchEntityError('No such entity.');
  const { coupon_type, store_labels, from_date, to_date, ...rest } = input;
  const sent = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const merged: SalesRuleRecord = {
    ...RULE_DEFAULTS,
    ...prior,
    ...sent,
    rule_id: prior?.rule_id ?? 0,
    ...(from_date !== undefined ? { from_date: toDate(from_date) } : {}),
    ...(to_date !== undefined ? { to_date: toDate(to_date) } : {}),
    ...(coupon_type !== undefined ? { coupon_type: COUPON_TYPES[coupon_type] ?? 1 } : {}),
    ...(store_labels !== undefined ? { store_labels: labels(store_labels) } : {}),
  };
  validateData(merged, prior !== undefined, input);
  const record = { ...merged, rule_id: prior?.rule_id ?? s.store.nextId(SALES_RULES) };
  s.store.put(SALES_RULES, String(record.rule_id), record);
  return presentRule(syncPrimaryCoupon(s, record));
}

function validateData(r: SalesRuleRecord, existing: boolean, input: SalesRuleInput): void {
  const errors: string[] = [];
  if (r.from_date && r.to_date && r.from_date > r.to_date) errors.push('End Date must follow Start Date.');
  if ((existing || input.website_ids !== undefined) && r.website_ids.length === 0) {
    errors.push('Please specify a website.');
  }
  if ((existing || input.customer_group_ids !== undefined) && r.customer_group_ids.length === 0) {
    errors.push('Please specify Customer Groups.');
  }
  if (errors.length > 0) throw new InputError(errors.map((e) => `${e}; `).join(''));
}

/** A `date` column keeps the day of what it is given (`new \DateTime($date)` for new rules). */
function toDate(v: string): string | null {
  if (v === '') return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new Error(`DateTime::__construct(): Failed to parse time string (${v})`);
  return new Date(t).toISOString().slice(0, 10);
}

const labels = (list: NonNullable<SalesRuleInput['store_labels']>) =>
  list
    .filter((l) => l.store_label !== undefined)
    .map((l) => ({ store_id: l.store_id ?? 0, store_label: l.store_label as string }))
    .sort((a, b) => a.store_id - b.store_id);
