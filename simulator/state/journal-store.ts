import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeEntry } from './journal-format.ts';
import { JournalLog } from './journal-log.ts';
import { replayJournal } from './journal-reader.ts';
import { MemoryStore } from './memory-store.ts';
import { readSnapshot, snapshotTempPath, writeSnapshot } from './snapshot-file.ts';
import { lockStateFile } from './state-lock.ts';
import type { Op } from './store.ts';

export interface JournalStoreOptions {
  /** Journal size (bytes) past which a snapshot is written and the journal cut. Default 64 MiB. */
  compactAt?: number;
  /** Called at each compaction step, synchronously: lets tests crash or copy files right there. */
  onCompactionStep?: (step: CompactionStep) => void;
}

/** `snapshot-begun`: part of the temporary snapshot is on disk; `snapshot-written`: it is durable and renamed, the journal not yet cut. */
export type CompactionStep = 'snapshot-begun' | 'snapshot-written' | 'journal-cut';

export interface JournalStoreStats {
  /** Last committed transaction number. */
  txn: number;
  transactions: number;
  /** fdatasync batches: fewer than transactions when group commit merged some. */
  batches: number;
  journalBytes: number;
  compactions: number;
  lastCompactionError: string | null;
}

/** What `open` found on disk: a torn tail it cut, lines it replayed or skipped (already in the snapshot). */
export interface JournalRecovery {
  snapshotTxn: number;
  applied: number;
  skipped: number;
  tornBytes: number;
}

export const DEFAULT_COMPACT_AT = 64 * 1024 * 1024;

/**
 * The durable Store (docs/decisions/001-simulator-persistence.md): state in memory, a snapshot
 * `<file>` read through lowdb, and an append-only journal `<file>.journal` with one line per
 * committed transaction. A write costs its own line and a share of one fdatasync (group commit),
 * never a rewrite of the state; `flush()` resolves once every transaction so far is synced. When the
 * journal passes `compactAt`, a snapshot is written beside the running store and the journal cut.
 */
export class JournalStore extends MemoryStore {
  private log!: JournalLog;
  private release!: () => Promise<void>;
  private txn = 0;
  private closed = false;
  private compacting: Promise<void> | null = null;
  private nextCompactionAt: number;
  private compactions = 0;
  private compactionError: Error | null = null;
  recovery: JournalRecovery = { snapshotTxn: 0, applied: 0, skipped: 0, tornBytes: 0 };

  private constructor(
    readonly file: string,
    private readonly options: JournalStoreOptions,
  ) {
    super();
    this.nextCompactionAt = this.compactAt;
  }

  /**
   * Loads the snapshot, replays the journal over it (ignoring a torn last line, refusing any other
   * damage with a StateFileError), and opens the journal for appending.
   */
  static async open(file: string, options: JournalStoreOptions = {}): Promise<JournalStore> {
    await mkdir(dirname(file), { recursive: true });
    const release = await lockStateFile(file);
    try {
      const store = new JournalStore(file, options);
      await rm(snapshotTempPath(file), { force: true }); // a snapshot a crash interrupted
      const snapshot = await readSnapshot(file);
      store.collections = snapshot.collections;
      store.sequences = snapshot.sequences;
      const journal = `${file}.journal`;
      const replay = await replayJournal(journal, snapshot.txn, (entry) => {
        for (const op of entry.ops) store.apply(op);
      });
      const { applied, skipped, tornBytes } = replay;
      store.recovery = { snapshotTxn: snapshot.txn, applied, skipped, tornBytes };
      const stale = replay.lastTxn <= snapshot.txn; // every line is in the snapshot: start afresh
      store.txn = Math.max(snapshot.txn, replay.lastTxn);
      store.log = await JournalLog.open(journal, stale ? 0 : replay.validBytes, store.txn);
      store.log.onSynced = () => store.compactIfDue();
      store.release = release;
      return store;
    } catch (err) {
      await release();
      throw err;
    }
  }

  override flush(): Promise<void> {
    return this.log.flush(this.txn);
  }

  /** Writes a snapshot of the state now and cuts the journal; resolves when both are durable. */
  async compact(): Promise<void> {
    if (this.closed) throw new Error(`the state store ${this.file} is closed`);
    while (this.compacting) await this.compacting.catch(() => {});
    const run = this.runCompaction();
    this.compacting = run;
    try {
      await run;
    } finally {
      if (this.compacting === run) this.compacting = null;
    }
  }

  stats(): JournalStoreStats {
    return {
      txn: this.txn,
      ...this.log.stats,
      journalBytes: this.log.size,
      compactions: this.compactions,
      lastCompactionError: this.compactionError?.message ?? null,
    };
  }

  /** Flushes, lets a running compaction finish, closes the journal and releases the lock. */
  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
      await this.compacting?.catch(() => {});
    } finally {
      await this.log.close();
      await this.release();
    }
  }

  protected override commit(ops: Op[]): void {
    if (this.closed) throw new Error(`the state store ${this.file} is closed`);
    this.log.append(this.txn + 1, encodeEntry(this.txn + 1, ops));
    this.txn++;
  }

  private get compactAt(): number {
    return this.options.compactAt ?? DEFAULT_COMPACT_AT;
  }

  private compactIfDue(): void {
    if (this.compacting || this.closed || this.log.size < this.nextCompactionAt) return;
    this.compact().catch(() => {}); // kept in stats(); retried once the journal grows by compactAt again
  }

  /**
   * The view is taken synchronously, with the journal offset that matches it: lines before the
   * offset are transactions up to `txn`, all in the snapshot. Records are immutable (Store contract),
   * so copying the Maps is enough, and writes go on while the snapshot is written.
   */
  private async runCompaction(): Promise<void> {
    const step = this.options.onCompactionStep;
    const view = {
      txn: this.txn,
      collections: new Map([...this.collections].map(([name, c]) => [name, new Map(c)])),
      sequences: new Map(this.sequences),
    };
    const offset = this.log.end;
    try {
      await writeSnapshot(this.file, view, () => step?.('snapshot-begun'));
      step?.('snapshot-written');
      await this.log.dropPrefix(offset);
      step?.('journal-cut');
      this.compactions++;
      this.compactionError = null;
      this.nextCompactionAt = this.compactAt;
    } catch (err) {
      this.compactionError = err as Error;
      this.nextCompactionAt = this.log.size + this.compactAt;
      throw err;
    }
  }
}
