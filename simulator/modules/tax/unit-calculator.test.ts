import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TaxableItem, TaxDetailsItem } from './calculator.ts';
import type { AppliedRates } from './types.ts';
import { createUnitCalculator } from './unit-calculator.ts';

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
const calc = (applyAfterDiscount = true, crossBorderTrade = false) =>
  createUnitCalculator({ applyAfterDiscount, crossBorderTrade });

test('excl. tax: tax per unit, rounded, times qty (3 × 3.33 at 8.25 % → 0.81)', () => {
  const d = calc().calculate(item('sequence-1', 3.33, 3, oneRate(8.25)));
  // unit: 3.33 × 0.0825 = 0.274725 (+0.000001) → 0.27; row 0.27 × 3 = 0.81
  check(d, {
    rowTax: 0.81,
    price: 3.33,
    priceInclTax: 3.6,
    rowTotal: 9.99,
    rowTotalInclTax: 10.8,
    taxPercent: 8.25,
  });
  assert.deepEqual(
    d.appliedTaxes.map((t) => [t.id, t.amount]),
    [['R8.25', 0.81]],
  );
});

test('remainders never cross lines: two 9.99 lines at 8.25 % → 0.82 and 0.82', () => {
  const c = calc();
  // each line: 0.824175 + 0.000001 → 0.82 (a shared key would make the second 0.83)
  near(c.calculate(item('sequence-1', 9.99, 1, oneRate(8.25))).rowTax, 0.82, 'line 1');
  near(c.calculate(item('sequence-2', 9.99, 1, oneRate(8.25))).rowTax, 0.82, 'line 2');
});

test('excl. tax after discount: 2 × 10.00 at 20 %, discount 10 → tax 2.00 on 5.00 a unit', () => {
  const d = calc().calculate(item('sequence-1', 10, 2, oneRate(20), { discountAmount: 10 }));
  // before discount: 10 × 0.2 = 2.00 a unit (price incl. tax 12.00);
  // after: (10 − 10/2) × 0.2 = 1.00 a unit → row 2.00; no compensation when prices exclude tax
  check(d, { rowTax: 2, priceInclTax: 12, rowTotalInclTax: 24, discountTaxCompensationAmount: 0 });
});

test('excl. tax, tax before discount: the discount is ignored', () => {
  const d = calc(false).calculate(item('sequence-1', 10, 2, oneRate(20), { discountAmount: 10 }));
  near(d.rowTax, 4, 'rowTax'); // 2 × (10 × 0.2)
});

test('incl. tax: 3 × 10.00 at 20 % → unit tax 1.67, row tax 5.01, price 8.33', () => {
  const d = calc().calculate(item('sequence-1', 10, 3, oneRate(20), { isTaxIncluded: true }));
  // unit: 10 × (1 − 1/1.2) = 1.666667 → 1.67; price 10 − 1.67 = 8.33; row tax 1.67 × 3 = 5.01
  check(d, { rowTax: 5.01, price: 8.33, priceInclTax: 10, rowTotal: 24.99, rowTotalInclTax: 30 });
  assert.deepEqual(
    d.appliedTaxes.map((t) => t.amount),
    [5.01],
  ); // 5.01 / 20 × 20 → 5.01
});

test('incl. tax after discount: the lost tax is the discount tax compensation', () => {
  const d = calc().calculate(
    item('sequence-1', 11, 2, oneRate(10), { isTaxIncluded: true, discountAmount: 5 }),
  );
  // before: 11 × (1 − 1/1.1) = 1.00 a unit, price 10.00
  // after:  (11 − 5/2) = 8.50 → 8.5 × (1 − 1/1.1) = 0.772727 → 0.77 a unit
  // compensation (1.00 − 0.77) × 2 = 0.46; row tax 0.77 × 2 = 1.54
  check(d, {
    rowTax: 1.54,
    discountTaxCompensationAmount: 0.46,
    price: 10,
    rowTotal: 20,
    rowTotalInclTax: 22,
  });
});

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/including_tax_cross_border_trade_disabled.php
test('incl. tax, customer 20 % vs store 10 %, cross-border off: price re-based to 10.90', () => {
  const d = calc().calculate(
    item('sequence-1', 9.99, 2, oneRate(20), { isTaxIncluded: true, storeRates: oneRate(10) }),
  );
  // 9.99 / 1.1 × 1.2 = 10.898… → 10.90; unit tax 10.90 × (1 − 1/1.2) = 1.816667 → 1.82
  // price 10.90 − 1.82 = 9.08; rows: 18.16, 21.80, tax 3.64
  check(d, {
    price: 9.08,
    priceInclTax: 10.9,
    rowTotal: 18.16,
    rowTotalInclTax: 21.8,
    rowTax: 3.64,
    taxPercent: 20,
  });
});

// .../scenarios/including_tax_cross_border_trade_enabled.php
test('incl. tax with cross-border trade on: the catalog price stands (9.99)', () => {
  const d = calc(true, true).calculate(
    item('sequence-1', 9.99, 2, oneRate(20), { isTaxIncluded: true, storeRates: oneRate(10) }),
  );
  // unit tax 9.99 × (1 − 1/1.2) = 1.665 (+0.000001) → 1.67; price 8.32; rows 16.64, 19.98, tax 3.34
  check(d, { price: 8.32, priceInclTax: 9.99, rowTotal: 16.64, rowTotalInclTax: 19.98, rowTax: 3.34 });
});

test('no rates (tax class 0): no tax, price incl. = price', () => {
  const none: AppliedRates = { percent: 0, groups: [] };
  check(calc().calculate(item('sequence-1', 9.99, 2, none)), {
    rowTax: 0,
    priceInclTax: 9.99,
    rowTotalInclTax: 19.98,
  });
  check(calc().calculate(item('sequence-1', 9.99, 2, none, { isTaxIncluded: true })), {
    rowTax: 0,
    price: 9.99,
  });
});

test('incl. tax: UNIT takes the catalog price as is (2.4.x), 9.995 is not rounded first', () => {
  const d = calc().calculate(item('sequence-1', 9.995, 1, oneRate(20), { isTaxIncluded: true }));
  // 9.995 × (1 − 1/1.2) = 1.665833 → 1.67; price 9.995 − 1.67 = 8.325 (ROW would use 10.00)
  check(d, { priceInclTax: 9.995, rowTax: 1.67, price: 8.325, rowTotalInclTax: 9.995 });
  // prices excluding tax are rounded: round(9.995) = 10.00 → 2.00 a unit
  check(calc().calculate(item('sequence-2', 9.995, 1, oneRate(20))), { price: 10, rowTax: 2 });
});
