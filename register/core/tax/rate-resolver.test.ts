import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rateMatches, resolveRate } from './rate-resolver.ts';
import type { TaxRate, TaxRule, TaxTable } from './tax-table.ts';

const rate = (id: number, code: string, region: number, postcode: string, r: number): TaxRate => ({
  id,
  code,
  tax_country_id: 'US',
  tax_region_id: region,
  tax_postcode: postcode,
  rate: r,
});
const rule = (id: number, priority: number, rates: number[], calculate_subtotal = false): TaxRule => ({
  id,
  code: `rule${id}`,
  priority,
  position: 0,
  customer_tax_class_ids: [3],
  product_tax_class_ids: [2],
  tax_rate_ids: rates,
  calculate_subtotal,
});

test('postcodes: wildcard, prefix, exact, range; an address without a postcode matches all', () => {
  const at = { country_id: 'US', region_id: 57, postcode: '78701' };
  assert.ok(rateMatches(rate(1, 'a', 57, '*', 1), at));
  assert.ok(rateMatches(rate(1, 'a', 57, '787*', 1), at));
  assert.ok(!rateMatches(rate(1, 'a', 57, '788*', 1), at));
  assert.ok(rateMatches(rate(1, 'a', 0, '78701', 1), at), 'region 0 = any region');
  assert.ok(!rateMatches(rate(1, 'a', 12, '*', 1), at));
  assert.ok(rateMatches({ ...rate(1, 'a', 57, '', 1), zip_is_range: 1, zip_from: 78000, zip_to: 78999 }, at));
  assert.ok(
    !rateMatches({ ...rate(1, 'a', 57, '', 1), zip_is_range: 1, zip_from: 79000, zip_to: 79999 }, at),
  );
  assert.ok(rateMatches(rate(1, 'a', 57, '78701', 1), { country_id: 'US', region_id: 57 }));
});

test('a rule contributes its most specific rate; priorities compound unless calculate_subtotal', () => {
  const table: TaxTable = {
    rates: [rate(1, 'TX', 57, '*', 8.25), rate(2, 'AUSTIN', 57, '787*', 2), rate(3, 'CITY', 57, '*', 1)],
    rules: [rule(1, 0, [1, 2]), rule(2, 1, [3])],
    classes: [],
  };
  const r = resolveRate(table, 2, 3, { country_id: 'US', region_id: 57, postcode: '78701' });
  // rule 1: AUSTIN (postcode 787* sorts before *) only; rule 2 compounds: 2 + (100 + 2) × 1 %
  assert.deepEqual(
    r.groups.map((g) => [g.id, g.percent]),
    [
      ['AUSTIN', 2],
      ['CITY', 1.02],
    ],
  );
  assert.ok(Math.abs(r.percent - 3.02) < 1e-9);
  const flat = resolveRate({ ...table, rules: [rule(1, 0, [1]), rule(2, 1, [3], true)] }, 2, 3, {
    country_id: 'US',
    region_id: 57,
  });
  assert.deepEqual(
    flat.groups.map((g) => g.percent),
    [8.25, 1],
  );
  assert.equal(flat.percent, 9.25);
});

test('rates of one priority add up into one group; other classes get nothing', () => {
  const table: TaxTable = {
    rates: [rate(1, 'A', 57, '*', 5), rate(2, 'B', 57, '*', 2.5)],
    rules: [rule(1, 0, [1]), rule(2, 0, [2])],
    classes: [],
  };
  const r = resolveRate(table, 2, 3, { country_id: 'US', region_id: 57 });
  assert.deepEqual(
    r.groups.map((g) => [g.id, g.percent]),
    [['AB', 7.5]],
  );
  assert.equal(resolveRate(table, 4, 3, { country_id: 'US', region_id: 57 }).percent, 0);
});
