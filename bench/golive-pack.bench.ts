/**
 * The go-live pack end to end as a user runs it (`posgate run`, the embedded simulator, fault
 * proxy and reference register, start-up included), against the same command selecting no
 * scenario: the baseline is what start-up alone costs on this machine. Goal: the pack in < 15 s
 * on two cores. Through the browser driver too when Chromium is installed (no goal: a browser
 * per scenario is the point of that driver).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'posgate.js');
const RUNS = 3;

function wallSeconds(args: string[]): { seconds: number; summary: string } {
  const reports = mkdtempSync(join(tmpdir(), 'posgate-bench-golive-'));
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'run', '--reports', reports, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = /\d+ scenarios: .*/.exec(run.stdout)?.[0] ?? `exit ${run.status}`;
  return { seconds, summary };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export default async function golivePack(): Promise<string> {
  const baseline = median(
    Array.from({ length: RUNS }, () => wallSeconds(['--tags', '@no-such-tag']).seconds),
  );
  const runs = Array.from({ length: RUNS }, () => wallSeconds([]));
  const pack = median(runs.map((r) => r.seconds));
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = existsSync(chromium) ? wallSeconds(['--driver', 'browser']) : undefined;
  return [
    '## Go-live pack end to end (`bench/golive-pack.bench.ts`)',
    '',
    `\`posgate run\` (golive pack, embedded defaults, 1 worker), median of ${RUNS} runs, start-up included:`,
    '',
    '| run | wall | ratio to start-up alone |',
    '| --- | --- | --- |',
    `| start-up alone (no scenario selected) | ${baseline.toFixed(1)} s | 1.00 |`,
    `| golive pack (${runs[0]?.summary}) | ${pack.toFixed(1)} s | ${(pack / baseline).toFixed(2)} |`,
    browser
      ? `| golive pack, \`--driver browser\` (${browser.summary}) | ${browser.seconds.toFixed(1)} s | ${(browser.seconds / baseline).toFixed(2)} |`
      : '| golive pack, `--driver browser` | not run: no Chromium | — |',
    '',
    `Goal: the golive pack in < 15 s on two cores including start-up: ${pack < 15 ? 'met' : 'MISSED'}.`,
  ].join('\n');
}
