import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Algorithm, TaxCalculatorRun } from './calculators.ts';
import type { ResolvedRate } from './rate-resolver.ts';

const rate = (percent: number): ResolvedRate => ({ percent, groups: [{ id: 'R', percent, rates: [] }] });
const run = (algorithm: Algorithm, priceIncludesTax = false, applyAfterDiscount = true) =>
  new TaxCalculatorRun({ algorithm, priceIncludesTax, applyAfterDiscount });
const item = (code: string, unitPrice: number, qty: number, discount = 0, percent = 8.25) => ({
  code,
  unitPrice,
  qty,
  discount,
  rate: rate(percent),
});

test('UNIT rounds the tax of one unit, then multiplies: 3 × 0.33 at 10 % is 0.09', () => {
  const r = run('UNIT_BASE_CALCULATION').item(item('a', 0.33, 3, 0, 10));
  assert.equal(r.rowTax, 0.09); // round(0.033) = 0.03, × 3
  assert.equal(run('ROW_BASE_CALCULATION').item(item('a', 0.33, 3, 0, 10)).rowTax, 0.1); // round(0.099)
});

test('ROW rounds each row on its own; TOTAL carries the remainder to the next row', () => {
  const rows = (a: Algorithm) => {
    const r = run(a);
    return [
      r.item(item('a', 0.05, 1, 0, 10)),
      r.item(item('b', 0.05, 1, 0, 10)),
      r.item(item('c', 0.05, 1, 0, 10)),
    ].map((x) => x.rowTax);
  };
  // exact 0.005 each: ROW rounds each up (tie-breaker); TOTAL: 0.01, then −0.005 carried → 0, then 0.01
  assert.deepEqual(rows('ROW_BASE_CALCULATION'), [0.01, 0.01, 0.01]);
  assert.deepEqual(rows('TOTAL_BASE_CALCULATION'), [0.01, 0, 0.01]);
});

test('tax after discount: taxed on the discounted row', () => {
  const r = run('TOTAL_BASE_CALCULATION').item(item('a', 24.95, 2, 4.99));
  assert.equal(r.rowTotal, 49.9);
  assert.equal(Math.round(r.rowTax * 100) / 100, 3.71); // 44.91 × 8.25 % = 3.705…
  const before = run('TOTAL_BASE_CALCULATION', false, false).item(item('a', 24.95, 2, 4.99));
  assert.equal(before.rowTax, 4.12); // 49.9 × 8.25 % = 4.11675
});

test('prices including tax: the tax is split out, the row excluding tax is what remains', () => {
  const r = run('TOTAL_BASE_CALCULATION', true).item(item('a', 10, 1));
  assert.equal(r.rowTax, 0.76);
  assert.equal(r.rowTotal, 9.24);
  assert.equal(r.priceInclTax, 10);
  const withDiscount = run('ROW_BASE_CALCULATION', true).item(item('a', 10, 1, 1));
  assert.equal(withDiscount.rowTax, 0.69); // 9 incl. → 0.686
  assert.equal(Math.round(withDiscount.discountTaxCompensation * 100) / 100, 0.07);
});

test('prices including tax at another rate than the store’s are re-based (cross-border trade off)', () => {
  const r = run('UNIT_BASE_CALCULATION', true).item({
    ...item('a', 21.65, 1),
    storeRatePercent: 8.25,
    rate: rate(10),
  });
  // 21.65 incl. 8.25 % = 20.00 excl.; at 10 %: 22.00 incl., tax 2.00
  assert.equal(r.priceInclTax, 22);
  assert.equal(r.rowTax, 2);
});
