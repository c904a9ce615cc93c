import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_RATES, resolveRates } from './rate-resolver.ts';
import type { TaxAddress, TaxRate, TaxRule } from './types.ts';

// Magento's classes: customer 3 = Retail Customer, product 2 = Taxable Goods.
const rate = (id: number, code: string, percent: number, extra: Partial<TaxRate> = {}): TaxRate => ({
  id,
  code,
  tax_country_id: 'US',
  tax_region_id: 0,
  tax_postcode: '*',
  rate: percent,
  ...extra,
});
const rule = (id: number, tax_rate_ids: number[], extra: Partial<TaxRule> = {}): TaxRule => ({
  id,
  code: `rule ${id}`,
  priority: 0,
  position: 0,
  customer_tax_class_ids: [3],
  product_tax_class_ids: [2],
  tax_rate_ids,
  ...extra,
});
const CA = rate(1, 'US-CA-*-Rate 1', 8.25, { tax_region_id: 12 });
const US_ANY = rate(2, 'US-*', 2);
const at = (address: TaxAddress, rates: TaxRate[], rules: TaxRule[], productTaxClassId = 2) =>
  resolveRates({ rates, rules, customerTaxClassId: 3, productTaxClassId, address });

test('a regional rate needs that region; region 0 in a rate means any region', () => {
  const rates = [CA, US_ANY];
  assert.equal(at({ country_id: 'US', region_id: 12 }, rates, [rule(1, [1])]).percent, 8.25);
  assert.equal(at({ country_id: 'US', region_id: 43 }, rates, [rule(1, [1])]).percent, 0);
  // tax/defaults region 0 (no region): a California rate does not apply
  assert.equal(at({ country_id: 'US', region_id: 0 }, rates, [rule(1, [1])]).percent, 0);
  assert.equal(at({ country_id: 'US', region_id: 43 }, rates, [rule(2, [2])]).percent, 2);
  assert.equal(at({ country_id: 'US' }, rates, [rule(2, [2])]).percent, 2);
  assert.deepEqual(at({ country_id: 'DE' }, rates, [rule(2, [2])]), NO_RATES);
});

test('one rule applies only its most specific matching rate (region, then postcode)', () => {
  const rates = [US_ANY, CA, rate(3, 'CA-900', 9, { tax_region_id: 12, tax_postcode: '900*' })];
  const rules = [rule(1, [2, 1, 3])];
  // CA + 90034: region 12 beats 0, then postcode '900*' sorts above '*' (descending) → 9 only
  const ca = at({ country_id: 'US', region_id: 12, postcode: '90034' }, rates, rules);
  assert.equal(ca.percent, 9);
  assert.deepEqual(
    ca.groups.map((g) => g.id),
    ['CA-900'],
  );
  assert.equal(at({ country_id: 'US', region_id: 12, postcode: '10001' }, rates, rules).percent, 8.25);
  assert.equal(at({ country_id: 'US', region_id: 43 }, rates, rules).percent, 2);
});

test('same priority: rules add up into one group, ordered by rule id, not position', () => {
  const rates = [rate(1, 'STATE', 5), rate(2, 'CITY', 3)];
  const rules = [rule(2, [2], { position: 0 }), rule(1, [1], { position: 9 })];
  const r = at({ country_id: 'US' }, rates, rules);
  // (100 + 0) × (5 + 3)/100 = 8
  assert.equal(r.percent, 8);
  assert.equal(r.groups.length, 1);
  assert.equal(r.groups[0]!.id, 'STATECITY'); // codes joined, rule 1 first
  assert.deepEqual(
    r.groups[0]!.rates.map((x) => [x.code, x.percent, x.rule_id, x.position]),
    [
      ['STATE', 5, 1, 9],
      ['CITY', 3, 2, 0],
    ],
  );
});

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/multi_tax_rule_total_calculate_subtotal_no.php
test('different priorities compound: 7.5 % then 5.5 % → 5.9125 % and 13.4125 %', () => {
  const rates = [rate(1, 'TX', 7.5), rate(2, 'AUSTIN', 5.5)];
  const rules = [rule(1, [1], { priority: 1 }), rule(2, [2], { priority: 2, calculate_subtotal: false })];
  const r = at({ country_id: 'US' }, rates, rules);
  // group 2: (100 + 7.5) × 5.5/100 = 5.9125; total 7.5 + 5.9125 = 13.4125
  assert.deepEqual(
    r.groups.map((g) => [g.id, g.percent]),
    [
      ['TX', 7.5],
      ['AUSTIN', 5.9125],
    ],
  );
  assert.equal(r.percent, 13.4125);
  assert.equal(r.groups[1]!.rates[0]!.percent, 5.5); // the rate itself keeps its own percent
});

// .../scenarios/multi_tax_rule_two_row_calculate_subtotal_yes_total.php (tax_percent 14)
test('calculate_subtotal: a later priority is charged on the subtotal only', () => {
  const rates = [rate(1, 'TX', 9), rate(2, 'AUSTIN', 5)];
  const rules = [rule(1, [1], { priority: 1 }), rule(2, [2], { priority: 2, calculate_subtotal: true })];
  const r = at({ country_id: 'US' }, rates, rules);
  assert.deepEqual(
    r.groups.map((g) => g.percent),
    [9, 5],
  ); // not (100 + 9) × 5 % = 5.45
  assert.equal(r.percent, 14);
});

test('classes and country gate everything; product class 0 is never taxed', () => {
  const rates = [US_ANY];
  const rules = [rule(1, [2])];
  assert.deepEqual(at({ country_id: 'US' }, rates, rules, 0), NO_RATES);
  assert.deepEqual(at({ country_id: 'US' }, rates, rules, 4), NO_RATES);
  assert.deepEqual(at({ country_id: null }, rates, rules), NO_RATES);
  const guestClass = resolveRates({
    rates,
    rules,
    customerTaxClassId: 5,
    productTaxClassId: 2,
    address: { country_id: 'US' },
  });
  assert.deepEqual(guestClass, NO_RATES);
});

test('a rate used by two rules counts once, in the first (by priority) rule', () => {
  const rates = [US_ANY];
  const r = at({ country_id: 'US' }, rates, [rule(1, [2], { priority: 0 }), rule(2, [2], { priority: 5 })]);
  assert.equal(r.percent, 2); // not compounded twice
  assert.equal(r.groups.length, 1);
});

test('titles come from the store label, else the code', () => {
  const titled = rate(2, 'US-*', 2, { titles: [{ store_id: 1, value: 'Sales Tax' }] });
  const args = { rates: [titled], rules: [rule(1, [2])], customerTaxClassId: 3, productTaxClassId: 2 };
  const title = (storeId: number) =>
    resolveRates({ ...args, address: { country_id: 'US' }, storeId }).groups[0]!.rates[0]!.title;
  assert.equal(title(1), 'Sales Tax');
  assert.equal(title(2), 'US-*');
});
