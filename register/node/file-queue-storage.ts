import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { QueueError, type QueueRecord } from '../core/queue-entry.ts';
import type { QueueStorage } from '../core/queue-storage.ts';

/**
 * The offline queue's log on disk: one JSON line per record, fsync'd before `append` resolves,
 * so an acknowledged sale survives kill -9 and power loss.
 *
 * - A crash mid-append can leave a torn last line (no final newline). It was never acknowledged,
 *   so `readAll` ignores it and `open` truncates it away before anything is appended after it.
 *   Any other unreadable line is corruption, and reading throws rather than start half empty.
 * - `compact` writes `<file>.compact.tmp`, fsyncs it, renames it over the log and fsyncs the
 *   directory: after a crash the log is the old one or the new one, never a mix. The temp file
 *   has a fixed name (rather than write-file-atomic's random one) so `open` can remove the
 *   leftover of a compaction killed half way.
 * One writer per file: the register owns its data directory.
 */
export class FileQueueStorage implements QueueStorage {
  private constructor(
    readonly path: string,
    private fd: number,
    private size: number,
  ) {}

  /** Opens (creating it and its directory if needed) and repairs a torn tail. */
  static open(path: string): FileQueueStorage {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    rmSync(tempPath(path), { force: true });
    const existed = existsSync(path);
    const fd = openSync(path, 'a');
    if (!existed) fsyncDir(dir);
    const bytes = readFileSync(path);
    const whole = bytes.lastIndexOf(0x0a) + 1;
    if (whole < bytes.length) {
      ftruncateSync(fd, whole);
      fsyncSync(fd);
    }
    return new FileQueueStorage(path, fd, whole);
  }

  async append(record: QueueRecord): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      writeAll(this.fd, line);
      fsyncSync(this.fd);
    } catch (e) {
      // Leave no partial line behind for the next append to follow (e.g. disk full).
      ftruncateSync(this.fd, this.size);
      throw e;
    }
    this.size += line.length;
  }

  async readAll(): Promise<unknown[]> {
    const bytes = readFileSync(this.path);
    const text = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1).toString('utf8');
    const lines = text.split('\n').slice(0, -1);
    return lines.map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new QueueError(
          `${this.path}:${i + 1}: corrupt queue record (not the torn last line): ${line.slice(0, 80)}`,
        );
      }
    });
  }

  async compact(records: QueueRecord[]): Promise<void> {
    const data = Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8');
    const tmp = tempPath(this.path);
    const tfd = openSync(tmp, 'w');
    try {
      writeAll(tfd, data);
      fsyncSync(tfd);
    } finally {
      closeSync(tfd);
    }
    renameSync(tmp, this.path);
    fsyncDir(dirname(this.path));
    closeSync(this.fd);
    this.fd = openSync(this.path, 'a');
    this.size = data.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function tempPath(path: string): string {
  return `${path}.compact.tmp`;
}

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
