/**
 * Properties of the quote tax pass over random carts (fast-check). The expected values are
 * computed independently: exact taxes in integer hundred-thousandths of a cent, no code under test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { calculateQuoteTax } from './calculate-quote-tax.ts';
import type { AppliedRates, QuoteTaxInput, TaxAlgorithm } from './types.ts';

const RATES = [5, 7.25, 8.25, 8.875, 20];
const oneRate = (percent: number): AppliedRates => ({
  percent,
  groups: [
    {
      id: `R${percent}`,
      percent,
      rates: [{ code: `R${percent}`, title: '', percent, position: 0, priority: 0, rule_id: 1 }],
    },
  ],
});
const line = fc.record({ cents: fc.integer({ min: 1, max: 100_000 }), qty: fc.integer({ min: 1, max: 20 }) });
const cart = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 12 }),
  rate: fc.constantFrom(...RATES),
});
const input = (
  c: { lines: { cents: number; qty: number }[]; rate: number },
  algorithm: TaxAlgorithm,
  incl = false,
): QuoteTaxInput => ({
  items: c.lines.map((l, i) => ({ code: `L${i}`, unitPrice: l.cents / 100, qty: l.qty, taxClassId: 2 })),
  shipping: null,
  ratesFor: () => oneRate(c.rate),
  config: {
    algorithm,
    priceIncludesTax: incl,
    shippingIncludesTax: false,
    applyAfterDiscount: true,
    discountTax: false,
    crossBorderTrade: false,
  },
});
/** Σ cents × qty × rate, in units of 1e-7 currency (rates have ≤ 3 decimals): exact integers. */
const exactTaxTimes1e7 = (c: { lines: { cents: number; qty: number }[]; rate: number }) =>
  c.lines.reduce((sum, l) => sum + l.cents * l.qty * Math.round(c.rate * 1000), 0);

test('TOTAL, excl. tax: the rows add up to the exact total tax (± half a cent, so ≤ 1 cent off its rounding)', () => {
  fc.assert(
    fc.property(cart, (c) => {
      const rows = calculateQuoteTax(input(c, 'TOTAL_BASE_CALCULATION')).items.map((i) => i.taxAmount);
      const sumCents = Math.round(rows.reduce((a, b) => a + b, 0) * 100);
      const exactCents = exactTaxTimes1e7(c) / 100_000; // 1e-7 units → cents
      // leftovers carry, so the sum is exact + 0.000001 (initial delta) − the last remainder
      // (|remainder| ≤ half a cent): off by at most 0.5 + 0.0001 cents
      assert.ok(Math.abs(sumCents - exactCents) <= 0.5001 + 1e-6, `${sumCents} vs ${exactCents}`);
    }),
  );
});

test('every row tax is a whole number of cents and never negative, any algorithm', () => {
  const algorithms = fc.constantFrom<TaxAlgorithm>(
    'UNIT_BASE_CALCULATION',
    'ROW_BASE_CALCULATION',
    'TOTAL_BASE_CALCULATION',
  );
  fc.assert(
    fc.property(cart, algorithms, fc.boolean(), (c, algorithm, incl) => {
      for (const item of calculateQuoteTax(input(c, algorithm, incl)).items) {
        assert.ok(item.taxAmount >= 0, `negative tax ${item.taxAmount}`);
        const cents = item.taxAmount * 100;
        assert.ok(Math.abs(cents - Math.round(cents)) < 1e-6, `not whole cents: ${item.taxAmount}`);
      }
    }),
  );
});

test('ROW: a row’s tax does not depend on the other rows (reversing the cart changes nothing)', () => {
  fc.assert(
    fc.property(cart, (c) => {
      const forward = calculateQuoteTax(input(c, 'ROW_BASE_CALCULATION')).items.map((i) => i.taxAmount);
      const reversed = { ...c, lines: [...c.lines].reverse() };
      const backward = calculateQuoteTax(input(reversed, 'ROW_BASE_CALCULATION')).items.map(
        (i) => i.taxAmount,
      );
      assert.deepEqual(backward.reverse(), forward);
    }),
  );
});

test('UNIT: row tax is qty times a whole-cent unit tax', () => {
  fc.assert(
    fc.property(cart, (c) => {
      const items = calculateQuoteTax(input(c, 'UNIT_BASE_CALCULATION')).items;
      c.lines.forEach((l, i) => {
        const unitCents = (items[i]!.taxAmount * 100) / l.qty;
        assert.ok(
          Math.abs(unitCents - Math.round(unitCents)) < 1e-6,
          `row ${items[i]!.taxAmount} / ${l.qty}`,
        );
      });
    }),
  );
});

test('a discount never raises the tax (tax after discount, excl. tax)', () => {
  fc.assert(
    fc.property(cart, fc.double({ min: 0, max: 1, noNaN: true }), (c, share) => {
      const plain = input(c, 'ROW_BASE_CALCULATION');
      const discounted: QuoteTaxInput = {
        ...plain,
        items: plain.items.map((i) => ({
          ...i,
          discountAmount: Math.floor(i.unitPrice * i.qty * share * 100) / 100,
        })),
      };
      const before = calculateQuoteTax(plain).items;
      calculateQuoteTax(discounted).items.forEach((item, i) => {
        assert.ok(
          item.taxAmount <= before[i]!.taxAmount + 1e-9,
          `${item.taxAmount} > ${before[i]!.taxAmount}`,
        );
      });
    }),
  );
});
