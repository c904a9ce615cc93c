import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { withoutNulls } from './rule-dto.ts';
import { COUPONS, type CouponRecord, SALES_RULES, type SalesRuleRecord } from './types.ts';

/**
 * Coupons: `POST /V1/coupons`, `PUT/GET/DELETE /V1/coupons/:couponId`, `GET /V1/coupons/search`.
 * A coupon takes its expiry and usage limits from its rule; rule problems are wrapped as
 * `Error occurred when saving coupon: %1`; codes are unique (`%1 already exists.`
 * ["Coupon with the same code"]) and a rule has one primary coupon at most
 * (`Unique constraint violation found`).
 * @see Magento\SalesRule\Model\CouponRepository
 * @see Magento\SalesRule\Model\ResourceModel\Coupon
 */
export interface CouponInput {
  coupon_id?: number | undefined;
  rule_id?: number | undefined;
  code?: string | undefined;
  times_used?: number | undefined;
  is_primary?: boolean | undefined;
  created_at?: string | undefined;
  type?: number | undefined;
}

export const presentCoupon = (c: CouponRecord): Record<string, unknown> =>
  withoutNulls(
    {
      coupon_id: c.coupon_id,
      rule_id: c.rule_id,
      code: c.code,
      usage_limit: c.usage_limit,
      usage_per_customer: c.usage_per_customer,
      times_used: c.times_used,
      expiration_date: c.expiration_date,
      is_primary: c.is_primary,
      created_at: c.created_at,
      type: c.type,
    },
    ['rule_id', 'times_used', 'is_primary'],
  );

function findCoupon(s: Services, id: number): CouponRecord {
  const c = s.store.get<CouponRecord>(COUPONS, String(id));
  if (!c) throw new NoSuchEntityError('No such entity.');
  return c;
}

export const getCoupon = (s: Services, id: number) => presentCoupon(findCoupon(s, id));

export function saveCoupon(s: Services, input: CouponInput): Record<string, unknown> {
  const prior = input.coupon_id ? findCoupon(s, input.coupon_id) : undefined;
  const data = { ...prior, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const rule = s.store.get<SalesRuleRecord>(SALES_RULES, String(data.rule_id ?? 0));
  const fail = (why: string) => new LocalizedError('Error occurred when saving coupon: %1', [why]);
  if (!rule) throw fail(`No such entity with rule_id = ${data.rule_id ?? ''}`);
  if (rule.coupon_type === 1) throw fail('Specified rule does not allow coupons');
  const type = data.type ?? 0;
  if (rule.use_auto_generation && type === 0) throw fail('Specified rule only allows auto generated coupons');
  if (!rule.use_auto_generation && type === 1)
    throw fail('Specified rule does not allow auto generated coupons');
  const coupon: CouponRecord = {
    coupon_id: prior?.coupon_id ?? 0,
    rule_id: rule.rule_id,
    code: data.code ?? null,
    usage_limit: rule.uses_per_coupon,
    usage_per_customer: rule.uses_per_customer,
    times_used: data.times_used ?? 0,
    expiration_date: rule.to_date ? `${rule.to_date} 00:00:00` : null,
    is_primary: data.is_primary ? true : null,
    created_at: data.created_at ?? null,
    type,
  };
  return presentCoupon(storeCoupon(s, coupon));
}

/** Insert or update with the resource's unique checks (code, then one primary per rule). */
function storeCoupon(s: Services, c: CouponRecord): CouponRecord {
  const others = s.store.all<CouponRecord>(COUPONS).filter((o) => o.coupon_id !== c.coupon_id);
  const code = (c.code ?? '').toLowerCase();
  if (c.code !== null && others.some((o) => (o.code ?? '').toLowerCase() === code)) {
    throw new LocalizedError('%1 already exists.', ['Coupon with the same code']);
  }
  if (c.is_primary && others.some((o) => o.rule_id === c.rule_id && o.is_primary)) {
    throw new LocalizedError('Unique constraint violation found');
  }
  const record = { ...c, coupon_id: c.coupon_id || s.store.nextId(COUPONS) };
  s.store.put(COUPONS, String(record.coupon_id), record);
  if (record.is_primary) mirrorCode(s, record.rule_id, record.code);
  return record;
}

export function deleteCoupon(s: Services, id: number): boolean {
  const c = findCoupon(s, id);
  s.store.delete(COUPONS, String(id));
  if (c.is_primary) mirrorCode(s, c.rule_id, null);
  return true;
}

export function searchCoupons(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store.all<CouponRecord>(COUPONS).sort((a, b) => a.coupon_id - b.coupon_id);
  return search(rows, parseSearchCriteria(s, query), {
    field: (c, f) => {
      const v = (c as unknown as Record<string, unknown>)[f];
      return typeof v === 'boolean' ? Number(v) : v;
    },
    present: presentCoupon,
  });
}

/**
 * `Rule::afterSave`: a specific-coupon rule with a code keeps its primary coupon in step (usage
 * limits, expiry = `to_date`); any other rule loses it. Returns the rule as stored.
 */
export function syncPrimaryCoupon(s: Services, rule: SalesRuleRecord): SalesRuleRecord {
  const primary = s.store.all<CouponRecord>(COUPONS).find((c) => c.rule_id === rule.rule_id && c.is_primary);
  const code = (rule.coupon_code ?? '').trim();
  if (rule.coupon_type === 2 && !rule.use_auto_generation && code !== '') {
    storeCoupon(s, {
      coupon_id: primary?.coupon_id ?? 0,
      rule_id: rule.rule_id,
      code,
      usage_limit: rule.uses_per_coupon || null,
      usage_per_customer: rule.uses_per_customer || null,
      times_used: primary?.times_used ?? 0,
      expiration_date: rule.to_date ? `${rule.to_date} 00:00:00` : null,
      is_primary: true,
      created_at: primary?.created_at ?? null,
      type: 0,
    });
  } else if (primary) deleteCoupon(s, primary.coupon_id);
  return s.store.get<SalesRuleRecord>(SALES_RULES, String(rule.rule_id)) ?? rule;
}

function mirrorCode(s: Services, ruleId: number, code: string | null): void {
  const rule = s.store.get<SalesRuleRecord>(SALES_RULES, String(ruleId));
  if (rule && rule.coupon_code !== code)
    s.store.put(SALES_RULES, String(ruleId), { ...rule, coupon_code: code });
}
