/**
 * Every searchCriteria condition_type against MySQL's semantics (magento-rest.md §4), including
 * NULL fields, multi-valued fields and the `eq` fallback for an unknown type.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matches } from './conditions.ts';

const f = (condition_type: string, value: string) => ({ field: 'x', value, condition_type });
/** Which of the sample values match the filter. */
const which = (condition_type: string, value: string, sample: unknown[]) =>
  sample.filter((v) => matches(v, f(condition_type, value)));

const NUMS = [1, 2, 10, '2', null, undefined];
const TEXT = ['Blue Shirt', 'blue shirt', 'Red Shirt', 'Shirt', '', null];

test('eq / neq: numbers numerically, text case-insensitively; NULL matches neither', () => {
  assert.deepEqual(which('eq', '2', NUMS), [2, '2']);
  assert.deepEqual(which('eq', 'BLUE SHIRT', TEXT), ['Blue Shirt', 'blue shirt']);
  assert.deepEqual(which('neq', '2', NUMS), [1, 10]);
  assert.deepEqual(which('neq', 'shirt', TEXT), ['Blue Shirt', 'blue shirt', 'Red Shirt', '']);
  assert.deepEqual(which('eq', '1', [true, false]), [true]);
});

test('gt / lt / gteq / lteq / moreq / from / to', () => {
  assert.deepEqual(which('gt', '2', NUMS), [10]);
  assert.deepEqual(which('lt', '2', NUMS), [1]);
  assert.deepEqual(which('gteq', '2', NUMS), [2, 10, '2']);
  assert.deepEqual(which('moreq', '2', NUMS), [2, 10, '2']);
  assert.deepEqual(which('from', '2', NUMS), [2, 10, '2']);
  assert.deepEqual(which('lteq', '2', NUMS), [1, 2, '2']);
  assert.deepEqual(which('to', '2', NUMS), [1, 2, '2']);
  assert.deepEqual(which('gt', '2024-01-01 00:00:00', ['2023-12-31 23:59:59', '2024-01-02 00:00:00']), [
    '2024-01-02 00:00:00',
  ]);
});

test('like / nlike: % and _ wildcards, case-insensitive; other regex characters are literal', () => {
  assert.deepEqual(which('like', '%shirt', TEXT), ['Blue Shirt', 'blue shirt', 'Red Shirt', 'Shirt']);
  assert.deepEqual(which('like', '_ed%', TEXT), ['Red Shirt']);
  assert.deepEqual(which('nlike', 'blue%', TEXT), ['Red Shirt', 'Shirt', '']);
  assert.deepEqual(which('like', 'a.c', ['a.c', 'abc']), ['a.c']);
});

test('in / nin over a comma-separated value (items not trimmed)', () => {
  assert.deepEqual(which('in', '1,10', NUMS), [1, 10]);
  assert.deepEqual(which('nin', '1,10', NUMS), [2, '2']);
  assert.deepEqual(which('in', 'A, B', ['A', 'B', ' B']), ['A', ' B']);
});

test('null / notnull, and seq / sneq (an empty value means null / notnull)', () => {
  assert.deepEqual(which('null', '', NUMS), [null, undefined]);
  assert.deepEqual(which('notnull', '', NUMS), [1, 2, 10, '2']);
  assert.deepEqual(which('seq', '', TEXT), [null]);
  assert.deepEqual(which('sneq', '', TEXT), ['Blue Shirt', 'blue shirt', 'Red Shirt', 'Shirt', '']);
  assert.deepEqual(which('seq', 'shirt', TEXT), ['Shirt']);
  assert.deepEqual(which('sneq', 'shirt', TEXT), ['Blue Shirt', 'blue shirt', 'Red Shirt', '']);
});

test('finset / nfinset over a comma-separated field', () => {
  const sets = ['1,2,3', '4', '', null];
  assert.deepEqual(which('finset', '2', sets), ['1,2,3']);
  assert.deepEqual(which('nfinset', '2', sets), ['4', '']);
});

test('regexp (case-insensitive), ntoa (dotted IPv4 of a number, then LIKE)', () => {
  assert.deepEqual(which('regexp', '^b.*t$', TEXT), ['Blue Shirt', 'blue shirt']);
  assert.deepEqual(which('regexp', '(', TEXT), [], 'an unreadable pattern matches nothing');
  assert.deepEqual(which('ntoa', '192.168.%', [3232235777, 167772161]), [3232235777]);
});

test('an unknown condition_type is eq; condition names ignore case', () => {
  assert.deepEqual(which('whatever', '2', NUMS), [2, '2']);
  assert.deepEqual(which('GT', '2', NUMS), [10]);
});

test('a multi-valued field matches when one of its values does', () => {
  assert.equal(matches([1, 2], f('eq', '2')), true);
  assert.equal(matches([1, 2], f('neq', '2')), false);
  assert.equal(matches([1, 2], f('in', '3,1')), true);
  assert.equal(matches([], f('neq', '2')), false);
});
