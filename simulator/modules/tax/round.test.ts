import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { phpRound } from './round.ts';
import { calcTaxAmount, calculatePriceInclTax, isSameRateAsStore } from './tax-amount.ts';

describe('phpRound: PHP round($x, 2), half away from zero, with pre-rounding', () => {
  test('the double 1.005 (really 1.00499999999999989…) rounds up as PHP does', () => {
    assert.equal(Math.round(1.005 * 100) / 100, 1); // the naive JS way loses the cent…
    assert.equal(phpRound(1.005), 1.01); // …PHP pre-rounds to 15 digits: 1.00500000000000 → 1.01
  });

  test('2.675 → 2.68 where toFixed says 2.67', () => {
    assert.equal((2.675).toFixed(2), '2.67');
    assert.equal(phpRound(2.675), 2.68); // 2.67500000000000 → half → up
  });

  test('halves go away from zero on both sides', () => {
    assert.equal(phpRound(0.285), 0.29); // 0.285000000000000 → up
    assert.equal(phpRound(1.955), 1.96);
    assert.equal(phpRound(0.005), 0.01);
    assert.equal(phpRound(-1.005), -1.01); // mirror of 1.005
    assert.equal(phpRound(-2.675), -2.68);
    assert.equal(phpRound(2.5, 0), 3);
    assert.equal(phpRound(-2.5, 0), -3);
  });

  test('below half stays down; other places; tiny and huge values', () => {
    assert.equal(phpRound(1.0049), 1); // third decimal 4 → down
    assert.equal(phpRound(0.8241750000000001), 0.82); // 9.99 × 8.25 % before rounding
    assert.equal(phpRound(123456.785), 123456.79); // 15 digits: 123456.785000000
    assert.equal(phpRound(1.23455, 4), 1.2346);
    assert.equal(phpRound(0.000001), 0);
    assert.ok(Object.is(phpRound(-0.004), 0)); // PHP gives -0.0; we return a plain 0
    assert.equal(phpRound(1e21), 1e21); // beyond 15 digits: unchanged, as PHP
  });

  test('documented choice: 15 significant digits keep 1.00499999999999 below half', () => {
    // 1.00499999999999 has 15 significant digits, so pre-rounding keeps the 9s → 1.00.
    // (Magento 2.4.8 casts to string first, 14 digits → "1.005" → 1.01: see round.ts.)
    assert.equal(phpRound(1.00499999999999), 1);
  });

  test('property: every x.xx5 (as the nearest double) rounds up a cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (c) => {
        const half = (2 * c + 1) / 200; // c/100 + 0.005
        assert.equal(phpRound(half), (c + 1) / 100);
        assert.equal(phpRound(-half), -(c + 1) / 100);
      }),
    );
  });

  test('property: just below x.xx5 rounds down', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (c) => {
        assert.equal(phpRound((2 * c + 1) / 200 - 1e-7), c / 100);
      }),
    );
  });
});

describe('calcTaxAmount and the store-rate helpers', () => {
  test('tax inside a tax-inclusive price: 10.00 at 20 % → 1.67', () => {
    // 10 × (1 − 1/1.2) = 1.6666… → 1.67
    assert.equal(calcTaxAmount(10, 20, true), 1.67);
    assert.ok(Math.abs(calcTaxAmount(10, 20, true, false) - 1.6666666667) < 1e-9);
  });

  test('tax on a price excluding tax: 9.99 at 8.25 % → 0.82', () => {
    // 9.99 × 0.0825 = 0.824175 → 0.82
    assert.equal(calcTaxAmount(9.99, 8.25), 0.82);
    assert.ok(Math.abs(calcTaxAmount(9.99, 8.25, false, false) - 0.824175) < 1e-12);
  });

  test('store price incl. 10 % re-priced for a 20 % customer: 9.99 → 10.90', () => {
    // 9.99 / 1.1 = 9.0818181…; × 1.2 = 10.8981818… → 10.90
    assert.equal(calculatePriceInclTax(9.99, 10, 20), 10.9);
    // unrounded keeps the fraction
    assert.ok(Math.abs(calculatePriceInclTax(9.99, 10, 20, false) - 10.898181818) < 1e-8);
  });

  test('same rate as store: equal within 1e-5, or always with cross-border trade', () => {
    assert.equal(isSameRateAsStore(20, 10, false), false);
    assert.equal(isSameRateAsStore(20, 10, true), true);
    assert.equal(isSameRateAsStore(8.25, 8.250000001, false), true);
    assert.equal(isSameRateAsStore(8.25, 8.2501, false), false);
  });
});
