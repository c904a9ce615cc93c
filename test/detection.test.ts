/**
 * The go-live checks must catch broken registers. Each variant in test/broken-registers/ is the
 * reference register with one bug from the field guide; each runs through the full pack (every
 * scenario except the browser ones, which drive their own browser register) and must make its
 * named scenario fail on the assertion that names its bug — a crash or a timeout is not a catch.
 * The test regenerates docs/detection.md from what it observed, so the table is never typed in.
 * (The reference register passing the same pack is proven by the Cucumber stage of `npm test`.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readRunResults, type ScenarioResult } from '../harness/reports/run-results.ts';
import { PACKS, RunConfig } from '../harness/run/run-config.ts';
import { runCucumber } from '../harness/run/run-cucumber.ts';
import { type Catch, VARIANTS, writeDetectionTable } from './support/detection-table.ts';

const TAGS = `(${PACKS.full}) and not @browser`;

// Ten runs of the pack: two at a time, one Cucumber process each, without V8 coverage (the
// reference register's run already covers this code; ten more dumps only slow the report).
delete process.env.NODE_V8_COVERAGE;

async function runPack(driver: string): Promise<ScenarioResult[]> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'posgate-detect-'));
  const config = RunConfig.parse({ target: { kind: 'embedded' }, driver, reportsDir, namespace: 'pgdetect' });
  const { messagesFile } = await runCucumber({ config, tags: TAGS, parallel: 1 });
  return readRunResults(messagesFile);
}

const observed: Catch[] = [];

describe('broken registers run through the full pack', { concurrency: 2 }, () => {
  for (const variant of VARIANTS) {
    it(`${variant.name}: caught by "${variant.scenario}" on its assertion`, async () => {
      const results = await runPack(join(import.meta.dirname, 'broken-registers', `${variant.name}.ts`));
      const failed = results.filter((r) => r.outcome === 'failed');
      const hit = failed.find((r) => r.name === variant.scenario);
      observed.push({ variant, hit, failed });
      assert.ok(
        hit,
        `"${variant.scenario}" did not fail; failed: ${failed.map((r) => r.name).join(', ') || 'nothing'}`,
      );
      assert.equal(hit.failedStep, variant.step, `it failed on another step: ${hit.message ?? ''}`);
      assert.match(hit.message ?? '', variant.message);
    });
  }
});

after(() => {
  if (observed.length !== VARIANTS.length) return;
  // in the table's order, whichever run finished first
  writeDetectionTable(VARIANTS.flatMap((v) => observed.filter((o) => o.variant === v)));
});
