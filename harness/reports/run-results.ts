import { readFileSync } from 'node:fs';

/**
 * One run's scenario results, read from Cucumber's messages (ndjson): the source every report
 * (terminal summary, JUnit) is built from, so their counts always agree. A retried scenario
 * counts once, by its last attempt. A scenario is `passed` only when every step passed;
 * `skipped` carries the reason the harness attached ("not run: ...").
 */
export type Outcome = 'passed' | 'failed' | 'skipped';

export interface ScenarioResult {
  feature: string;
  uri: string;
  name: string;
  tags: string[];
  outcome: Outcome;
  /** Worst step status as Cucumber reported it (PASSED, FAILED, UNDEFINED, PENDING, SKIPPED, ...). */
  status: string;
  /** The failing step's text and error message, or the skip reason. */
  failedStep?: string;
  message?: string;
  durationMs: number;
}

const RANK = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED', 'UNKNOWN'];
export const SKIP_REASON_PREFIX = 'not run: ';

interface Attempt {
  testCaseId: string;
  status: string;
  failedStep?: string;
  message?: string;
  skipReason?: string;
  startNs: number;
  endNs: number;
}

export function readRunResults(file: string): ScenarioResult[] {
  return parseMessages(readFileSync(file, 'utf8'));
}

export function parseMessages(ndjson: string): ScenarioResult[] {
  const features = new Map<string, string>();
  const pickles = new Map<
    string,
    { uri: string; name: string; tags: string[]; steps: Map<string, string> }
  >();
  const testCases = new Map<string, { pickleId: string; steps: Map<string, string | undefined> }>();
  const attempts = new Map<string, Attempt>();
  const finals: Attempt[] = [];
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (m.gherkinDocument?.feature) features.set(m.gherkinDocument.uri, m.gherkinDocument.feature.name);
    else if (m.pickle) {
      const p = m.pickle;
      pickles.set(p.id, {
        uri: p.uri,
        name: p.name,
        tags: p.tags.map((t: { name: string }) => t.name),
        steps: new Map(p.steps.map((s: { id: string; text: string }) => [s.id, s.text])),
      });
    } else if (m.testCase) {
      testCases.set(m.testCase.id, {
        pickleId: m.testCase.pickleId,
        steps: new Map(
          m.testCase.testSteps.map((s: { id: string; pickleStepId?: string }) => [s.id, s.pickleStepId]),
        ),
      });
    } else if (m.testCaseStarted) {
      attempts.set(m.testCaseStarted.id, {
        testCaseId: m.testCaseStarted.testCaseId,
        status: 'PASSED',
        startNs: toNs(m.testCaseStarted.timestamp),
        endNs: toNs(m.testCaseStarted.timestamp),
      });
    } else if (m.testStepFinished) {
      const a = attempts.get(m.testStepFinished.testCaseStartedId);
      const r = m.testStepFinished.testStepResult;
      if (a && RANK.indexOf(r.status) > RANK.indexOf(a.status)) {
        a.status = r.status;
        const tc = testCases.get(a.testCaseId);
        const pickleStepId = tc?.steps.get(m.testStepFinished.testStepId);
        const pickle = tc && pickles.get(tc.pickleId);
        a.failedStep = pickleStepId ? pickle?.steps.get(pickleStepId) : 'a hook';
        a.message = r.exception?.message ?? r.message;
      }
    } else if (m.attachment?.testCaseStartedId && typeof m.attachment.body === 'string') {
      const a = attempts.get(m.attachment.testCaseStartedId);
      if (a && m.attachment.body.startsWith(SKIP_REASON_PREFIX)) a.skipReason = m.attachment.body;
    } else if (m.testCaseFinished) {
      const a = attempts.get(m.testCaseFinished.testCaseStartedId);
      if (!a) continue;
      a.endNs = toNs(m.testCaseFinished.timestamp);
      if (!m.testCaseFinished.willBeRetried) finals.push(a);
    }
  }
  return finals.map((a) => {
    const tc = testCases.get(a.testCaseId);
    const pickle = tc ? pickles.get(tc.pickleId) : undefined;
    const outcome: Outcome = a.status === 'PASSED' ? 'passed' : a.status === 'SKIPPED' ? 'skipped' : 'failed';
    const message = outcome === 'skipped' ? (a.skipReason ?? 'skipped (no reason given)') : a.message;
    return {
      feature: features.get(pickle?.uri ?? '') ?? pickle?.uri ?? '?',
      uri: pickle?.uri ?? '?',
      name: pickle?.name ?? '?',
      tags: pickle?.tags ?? [],
      outcome,
      status: a.status,
      ...(outcome === 'failed' && a.failedStep ? { failedStep: a.failedStep } : {}),
      ...(message ? { message } : {}),
      durationMs: Math.round((a.endNs - a.startNs) / 1e6),
    };
  });
}

function toNs(t: { seconds: number; nanos: number } | undefined): number {
  return t ? t.seconds * 1e9 + t.nanos : 0;
}
