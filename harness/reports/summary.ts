import type { ScenarioResult } from './run-results.ts';

/**
 * The terminal verdict: counts, each failure and each scenario not run in one line, and where the
 * reports are. Exit code 0 only when at least one scenario ran, none failed and, with --strict,
 * none was skipped (a run where nothing ran certifies nothing).
 */
export interface Verdict {
  lines: string[];
  exitCode: number;
}

export function verdict(
  results: readonly ScenarioResult[],
  opts: { strict: boolean; reportsDir: string },
): Verdict {
  const passed = results.filter((r) => r.outcome === 'passed');
  const failed = results.filter((r) => r.outcome === 'failed');
  const skipped = results.filter((r) => r.outcome === 'skipped');
  const lines = [''];
  for (const r of failed)
    lines.push(
      `FAILED  ${r.name} (${r.uri}): ${oneLine(r.failedStep ? `${r.failedStep} — ${r.message ?? r.status}` : (r.message ?? r.status))}`,
    );
  for (const r of skipped) lines.push(`NOT RUN ${r.name} (${r.uri}): ${oneLine(r.message ?? 'skipped')}`);
  const ok = passed.length > 0 && failed.length === 0 && (!opts.strict || skipped.length === 0);
  lines.push(
    `${results.length} scenarios: ${passed.length} passed, ${failed.length} failed, ${skipped.length} not run`,
    `Reports: ${opts.reportsDir}/cucumber.html, ${opts.reportsDir}/junit.xml, ${opts.reportsDir}/allure/index.html`,
    ok
      ? `Verdict: GO — ${skipped.length === 0 ? 'every selected scenario passed' : `every scenario that ran passed; ${skipped.length} not run (--strict makes that NO-GO)`}.`
      : `Verdict: NO-GO — ${passed.length === 0 && failed.length === 0 ? 'no scenario ran' : failed.length > 0 ? `${failed.length} scenario(s) failed` : `${skipped.length} scenario(s) not run (--strict)`}.`,
  );
  return { lines, exitCode: ok ? 0 : 1 };
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
}
