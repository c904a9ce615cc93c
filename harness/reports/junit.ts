import type { ScenarioResult } from './run-results.ts';

/**
 * JUnit XML from the run's results: one testsuite per feature, one testcase per scenario;
 * a scenario that was not run is `<skipped message="not run: ...">`, so CI dashboards show why.
 */
export function junitXml(results: readonly ScenarioResult[], suiteName = 'posgate'): string {
  const byFeature = new Map<string, ScenarioResult[]>();
  for (const r of results) byFeature.set(r.feature, [...(byFeature.get(r.feature) ?? []), r]);
  const count = (rs: readonly ScenarioResult[], o: ScenarioResult['outcome']) =>
    rs.filter((r) => r.outcome === o).length;
  const seconds = (rs: readonly ScenarioResult[]) =>
    (rs.reduce((t, r) => t + r.durationMs, 0) / 1000).toFixed(3);
  const suites = [...byFeature].map(([feature, rs]) => {
    const cases = rs.map((r) => {
      const open = `    <testcase classname="${esc(feature)}" name="${esc(r.name)}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      if (r.outcome === 'passed') return `${open}/>`;
      if (r.outcome === 'skipped')
        return `${open}>\n      <skipped message="${esc(r.message ?? 'not run')}"/>\n    </testcase>`;
      const what = `${r.failedStep ? `Step: ${r.failedStep}\n` : ''}${r.message ?? r.status}`;
      return `${open}>\n      <failure message="${esc(firstLine(r.message ?? r.status))}" type="${esc(r.status)}">${esc(what)}</failure>\n    </testcase>`;
    });
    return `  <testsuite name="${esc(feature)}" tests="${rs.length}" failures="${count(rs, 'failed')}" skipped="${count(rs, 'skipped')}" errors="0" time="${seconds(rs)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${esc(suiteName)}" tests="${results.length}" failures="${count(results, 'failed')}" skipped="${count(results, 'skipped')}" time="${seconds(results)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function esc(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
