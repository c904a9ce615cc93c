import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMagentoMessage } from './render-message.ts';
import { parseRetryAfter } from './retry-after.ts';

test('named and positional placeholders are substituted like PHP strtr (longest first, one pass)', () => {
  assert.equal(
    renderMagentoMessage('No such entity with %fieldName = %fieldValue, %field2Name = %field2Value', {
      fieldName: 'email',
      fieldValue: 'a@b.c',
      field2Name: 'websiteId',
      field2Value: 1,
    }),
    'No such entity with email = a@b.c, websiteId = 1',
  );
  assert.equal(
    renderMagentoMessage("The %1 Cart doesn't contain the %2 item.", [42, 7]),
    "The 42 Cart doesn't contain the 7 item.",
  );
  assert.equal(
    renderMagentoMessage('%1 and %10', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']),
    'a and j',
  );
  assert.equal(
    renderMagentoMessage('%a is %b', { a: '%b', b: 'x' }),
    '%b is x',
    'inserted text is not re-replaced',
  );
  assert.equal(renderMagentoMessage('Too Many Requests', undefined), 'Too Many Requests');
  assert.equal(renderMagentoMessage('keep %unknown', { other: 1 }), 'keep %unknown');
});

test('Retry-After: seconds, HTTP-date relative to now, garbage ignored', () => {
  const now = Date.UTC(2025, 0, 15, 12, 0, 0);
  assert.equal(parseRetryAfter('1', now), 1000);
  assert.equal(parseRetryAfter(' 120 ', now), 120_000);
  assert.equal(parseRetryAfter('0.5', now), 500);
  assert.equal(parseRetryAfter('Wed, 15 Jan 2025 12:00:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Wed, 15 Jan 2025 11:00:00 GMT', now), 0, 'a date in the past means now');
  for (const bad of [undefined, null, '', '-1', 'soon', '1e3'])
    assert.equal(parseRetryAfter(bad, now), undefined);
});
