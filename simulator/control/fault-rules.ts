import type { FaultDecision, FaultHooks } from '../http/faults.ts';
import { describeIssues } from '../scenario/issues.ts';
import { defaultBody, type FaultBody, givenBody } from './fault-bodies.ts';
import { FaultRuleInput, type FaultRuleSpec, type FaultRuleView, pathMatcher } from './fault-rule.ts';
import { ControlError } from './route.ts';

interface LiveRule {
  view: FaultRuleView;
  matches: (path: string) => boolean;
}

/**
 * The fault table behind `/__sim/faults`, asked by the HTTP layer before each Magento request.
 * Rules are tried in the order they were added: every matching `delay` rule adds its delay and
 * the first matching answering rule (429, 5xx, commit-then-drop) ends the search, so rules added
 * one after another script a sequence ("two 429s, then one 503, then normal"). A rule stops
 * matching once it has been hit `times` times; it stays listed with its hit count until removed.
 * @see WireMock's stub mappings with `times`; Toxiproxy toxics for the same idea at TCP level
 */
export class FaultRules implements FaultHooks {
  private rules: LiveRule[] = [];
  private lastId = 0;

  /** Validates and adds a rule; a bad one throws a ControlError (400) naming the field. */
  add(spec: FaultRuleSpec): FaultRuleView {
    const parsed = FaultRuleInput.safeParse(spec);
    if (!parsed.success) throw new ControlError(`Invalid fault rule: ${describeIssues(parsed.error)}`);
    const input = parsed.data;
    const id = ++this.lastId;
    const view: FaultRuleView = {
      id,
      name: input.name ?? `${input.action} ${input.method ?? '*'} ${input.path}`,
      method: input.method ?? null,
      path: input.path,
      action: input.action,
      status: input.action === '429' ? 429 : input.action === '5xx' ? (input.status ?? 500) : null,
      retryAfter: retryAfterOf(input),
      delayMs: input.delayMs ?? 0,
      body: input.body ?? null,
      times: input.times ?? null,
      hits: 0,
      remaining: input.times ?? null,
    };
    this.rules.push({ view, matches: pathMatcher(input.path) });
    return { ...view };
  }

  list(): FaultRuleView[] {
    return this.rules.map((r) => ({ ...r.view }));
  }

  /** Removes one rule; false when there is none with that id. */
  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.view.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  decide(method: string, path: string): FaultDecision[] {
    const out: FaultDecision[] = [];
    for (const rule of this.rules) {
      const v = rule.view;
      if (v.remaining === 0 || (v.method !== null && v.method !== method) || !rule.matches(path)) continue;
      v.hits += 1;
      if (v.remaining !== null) v.remaining -= 1;
      if (v.delayMs > 0) out.push({ kind: 'delay', ms: v.delayMs, name: v.name });
      if (v.action === 'delay') continue;
      out.push(terminal(v));
      break;
    }
    return out;
  }
}

function terminal(v: FaultRuleView): FaultDecision {
  if (v.action === 'commit-then-drop') return { kind: 'drop-after-commit', name: v.name };
  const status = v.status ?? 500;
  const { body, contentType }: FaultBody = v.body === null ? defaultBody(status) : givenBody(v.body);
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (v.retryAfter !== null) headers['Retry-After'] = String(v.retryAfter);
  return { kind: 'respond', status, body, headers, name: v.name };
}

/** A 429 says when to come back (1 s unless told; `null` sends no header); a 5xx only when told. */
function retryAfterOf(input: FaultRuleInput): number | null {
  if (input.action === '429') return input.retryAfter === undefined ? 1 : input.retryAfter;
  if (input.action === '5xx') return input.retryAfter ?? null;
  return null;
}
