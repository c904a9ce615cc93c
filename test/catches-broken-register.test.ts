/**
 * The go-live checks must be able to fail: a register that never links customers makes the
 * "card sale by a known customer" scenario fail on the assertion that names the bug, while the
 * reference register passes the same scenario.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRunResults } from '../harness/reports/run-results.ts';
import { RunConfig } from '../harness/run/run-config.ts';
import { runCucumber } from '../harness/run/run-cucumber.ts';

const FEATURE = join(import.meta.dirname, '..', 'features', 'golive', '02-card-sale-linked-customer.feature');

async function run(driver: string) {
  const reportsDir = mkdtempSync(join(tmpdir(), 'posgate-catch-'));
  const config = RunConfig.parse({ target: { kind: 'embedded' }, driver, reportsDir, namespace: 'pgcatch' });
  const { messagesFile } = await runCucumber({ config, tags: '@golive', parallel: 1, paths: [FEATURE] });
  return readRunResults(messagesFile);
}

test('a register that never links customers fails the linked-customer scenario on that assertion', async () => {
  const results = await run(join(import.meta.dirname, 'broken-registers', 'never-links-customers.ts'));
  assert.equal(results.length, 1);
  assert.equal(results[0]?.outcome, 'failed');
  assert.equal(results[0]?.failedStep, 'the order is linked to the customer "jane.doe@example.com"');
  assert.match(results[0]?.message ?? '', /is not linked to jane\.doe@example\.com/);
});

test('the reference register passes the same scenario', async () => {
  const results = await run('reference');
  assert.deepEqual(
    results.map((r) => r.outcome),
    ['passed'],
  );
});
