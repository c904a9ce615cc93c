import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitAppliedTaxes } from './applied-taxes.ts';
import { DeltaRounding } from './delta-rounding.ts';
import type { AppliedRateGroup } from './types.ts';

const group = (id: string, percent: number, ratePercent = percent): AppliedRateGroup => ({
  id,
  percent,
  rates: [{ code: id, title: id, percent: ratePercent, position: 0, priority: 0, rule_id: 1 }],
});

const near = (actual: number | undefined, expected: number) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < 1e-9,
    `expected ${expected}, got ${actual}`,
  );

test('a row tax of 1.18 at 13.4125 % splits into TX 0.66 and AUSTIN 0.52, each rounded', () => {
  const split = splitAppliedTaxes(
    1.18,
    13.4125,
    [group('TX', 7.5), group('AUSTIN', 5.9125, 5.5)],
    new DeltaRounding(),
  );
  // TX: 1.18 / 13.4125 × 7.5 = 0.659832 → 0.66; AUSTIN: 1.18 / 13.4125 × 5.9125 = 0.520168 → 0.52
  assert.deepEqual(
    split.map((t) => [t.id, t.percent]),
    [
      ['TX', 7.5],
      ['AUSTIN', 5.9125],
    ],
  );
  near(split[0]!.amount, 0.66);
  // in floats 0.66 + 0.52 = 1.1800000000000002 > 1.18, so Magento's cap sets 1.18 − 0.66 =
  // 0.5199999999999999: PHP does the same, hence a tolerance here
  near(split[1]!.amount, 0.52);
  assert.deepEqual(split[1]!.rates, [{ code: 'AUSTIN', title: 'AUSTIN', percent: 5.5 }]);
});

test('never more than the row tax: 0.01 split in two halves → 0.01 and 0.00', () => {
  const split = splitAppliedTaxes(0.01, 10, [group('A', 5), group('B', 5)], new DeltaRounding());
  // A: 0.005 + 0.000001 → 0.01; B: 0.005 + 0.000001 → 0.01, but 0.01 + 0.01 > 0.01 → 0.01 − 0.01 = 0
  assert.deepEqual(
    split.map((t) => t.amount),
    [0.01, 0],
  );
});

test('split remainders carry per group id across rows; 0 % groups are left out', () => {
  const deltas = new DeltaRounding();
  const groups = [group('ZERO', 0), group('A', 5), group('B', 5)];
  const first = splitAppliedTaxes(0.01, 10, groups, deltas);
  assert.deepEqual(
    first.map((t) => [t.id, t.amount]),
    [
      ['A', 0.01],
      ['B', 0],
    ],
  );
  // second row: A and B each carry −0.004999 (B's before the cap): 0.005 − 0.004999 = 0.000001 → 0.00.
  // So this row's split sums to 0 although its tax is 0.01: Magento's behaviour, kept as is.
  assert.deepEqual(
    splitAppliedTaxes(0.01, 10, groups, deltas).map((t) => t.amount),
    [0, 0],
  );
});
