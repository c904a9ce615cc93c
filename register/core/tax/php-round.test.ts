import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cents, DeltaRounder, roundPrice } from './php-round.ts';

test('roundPrice is PHP round($x, 2): half away from zero, after pre-rounding to 15 digits', () => {
  assert.equal(roundPrice(1.005), 1.01); // binary 1.00499999999999989…
  assert.equal(roundPrice(1.015), 1.02);
  assert.equal(roundPrice(2.675), 2.68);
  assert.equal(roundPrice(0.125), 0.13);
  assert.equal(roundPrice(-0.125), -0.13);
  assert.equal(roundPrice(1.004999), 1);
  assert.equal(roundPrice(-0.004), 0);
  assert.ok(!Object.is(roundPrice(-0.004), -0));
  assert.equal(roundPrice(0.1 + 0.2), 0.3);
  assert.equal(cents(19.999), 2000);
});

test('delta rounding carries each remainder to the next rounding of the same key', () => {
  const d = new DeltaRounder();
  // 3 × 0.333… : plain rounding gives 0.33 × 3 = 0.99; carried remainders give 0.33 + 0.34 + 0.33 = 1.00
  const parts = [1 / 3, 1 / 3, 1 / 3].map((x) => d.round(x, 'k'));
  assert.deepEqual(parts, [0.33, 0.34, 0.33]);
  assert.equal(d.round(1 / 3, 'other'), 0.33, 'another key has its own remainder');
  assert.equal(d.round(0, 'k'), 0, 'zero is left alone');
});

test('the first remainder is a tie-breaker for exact halves (0.000001), or what the caller says', () => {
  assert.equal(new DeltaRounder().round(0.004999999, 'k'), 0.01);
  assert.equal(new DeltaRounder(0).round(0.004999999, 'k'), 0);
});
