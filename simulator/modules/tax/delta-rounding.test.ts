import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeltaRounding, DeltaType, phpKey } from './delta-rounding.ts';

const near = (actual: number | undefined, expected: number) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < 1e-9,
    `expected ${expected}, got ${actual}`,
  );

test('one key carries its remainder: three 0.824175 become 0.82, 0.83, 0.82', () => {
  const d = new DeltaRounding();
  // 0.824175 + 0.000001 = 0.824176 → 0.82, keeps +0.004176
  assert.equal(d.round(0.824175, '8.25', false, DeltaType.REGULAR), 0.82);
  near(d.remainder('8.25', false, DeltaType.REGULAR), 0.004176);
  // 0.824175 + 0.004176 = 0.828351 → 0.83, keeps −0.001649
  assert.equal(d.round(0.824175, '8.25', false, DeltaType.REGULAR), 0.83);
  near(d.remainder('8.25', false, DeltaType.REGULAR), -0.001649);
  // 0.824175 − 0.001649 = 0.822526 → 0.82; the three sum to 2.47 = round(2.472525)
  assert.equal(d.round(0.824175, '8.25', false, DeltaType.REGULAR), 0.82);
});

test('rate, type and direction each make a separate key', () => {
  const d = new DeltaRounding();
  assert.equal(d.round(0.824175, 'A', false, DeltaType.REGULAR), 0.82);
  // each of these starts afresh at 0.000001 → 0.82 again (a shared key would give 0.83)
  assert.equal(d.round(0.824175, 'B', false, DeltaType.REGULAR), 0.82);
  assert.equal(d.round(0.824175, 'A', true, DeltaType.REGULAR), 0.82);
  assert.equal(d.round(0.824175, 'A', false, DeltaType.TAX_BEFORE_DISCOUNT), 0.82);
  assert.equal(d.round(0.824175, 'A', false, `${DeltaType.REGULAR}sequence-1`), 0.82);
  // and the first key still carries: 0.824175 + 0.004176 → 0.83
  assert.equal(d.round(0.824175, 'A', false, DeltaType.REGULAR), 0.83);
});

test('the initial 0.000001 tips a value just under half: 0.004999 → 0.01', () => {
  const d = new DeltaRounding();
  // 0.004999 + 0.000001 = 0.005 → 0.01, where a plain round gives 0.00
  assert.equal(d.round(0.004999, 'X', false, DeltaType.REGULAR), 0.01);
});

test('zero is returned as is and leaves no remainder', () => {
  const d = new DeltaRounding();
  assert.equal(d.round(0, 'X', true, DeltaType.REGULAR), 0);
  assert.equal(d.remainder('X', true, DeltaType.REGULAR), undefined);
});

test("rate keys are PHP's (string) of a float, 14 significant digits", () => {
  assert.equal(phpKey(8.25), '8.25');
  assert.equal(phpKey(0.1 + 0.2), '0.3'); // JS would print 0.30000000000000004
  assert.equal(phpKey('US-CA-*-Rate 1'), 'US-CA-*-Rate 1');
});
