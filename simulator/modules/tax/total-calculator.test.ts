import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TaxableItem } from './calculator.ts';
import { createTotalCalculator } from './total-calculator.ts';
import type { AppliedRates } from './types.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
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
const calc = () => createTotalCalculator({ applyAfterDiscount: true, crossBorderTrade: false });

test('excl. tax: leftovers carry across rows: three 9.99 lines at 8.25 % → 0.82, 0.83, 0.82', () => {
  const c = calc();
  const taxes = ['sequence-1', 'sequence-2', 'sequence-3'].map(
    (code) => c.calculate(item(code, 9.99, 1, oneRate(8.25))).rowTax,
  );
  // 0.824175 + 0.000001 → 0.82 (keeps +0.004176); + 0.004176 = 0.828351 → 0.83 (keeps −0.001649);
  // 0.824175 − 0.001649 = 0.822526 → 0.82. Sum 2.47 = round(3 × 0.824175 = 2.472525); UNIT/ROW: 2.46
  assert.deepEqual(taxes, [0.82, 0.83, 0.82]);
});

test('incl. tax: three 10.00 lines at 20 % → 1.67, 1.66, 1.67 (ROW: 1.67 each)', () => {
  const c = calc();
  const lines = ['sequence-1', 'sequence-2', 'sequence-3'].map((code) =>
    c.calculate(item(code, 10, 1, oneRate(20), { isTaxIncluded: true })),
  );
  // 1.6666667 + 0.000001 → 1.67 (keeps −0.0033323); 1.6666667 − 0.0033323 = 1.6633344 → 1.66
  // (keeps +0.0033344); 1.6666667 + 0.0033344 = 1.6700011 → 1.67. Sum 5.00 = round(5.00)
  assert.deepEqual(
    lines.map((l) => l.rowTax),
    [1.67, 1.66, 1.67],
  );
  near(lines[1]!.price, 8.34, 'price of line 2'); // 10 − 1.66
});

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/multi_tax_rule_two_row_calculate_subtotal_yes_total.php
test('two rate groups carry their own leftovers (TX 9 %, AUSTIN 5 %)', () => {
  const rates: AppliedRates = {
    percent: 14,
    groups: [
      {
        id: 'TX',
        percent: 9,
        rates: [{ code: 'TX', title: 'TX', percent: 9, position: 0, priority: 1, rule_id: 1 }],
      },
      {
        id: 'AUSTIN',
        percent: 5,
        rates: [{ code: 'AUSTIN', title: 'AUSTIN', percent: 5, position: 0, priority: 2, rule_id: 2 }],
      },
    ],
  };
  const c = calc();
  const a = c.calculate(item('sequence-1', 10.05, 1, rates));
  const b = c.calculate(item('sequence-2', 10.45, 1, rates));
  // TX: 0.9045 → 0.90 (keeps 0.004501); 0.9405 + 0.004501 = 0.945001 → 0.95
  // AUSTIN: 0.5025 → 0.50 (keeps 0.002501); 0.5225 + 0.002501 = 0.525001 → 0.53
  assert.deepEqual(
    a.appliedTaxes.map((t) => t.amount),
    [0.9, 0.5],
  );
  assert.deepEqual(
    b.appliedTaxes.map((t) => t.amount),
    [0.95, 0.53],
  );
  near(a.rowTax, 1.4, 'row 1 tax');
  near(b.rowTax, 1.48, 'row 2 tax');
  near(a.priceInclTax, 11.45, 'row 1 price incl.'); // 10.05 + 1.40
  near(b.priceInclTax, 11.93, 'row 2 price incl.'); // 10.45 + 1.48
});
