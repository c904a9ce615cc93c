/**
 * The browser register certified through its page object: the go-live pack passes with
 * `--driver browser` (every sale rung up on the page in Chromium, every outcome checked in
 * Magento), and so do the browser-only features (reload and browser restart while offline, exactly
 * once after the outage, what the cashier sees). Without Chromium (`CHROMIUM_PATH=/nonexistent`)
 * those scenarios are reported not run, with the reason, never passed, while the others still run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRunResults, type ScenarioResult } from '../harness/reports/run-results.ts';
import { RunConfig } from '../harness/run/run-config.ts';
import { runCucumber } from '../harness/run/run-cucumber.ts';
import { chromiumMissing } from '../register/index.ts';

const FEATURES = join(import.meta.dirname, '..', 'features');

async function run(
  driver: string,
  tags: string,
  paths: string[],
  parallel = 1,
  chromium?: string,
): Promise<{ results: ScenarioResult[]; screenshots: number }> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'posgate-browser-run-'));
  const config = RunConfig.parse({
    target: { kind: 'embedded' },
    driver,
    reportsDir,
    namespace: 'pgbrowser',
  });
  const saved = process.env.CHROMIUM_PATH;
  if (chromium !== undefined) process.env.CHROMIUM_PATH = chromium;
  try {
    // the Cucumber child inherits CHROMIUM_PATH (the tests of this file run one at a time)
    const { messagesFile } = await runCucumber({ config, tags, parallel, paths });
    const screenshots = readFileSync(messagesFile, 'utf8').split('"mediaType":"image/png"').length - 1;
    return { results: readRunResults(messagesFile), screenshots };
  } finally {
    restore(saved);
    rmSync(reportsDir, { recursive: true, force: true });
  }
}

function restore(saved: string | undefined): void {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
}

const outcomes = (results: ScenarioResult[]) =>
  results.map(
    (r) => `${r.outcome}: ${r.name}${r.outcome === 'passed' ? '' : ` (${r.failedStep ?? ''}: ${r.message})`}`,
  );

test('without Chromium, browser scenarios are not run, with the reason; the others still pass', async () => {
  const { results } = await run(
    'reference',
    '@smoke or @browser',
    [
      join(FEATURES, 'golive', '01-cash-sale-guest.feature'),
      join(FEATURES, 'browser', '01-reload-keeps-the-queue.feature'),
    ],
    1,
    '/nonexistent',
  );
  const byUri = (part: string) => results.filter((r) => r.uri.includes(part));
  assert.deepEqual(
    byUri('golive').map((r) => r.outcome),
    ['passed'],
  );
  const browser = byUri('browser');
  assert.equal(browser.length, 1);
  assert.equal(browser[0]?.outcome, 'skipped');
  assert.equal(
    browser[0]?.message,
    'not run: needs a browser (@browser): no Chromium found at /nonexistent: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
  );

  const { results: viaDriver } = await run(
    'browser',
    '@smoke',
    [join(FEATURES, 'golive', '01-cash-sale-guest.feature')],
    1,
    '/nonexistent',
  );
  assert.deepEqual(
    viaDriver.map((r) => [r.outcome, r.message]),
    [
      [
        'skipped',
        'not run: needs a browser (--driver browser): no Chromium found at /nonexistent: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
      ],
    ],
  );
});

test('the go-live pack passes through the browser driver, and so do the browser features', {
  skip: chromiumMissing() ?? false,
}, async () => {
  const { results, screenshots } = await run(
    'browser',
    '@golive or @browser',
    [join(FEATURES, 'golive'), join(FEATURES, 'browser')],
    2,
  );
  const golive = results.filter((r) => r.tags.includes('@golive'));
  const browser = results.filter((r) => r.tags.includes('@browser'));
  assert.equal(golive.length, 8, outcomes(golive).join('\n'));
  assert.equal(browser.length, 4, outcomes(browser).join('\n'));
  assert.deepEqual(
    outcomes(results).filter((o) => !o.startsWith('passed')),
    [],
  );
  // the key steps of the offline scenarios attach what the screen showed: 8 steps in features/browser
  assert.equal(screenshots, 8);
});
