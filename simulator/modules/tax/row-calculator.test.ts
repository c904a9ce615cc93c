import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TaxableItem, TaxDetailsItem } from './calculator.ts';
import { createRowCalculator } from './row-calculator.ts';
import type { AppliedRates } from './types.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
const check = (d: TaxDetailsItem, expected: Partial<Record<keyof TaxDetailsItem, number>>) => {
  for (const [k, v] of Object.entries(expected)) near(d[k as keyof TaxDetailsItem] as number, v, k);
};
const oneRate = (percent: number, id = `R${percent}`): AppliedRates => ({
  percent,
  groups: [{ id, percent, rates: [{ code: id, title: id, percent, position: 0, priority: 0, rule_id: 1 }] }],
});
const item = (
  code: string,
  unitPrice: number,
  quantity: number,
  rates: AppliedRates,
  over: Partial<TaxableItem> = {},
) =>
  ({
    code,
    type: 'product',
    unitPrice,
    quantity,
    discountAmount: 0,
    isTaxIncluded: false,
    rates,
    storeRates: rates,
    ...over,
  }) satisfies TaxableItem;
const calc = () => createRowCalculator({ applyAfterDiscount: true, crossBorderTrade: false });

test('excl. tax: the whole row is taxed (3 × 3.33 at 8.25 % → 0.82, where UNIT gives 0.81)', () => {
  const d = calc().calculate(item('sequence-1', 3.33, 3, oneRate(8.25)));
  // 9.99 × 0.0825 = 0.824175 → 0.82; row incl. 10.81; price incl. 10.81 / 3 = 3.6033 → 3.60
  check(d, { rowTax: 0.82, rowTotal: 9.99, rowTotalInclTax: 10.81, priceInclTax: 3.6, price: 3.33 });
});

test('remainders stay within their row: two 9.99 rows at 8.25 % → 0.82 and 0.82', () => {
  const c = calc();
  near(c.calculate(item('sequence-1', 9.99, 1, oneRate(8.25))).rowTax, 0.82, 'row 1');
  near(c.calculate(item('sequence-2', 9.99, 1, oneRate(8.25))).rowTax, 0.82, 'row 2');
});

test('incl. tax: 3 × 10.00 at 20 % → row tax 5.00 (UNIT gives 5.01), price 8.33', () => {
  const d = calc().calculate(item('sequence-1', 10, 3, oneRate(20), { isTaxIncluded: true }));
  // 30 × (1 − 1/1.2) = 5.00 → 5.00; row excl. 30 − 5 = 25.00; price 25 / 3 = 8.333 → 8.33
  check(d, { rowTax: 5, rowTotal: 25, price: 8.33, priceInclTax: 10, rowTotalInclTax: 30 });
});

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/including_tax_apply_tax_after_discount.php
test('incl. tax after discount: 29.00 at 10 %, discount 13.18 → tax 1.44, compensation 1.20', () => {
  const d = calc().calculate(
    item('sequence-1', 29, 1, oneRate(10), { isTaxIncluded: true, discountAmount: 13.18 }),
  );
  // before: 29 × (1 − 1/1.1) = 2.636364 → 2.64; row excl. 26.36
  // after: (29 − 13.18) = 15.82 → 15.82 × (1 − 1/1.1) = 1.438182 → 1.44; compensation 2.64 − 1.44 = 1.20
  check(d, {
    rowTax: 1.44,
    discountTaxCompensationAmount: 1.2,
    rowTotal: 26.36,
    price: 26.36,
    rowTotalInclTax: 29,
  });
});

test('excl. tax, two rate groups: each group rounds on its own row amount', () => {
  const rates: AppliedRates = {
    percent: 13.4125,
    groups: [
      {
        id: 'TX',
        percent: 7.5,
        rates: [{ code: 'TX', title: 'TX', percent: 7.5, position: 0, priority: 1, rule_id: 1 }],
      },
      {
        id: 'AUSTIN',
        percent: 5.9125,
        rates: [{ code: 'AUSTIN', title: 'AUSTIN', percent: 5.5, position: 0, priority: 2, rule_id: 2 }],
      },
    ],
  };
  const d = calc().calculate(item('sequence-1', 1, 10, rates));
  // TX: 10 × 0.075 = 0.75; AUSTIN: 10 × 0.059125 = 0.59125 → 0.59; row 1.34, incl. 11.34, unit incl. 1.134 → 1.13
  check(d, { rowTax: 1.34, rowTotalInclTax: 11.34, priceInclTax: 1.13, taxPercent: 13.4125 });
  assert.deepEqual(
    d.appliedTaxes.map((t) => [t.id, t.percent, t.amount]),
    [
      ['TX', 7.5, 0.75],
      ['AUSTIN', 5.9125, 0.59],
    ],
  );
});

test('the catalog price is rounded first: 9.995 incl. 20 % is taxed as 10.00', () => {
  const d = calc().calculate(item('sequence-1', 9.995, 1, oneRate(20), { isTaxIncluded: true }));
  // round(9.995) = 10.00; 10 × (1 − 1/1.2) = 1.6667 → 1.67; row excl. 8.33
  check(d, { priceInclTax: 10, rowTotalInclTax: 10, rowTax: 1.67, rowTotal: 8.33, price: 8.33 });
  const excl = calc().calculate(item('sequence-2', 9.995, 3, oneRate(20)));
  // round(9.995) = 10.00; row 30.00 × 0.2 = 6.00
  check(excl, { price: 10, rowTotal: 30, rowTax: 6 });
});

test('incl. tax, two rate groups: the row tax is split by percent (1.18 → 0.66 + 0.52)', () => {
  const rates: AppliedRates = {
    percent: 13.4125,
    groups: [
      {
        id: 'TX',
        percent: 7.5,
        rates: [{ code: 'TX', title: 'TX', percent: 7.5, position: 0, priority: 1, rule_id: 1 }],
      },
      {
        id: 'AUSTIN',
        percent: 5.9125,
        rates: [{ code: 'AUSTIN', title: 'AUSTIN', percent: 5.5, position: 0, priority: 2, rule_id: 2 }],
      },
    ],
  };
  const d = calc().calculate(item('sequence-1', 10, 1, rates, { isTaxIncluded: true }));
  // 10 × (1 − 1/1.134125) = 1.182630 → 1.18; TX 1.18 / 13.4125 × 7.5 = 0.659832 → 0.66;
  // AUSTIN 1.18 / 13.4125 × 5.9125 = 0.520168 → 0.52
  check(d, { rowTax: 1.18, rowTotal: 8.82, price: 8.82 });
  assert.deepEqual(
    d.appliedTaxes.map((t) => t.id),
    ['TX', 'AUSTIN'],
  );
  near(d.appliedTaxes[0]!.amount, 0.66, 'TX');
  near(d.appliedTaxes[1]!.amount, 0.52, 'AUSTIN'); // 1.18 − 0.66 after the float cap, as in PHP
});
