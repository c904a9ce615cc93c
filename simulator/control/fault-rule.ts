import { z } from 'zod';

/**
 * A fault rule as `POST /__sim/faults` takes it. `path` is a Magento path after the store prefix:
 * a pattern whose `:name` (or `*`) segments match any one segment (`/V1/carts/:cartId/order`), a
 * literal path, or a regular expression prefixed `re:` (`re:^/V1/carts/\d+/order$`).
 * `times` is how many requests it hits (`1` or `"once"`, N, or omitted: until cleared).
 */
export const FaultRuleInput = z
  .strictObject({
    name: z.string().min(1).optional(),
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(['GET', 'POST', 'PUT', 'DELETE']))
      .optional(),
    path: z.string().min(1),
    action: z.preprocess((v) => (v === 429 ? '429' : v), z.enum(['429', '5xx', 'delay', 'commit-then-drop'])),
    status: z.number().int().min(500).max(599).optional(),
    retryAfter: z.number().int().nonnegative().nullable().optional(),
    body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    delayMs: z.number().int().nonnegative().max(600_000).optional(),
    times: z
      .union([z.literal('once'), z.number().int().positive()])
      .transform((t) => (t === 'once' ? 1 : t))
      .optional(),
  })
  .superRefine((r, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.action === 'delay' && r.delayMs === undefined) bad('delayMs', 'a delay rule needs delayMs');
    if (r.status !== undefined && r.action !== '5xx') bad('status', 'status goes with action "5xx" only');
    const answers = r.action === '429' || r.action === '5xx';
    if (!answers && r.body !== undefined) bad('body', `action "${r.action}" sends no body of its own`);
    if (!answers && r.retryAfter !== undefined)
      bad('retryAfter', `action "${r.action}" sends no Retry-After header`);
    if (r.path.startsWith('/rest/'))
      bad('path', 'give the path after the store prefix, e.g. /V1/carts/:cartId/order');
    else if (!r.path.startsWith('/') && !r.path.startsWith('re:'))
      bad('path', 'start the path with "/" (a Magento path) or "re:" (a regular expression)');
    if (r.path.startsWith('re:')) {
      try {
        new RegExp(r.path.slice(3));
      } catch (err) {
        bad('path', `not a valid regular expression: ${(err as Error).message}`);
      }
    }
  });
export type FaultRuleInput = z.output<typeof FaultRuleInput>;
/** A rule as callers write it (before defaults and normalisation). */
export type FaultRuleSpec = z.input<typeof FaultRuleInput>;
export type FaultAction = FaultRuleInput['action'];

/** A rule as `GET /__sim/faults` lists it. */
export interface FaultRuleView {
  id: number;
  name: string;
  method: string | null;
  path: string;
  action: FaultAction;
  status: number | null;
  retryAfter: number | null;
  delayMs: number;
  body: unknown;
  /** null: until cleared. */
  times: number | null;
  hits: number;
  /** Hits left before the rule stops matching (null: unlimited). */
  remaining: number | null;
}

/** Compiles a rule's `path` into a predicate on the path after the store prefix. */
export function pathMatcher(pattern: string): (path: string) => boolean {
  if (pattern.startsWith('re:')) {
    const re = new RegExp(pattern.slice(3));
    return (path) => re.test(path);
  }
  const want = segments(pattern);
  return (path) => {
    const got = segments(path);
    return (
      got.length === want.length &&
      want.every((w, i) => w === '*' || w.startsWith(':') || same(w, got[i] as string))
    );
  };
}

/** Literal segments compare case-insensitively and URL-decoded, as Magento's router does. */
function same(a: string, b: string): boolean {
  return decode(a).toLowerCase() === decode(b).toLowerCase();
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}
