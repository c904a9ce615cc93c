import { open } from 'node:fs/promises';
import { checkEntry, type JournalEntry } from './journal-format.ts';
import { StateFileError } from './state-file-error.ts';

/** What replay found: how much of the file to keep and where numbering resumes. */
export interface ReplayResult {
  /** Bytes of whole, valid lines; a torn tail after them is cut before appending. */
  validBytes: number;
  /** The last transaction number in the journal (0 when empty). */
  lastTxn: number;
  applied: number;
  /** Lines already held by the snapshot (a crash between writing it and cutting the journal). */
  skipped: number;
  /** Bytes of a torn last line (a crash mid-append: never acknowledged). */
  tornBytes: number;
}

interface BadLine {
  lineNo: number;
  offset: number;
  reason: string;
}

const CHUNK = 1 << 20;

/**
 * Reads the journal line by line and applies every transaction after `snapshotTxn`. The last line
 * may be torn (a crash mid-append, never acknowledged since acks follow the fsync): it is reported
 * in `tornBytes` and ignored. Anything wrong before the last line, or a gap in the transaction
 * numbers, is corruption: that throws, because lines after it hold acknowledged writes.
 */
export async function replayJournal(
  path: string,
  snapshotTxn: number,
  apply: (entry: JournalEntry) => void,
): Promise<ReplayResult> {
  const result: ReplayResult = { validBytes: 0, lastTxn: 0, applied: 0, skipped: 0, tornBytes: 0 };
  let bad: BadLine | null = null;
  let lineNo = 0;

  const onLine = (bytes: Buffer, offset: number, end: number, terminated: boolean) => {
    lineNo++;
    if (bad) throw corrupt(path, bad);
    let parsed: unknown;
    try {
      if (!terminated) throw new Error('no end of line');
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      bad = { lineNo, offset, reason: (err as Error).message };
      return;
    }
    let entry: JournalEntry;
    try {
      entry = checkEntry(parsed);
    } catch (err) {
      throw corrupt(path, { lineNo, offset, reason: (err as Error).message });
    }
    checkNumber(path, entry.n, result.lastTxn, snapshotTxn, { lineNo, offset, reason: '' });
    result.lastTxn = entry.n;
    result.validBytes = end;
    if (entry.n > snapshotTxn) {
      apply(entry);
      result.applied++;
    } else result.skipped++;
  };

  const size = await eachLine(path, onLine);
  result.tornBytes = size - result.validBytes;
  return result;
}

function checkNumber(path: string, n: number, prev: number, snapshotTxn: number, at: BadLine): void {
  if (prev === 0 && n > snapshotTxn + 1) {
    throw new StateFileError(
      `journal ${path} starts at transaction ${n} but the snapshot holds transactions up to ${snapshotTxn}: ` +
        `transactions ${snapshotTxn + 1} to ${n - 1} are missing (was the snapshot replaced by an older copy?)`,
    );
  }
  if (prev !== 0 && n !== prev + 1) {
    throw corrupt(path, { ...at, reason: `transaction ${n} follows transaction ${prev}` });
  }
}

function corrupt(path: string, bad: BadLine): StateFileError {
  return new StateFileError(
    `journal ${path} is corrupt at line ${bad.lineNo} (byte ${bad.offset}): ${bad.reason}. ` +
      'Only a torn last line can come from a crash; lines after this one hold acknowledged writes, ' +
      'so the simulator will not guess. Restore the state file and its journal from a backup, or move ' +
      'both aside to start empty.',
  );
}

/** Calls `onLine` for each line (without its newline); returns the file size (0 if absent). */
async function eachLine(
  path: string,
  onLine: (bytes: Buffer, offset: number, end: number, terminated: boolean) => void,
): Promise<number> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let parts: Buffer[] = [];
    let pos = 0;
    let lineStart = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, pos);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let start = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
        parts.push(chunk.subarray(start, i));
        onLine(
          parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts),
          lineStart,
          pos + i + 1,
          true,
        );
        parts = [];
        start = i + 1;
        lineStart = pos + start;
      }
      if (start < bytesRead) parts.push(Buffer.from(chunk.subarray(start)));
      pos += bytesRead;
    }
    if (parts.length > 0) onLine(Buffer.concat(parts), lineStart, pos, false);
    return pos;
  } finally {
    await fh.close();
  }
}
