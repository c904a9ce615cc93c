import type { Op } from './store.ts';

/**
 * One journal line: a committed transaction's number and its operations, as one line of JSON.
 * Transaction numbers are consecutive, so replay can skip what a snapshot already holds (`n` at or
 * below the snapshot's `txn`) and detect a missing stretch.
 */
export interface JournalEntry {
  n: number;
  ops: Op[];
}

/** Serialises a transaction; throws (before anything is written) if a value is not JSON. */
export function encodeEntry(n: number, ops: Op[]): string {
  return `${JSON.stringify({ n, ops })}\n`;
}

/**
 * Checks a parsed line's shape; the error message says what is wrong (for the corruption report).
 * Parsing is the caller's: a line that is not JSON may be a torn write, a wrong shape never is.
 */
export function checkEntry(entry: unknown): JournalEntry {
  if (typeof entry !== 'object' || entry === null) throw new Error('not a JSON object');
  const { n, ops } = entry as { n?: unknown; ops?: unknown };
  if (!Number.isSafeInteger(n) || (n as number) < 1) throw new Error('"n" is not a transaction number');
  if (!Array.isArray(ops)) throw new Error('"ops" is not an array');
  ops.forEach((op, i) => {
    const problem = opProblem(op);
    if (problem) throw new Error(`ops[${i}] ${problem}`);
  });
  return entry as JournalEntry;
}

function opProblem(op: unknown): string | null {
  if (typeof op !== 'object' || op === null) return 'is not an object';
  const o = op as Record<string, unknown>;
  const str = (k: string) => typeof o[k] === 'string';
  switch (o['op']) {
    case 'put':
      return str('c') && str('k') && 'v' in o ? null : 'is a put without c, k or v';
    case 'del':
      return str('c') && str('k') ? null : 'is a del without c or k';
    case 'seq':
      return str('s') && typeof o['v'] === 'number' ? null : 'is a seq without s or v';
    case 'replace': {
      const d = o['data'] as { collections?: unknown; sequences?: unknown } | undefined;
      return isObject(d?.collections) && isObject(d?.sequences) ? null : 'is a replace without data';
    }
    default:
      return `has an unknown op ${JSON.stringify(o['op'])}`;
  }
}

function isObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
