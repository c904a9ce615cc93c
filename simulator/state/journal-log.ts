import { constants, type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir, writeFully } from './durable-fs.ts';

interface Waiter {
  txn: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

interface Job {
  run: () => Promise<void>;
  resolve: () => void;
  reject: (err: Error) => void;
}

const APPEND = constants.O_CREAT | constants.O_RDWR | constants.O_APPEND;

/**
 * The append-only journal file, with group commit:
 *
 *   commit ──► pending ──(one write + one fdatasync per batch)──► file ──► flush() waiters resolve
 *                ▲ transactions committed while a batch is being synced wait here: the next batch
 *
 * A write therefore costs one line and a share of one fdatasync, whatever the state size. Jobs
 * (cutting the journal after a snapshot, closing) run between batches, never during one.
 */
export class JournalLog {
  private pending: Buffer[] = [];
  private pendingTxn = 0;
  private waiters: Waiter[] = [];
  private jobs: Job[] = [];
  private draining = false;
  private failure: Error | null = null;
  /** Bytes in the file (all synced). */
  private written: number;
  /** Bytes in the file plus queued: where the next line starts. */
  private assigned: number;
  readonly stats = { batches: 0, transactions: 0 };
  /** Called after each synced batch (the store checks its compaction threshold there). */
  onSynced: (() => void) | null = null;

  private constructor(
    private readonly path: string,
    private fh: FileHandle,
    size: number,
    private durableTxn: number,
  ) {
    this.written = size;
    this.assigned = size;
  }

  /** Opens for appending after cutting anything past `validBytes` (a torn last line). */
  static async open(path: string, validBytes: number, lastTxn: number): Promise<JournalLog> {
    await rm(tempPath(path), { force: true });
    const fh = await open(path, APPEND, 0o644);
    try {
      if ((await fh.stat()).size !== validBytes) {
        await fh.truncate(validBytes);
        await fh.datasync();
      }
      await fsyncDir(dirname(path)); // the journal's directory entry, if it was just created
    } catch (err) {
      await fh.close();
      throw err;
    }
    return new JournalLog(path, fh, validBytes, lastTxn);
  }

  /** Bytes synced in the file. */
  get size(): number {
    return this.written;
  }
  /** Offset where the next appended line will start. */
  get end(): number {
    return this.assigned;
  }

  append(txn: number, line: string): void {
    if (this.failure) throw this.failure;
    const buf = Buffer.from(line, 'utf8');
    this.pending.push(buf);
    this.pendingTxn = txn;
    this.assigned += buf.length;
    this.stats.transactions++;
    this.kick();
  }

  /** Resolves once transaction `txn` (and every one before it) is synced. */
  flush(txn: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (txn <= this.durableTxn) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ txn, resolve, reject }));
  }

  /** Drops the file's first `offset` bytes (lines a durable snapshot now holds). */
  dropPrefix(offset: number): Promise<void> {
    return this.exclusive(() => this.rewrite(offset));
  }

  /** Writes what is queued, then closes the file; later appends and flushes throw. */
  async close(): Promise<void> {
    try {
      if (!this.failure) {
        await this.exclusive(async () => {
          while (this.pending.length > 0) await this.writeBatch();
          this.failure = new Error(`journal ${this.path} is closed`);
        });
      }
    } finally {
      this.failure ??= new Error(`journal ${this.path} is closed`);
      await this.fh.close();
    }
  }

  private exclusive(run: () => Promise<void>): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.jobs.push({ run, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.draining || this.failure) return;
    this.draining = true;
    queueMicrotask(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const job = this.jobs.shift();
        if (job) {
          await job.run().then(job.resolve, job.reject);
          if (this.failure) break;
        } else if (this.pending.length > 0) {
          await this.writeBatch();
          this.onSynced?.();
        } else break;
      }
    } catch (err) {
      this.fail(err as Error);
    } finally {
      this.draining = false;
    }
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    const txn = this.pendingTxn;
    this.pending = [];
    await writeFully(this.fh, batch);
    await this.fh.datasync();
    this.written += batch.length;
    this.durableTxn = txn;
    this.stats.batches++;
    let i = 0;
    while (i < this.waiters.length && (this.waiters[i] as Waiter).txn <= txn) this.waiters[i++]?.resolve();
    if (i > 0) this.waiters.splice(0, i);
  }

  /**
   * Copies the lines after `offset` to a new file, syncs it and renames it over the journal. Until
   * the rename the old journal is intact (and replay skips what the snapshot holds); after it, the
   * new one holds every line the snapshot does not. A failure after the rename is fatal.
   */
  private async rewrite(offset: number): Promise<void> {
    while (this.written < offset) await this.writeBatch();
    const tail = Buffer.allocUnsafe(this.written - offset);
    for (let got = 0; got < tail.length; ) {
      const { bytesRead } = await this.fh.read(tail, got, tail.length - got, offset + got);
      if (bytesRead === 0) throw new Error(`journal ${this.path} is shorter than expected`);
      got += bytesRead;
    }
    const tmp = tempPath(this.path);
    const next = await open(tmp, APPEND | constants.O_TRUNC, 0o644);
    try {
      await writeFully(next, tail);
      await next.datasync();
      await rename(tmp, this.path);
    } catch (err) {
      await next.close().catch(() => {});
      await rm(tmp, { force: true });
      throw err;
    }
    const old = this.fh;
    this.fh = next;
    this.written -= offset;
    this.assigned -= offset;
    try {
      await fsyncDir(dirname(this.path));
      await old.close();
    } catch (err) {
      this.fail(err as Error);
      throw err;
    }
  }

  private fail(err: Error): void {
    this.failure ??= new Error(
      `journal ${this.path} failed (${err.message}): writes can no longer be made durable; restart the simulator`,
      { cause: err },
    );
    for (const w of this.waiters.splice(0)) w.reject(this.failure);
    for (const j of this.jobs.splice(0)) j.reject(this.failure);
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`);
}
