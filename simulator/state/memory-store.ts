import type { Op, StateData, Store } from './store.ts';

type Undo = () => void;

/**
 * The in-memory Store: Maps per collection, an undo log per transaction, and a hook (`commit`)
 * that durable stores override to journal each committed transaction's operations.
 */
export class MemoryStore implements Store {
  protected collections = new Map<string, Map<string, unknown>>();
  protected sequences = new Map<string, number>();
  private undo: Undo[] | null = null;
  private ops: Op[] | null = null;

  constructor(initial?: StateData) {
    if (initial) this.load(initial);
  }

  get<T>(collection: string, key: string): T | undefined {
    return this.collections.get(collection)?.get(key) as T | undefined;
  }
  has(collection: string, key: string): boolean {
    return this.collections.get(collection)?.has(key) ?? false;
  }
  all<T>(collection: string): T[] {
    const c = this.collections.get(collection);
    return c ? ([...c.values()] as T[]) : [];
  }
  entries<T>(collection: string): Array<[string, T]> {
    const c = this.collections.get(collection);
    return c ? ([...c.entries()] as Array<[string, T]>) : [];
  }
  count(collection: string): number {
    return this.collections.get(collection)?.size ?? 0;
  }

  put<T>(collection: string, key: string, value: T): void {
    const c = this.coll(collection);
    const had = c.has(key);
    const prev = c.get(key);
    c.set(key, value);
    this.record({ op: 'put', c: collection, k: key, v: value }, () => {
      if (had) c.set(key, prev);
      else c.delete(key);
    });
  }

  delete(collection: string, key: string): boolean {
    const c = this.collections.get(collection);
    if (!c?.has(key)) return false;
    const prev = c.get(key);
    c.delete(key);
    this.record({ op: 'del', c: collection, k: key }, () => c.set(key, prev));
    return true;
  }

  nextId(sequence: string): number {
    const next = (this.sequences.get(sequence) ?? 0) + 1;
    this.setSequence(sequence, next);
    return next;
  }

  setSequence(sequence: string, value: number): void {
    const prev = this.sequences.get(sequence);
    this.sequences.set(sequence, value);
    this.record({ op: 'seq', s: sequence, v: value }, () => {
      if (prev === undefined) this.sequences.delete(sequence);
      else this.sequences.set(sequence, prev);
    });
  }

  transaction<R>(fn: () => R): R {
    if (this.undo) return fn(); // nested: part of the outer transaction
    this.undo = [];
    this.ops = [];
    try {
      const result = fn();
      if (result instanceof Promise) throw new Error('Store.transaction callbacks must be synchronous');
      const ops = this.ops;
      if (ops.length > 0) this.commit(ops); // a commit that throws (e.g. a value not JSON) rolls back
      this.undo = null;
      this.ops = null;
      return result;
    } catch (err) {
      const undo = this.undo ?? [];
      const ops = this.ops ?? [];
      this.undo = null;
      this.ops = null;
      if (keepsWrites(err)) {
        if (ops.length > 0) this.commit(ops);
      } else {
        for (let i = undo.length - 1; i >= 0; i--) undo[i]?.();
      }
      throw err;
    }
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  dump(): StateData {
    const collections: StateData['collections'] = {};
    for (const [name, c] of this.collections) collections[name] = Object.fromEntries(c);
    return structuredClone({ collections, sequences: Object.fromEntries(this.sequences) });
  }

  replace(data: StateData): void {
    this.transaction(() => {
      const before = { collections: this.collections, sequences: this.sequences };
      this.load(structuredClone(data));
      this.record({ op: 'replace', data }, () => {
        this.collections = before.collections;
        this.sequences = before.sequences;
      });
    });
  }

  async close(): Promise<void> {}

  /** Called once per committed transaction with its operations; durable stores journal them. */
  protected commit(_ops: Op[]): void {}

  /** Applies journaled operations on load (recovery), bypassing transactions. */
  protected apply(op: Op): void {
    if (op.op === 'put') this.coll(op.c).set(op.k, op.v);
    else if (op.op === 'del') this.collections.get(op.c)?.delete(op.k);
    else if (op.op === 'seq') this.sequences.set(op.s, op.v);
    else this.load(structuredClone(op.data));
  }

  protected load(data: StateData): void {
    this.collections = new Map(
      Object.entries(data.collections).map(([name, recs]) => [name, new Map(Object.entries(recs))]),
    );
    this.sequences = new Map(Object.entries(data.sequences));
  }

  private coll(name: string): Map<string, unknown> {
    let c = this.collections.get(name);
    if (!c) {
      c = new Map();
      this.collections.set(name, c);
    }
    return c;
  }

  private record(op: Op, undo: Undo): void {
    if (!this.undo || !this.ops) throw new Error('Store writes must happen inside store.transaction()');
    this.undo.push(undo);
    this.ops.push(op);
  }
}

/**
 * An error may ask to keep the writes made before it (`keepWrites: true`), as Magento does when it
 * records a failed login or a compensating reservation and then throws.
 */
function keepsWrites(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { keepWrites?: unknown }).keepWrites === true;
}
