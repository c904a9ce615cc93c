import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPhpNumeric, matchesPostcode, postcodeTemplates } from './postcode-match.ts';
import type { TaxRate } from './types.ts';

const plain = (tax_postcode: string | null): TaxRate => ({
  id: 1,
  code: `pc ${tax_postcode}`,
  tax_country_id: 'US',
  tax_region_id: 0,
  tax_postcode,
  rate: 1,
});
const range = (zip_from: number, zip_to: number): TaxRate => ({
  ...plain(`${zip_from}-${zip_to}`),
  zip_is_range: 1,
  zip_from,
  zip_to,
});

test('search templates: the postcode, postcode*, then each shorter prefix with *', () => {
  assert.deepEqual(postcodeTemplates('90034'), ['90034', '90034*', '9003*', '900*', '90*', '9*']);
  assert.deepEqual(postcodeTemplates(null), ['', '*']);
  // ZIP+4: the 5-digit part, then the full code (cut to 10 characters) and its prefixes
  assert.deepEqual(postcodeTemplates('90034', '90034-1234'), [
    '90034',
    '90034*',
    '90034-1234',
    '90034-123*',
    '90034-12*',
    '90034-1*',
    '90034-*',
    '90034*',
    '9003*',
    '900*',
    '90*',
    '9*',
  ]);
  assert.equal(postcodeTemplates('SW1A 1AA 999')[0], 'SW1A 1AA 9'); // cut to 10
});

test('plain rates: *, empty and null match anything; patterns are prefixes', () => {
  for (const pc of ['90034', null, '', 'ABC']) {
    assert.ok(matchesPostcode(plain('*'), 'US', pc), `* vs ${pc}`);
    assert.ok(matchesPostcode(plain(''), 'US', pc), `'' vs ${pc}`);
    assert.ok(matchesPostcode(plain(null), 'US', pc), `null vs ${pc}`);
  }
  assert.ok(matchesPostcode(plain('900*'), 'US', '90034'));
  assert.ok(matchesPostcode(plain('90034'), 'US', '90034'));
  assert.ok(matchesPostcode(plain('90034*'), 'US', '90034'));
  assert.ok(!matchesPostcode(plain('901*'), 'US', '90034'));
  assert.ok(!matchesPostcode(plain('90035'), 'US', '90034'));
  assert.ok(!matchesPostcode(plain('900*'), 'US', null)); // no postcode: only * / '' / null rates
  assert.ok(!matchesPostcode(plain('*0034'), 'US', '90034')); // only trailing wildcards exist
  assert.ok(matchesPostcode(plain('sw1a*'), 'GB', 'SW1A 1AA')); // MySQL compares case-insensitively
});

test('US ZIP+4 and Portuguese codes are matched by their first part', () => {
  assert.ok(matchesPostcode(plain('90034'), 'US', '90034-1234'));
  assert.ok(matchesPostcode(plain('90034-1234'), 'US', '90034-1234'));
  assert.ok(matchesPostcode(range(90000, 90099), 'US', '90034-1234'));
  assert.ok(matchesPostcode(range(1000, 1999), 'PT', '1000-001'));
});

test('zip ranges: only a numeric postcode inside from..to matches', () => {
  const r = range(90000, 90099);
  assert.ok(matchesPostcode(r, 'US', '90000'));
  assert.ok(matchesPostcode(r, 'US', '90099'));
  assert.ok(!matchesPostcode(r, 'US', '90100'));
  assert.ok(!matchesPostcode(r, 'US', null));
  assert.ok(!matchesPostcode(r, 'US', 'ABC'));
  assert.ok(!matchesPostcode(r, 'US', '*')); // '*' is not numeric
});

test('a postcode "a-b" (not ZIP+4) asks for rates whose range lies inside a..b', () => {
  assert.ok(matchesPostcode(range(90010, 90020), 'DE', '90000-90050'));
  assert.ok(!matchesPostcode(range(89000, 90020), 'DE', '90000-90050'));
  assert.ok(matchesPostcode(plain('90000-90050'), 'DE', '90000-90050')); // same text as a plain rate
  assert.ok(!matchesPostcode(plain('900*'), 'DE', '90000-90050')); // no templates for ranges
});

test("a request postcode of '*' matches every plain rate", () => {
  assert.ok(matchesPostcode(plain('90034'), 'US', '*'));
});

test("isPhpNumeric follows PHP's is_numeric for strings", () => {
  for (const yes of ['90034', ' 90034', '1.5', '.5', '1e3', '-3']) assert.ok(isPhpNumeric(yes), yes);
  for (const no of ['', 'ABC', '90034-1234', '1,5', null, undefined])
    assert.ok(!isPhpNumeric(no), String(no));
});
