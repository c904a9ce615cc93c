/**
 * The simulator's state, behind one interface: named collections of JSON records keyed by string,
 * and named integer sequences. Services read and write only through it (architecture rule 7).
 *
 * Records handed out by `get`/`all` are shared, not copied: treat them as immutable and `put` a new
 * object to change one. Every write happens inside `transaction`, which the HTTP layer opens per
 * request; a transaction that throws is rolled back, one that returns is journaled, and `flush()`
 * resolves once everything written so far is durable (the HTTP layer answers only after it).
 */
export interface Store {
  get<T>(collection: string, key: string): T | undefined;
  has(collection: string, key: string): boolean;
  /** Every record of a collection, in insertion order. */
  all<T>(collection: string): T[];
  /** Every [key, record] pair of a collection, in insertion order. */
  entries<T>(collection: string): Array<[string, T]>;
  count(collection: string): number;
  put<T>(collection: string, key: string, value: T): void;
  delete(collection: string, key: string): boolean;
  /** The next value of a named sequence, starting at 1 (or after the highest value set). */
  nextId(sequence: string): number;
  /** Sets a sequence so that the next id is `value + 1`. */
  setSequence(sequence: string, value: number): void;
  /** Runs `fn` atomically: all its writes are kept, or none when it throws. `fn` must be synchronous. */
  transaction<R>(fn: () => R): R;
  /** Resolves when every write committed so far is durable. */
  flush(): Promise<void>;
  /** A plain copy of the whole state (for the control API's dump and for snapshots). */
  dump(): StateData;
  /** Replaces the whole state (control API reset/seed), as one durable write. */
  replace(data: StateData): void;
  close(): Promise<void>;
}

/** The serialised form of the state. */
export interface StateData {
  collections: Record<string, Record<string, unknown>>;
  sequences: Record<string, number>;
}

/** One journaled change. */
export type Op =
  | { op: 'put'; c: string; k: string; v: unknown }
  | { op: 'del'; c: string; k: string }
  | { op: 'seq'; s: string; v: number }
  | { op: 'replace'; data: StateData };

export function emptyState(): StateData {
  return { collections: {}, sequences: {} };
}
