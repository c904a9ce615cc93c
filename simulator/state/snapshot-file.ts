import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { fsyncDir, writeFully } from './durable-fs.ts';
import { StateFileError } from './state-file-error.ts';

/** The state as a snapshot holds it: every collection in insertion order, and the last transaction in it. */
export interface SnapshotView {
  txn: number;
  collections: Map<string, Map<string, unknown>>;
  sequences: Map<string, number>;
}

/**
 * The snapshot file, plain JSON (lowdb reads it): collections as `[key, record]` pairs so that
 * insertion order survives (a JSON object would put integer-like keys first).
 */
interface SnapshotJson {
  format: typeof FORMAT;
  version: 1;
  txn: number;
  collections: Record<string, Array<[string, unknown]>>;
  sequences: Record<string, number>;
}

const FORMAT = 'posgate-simulator-state';
const CHUNK = 512 << 10;
const SYNC_EVERY = 4 << 20;

/** Reads the snapshot through lowdb (`Low` + `JSONFile`, chosen explicitly); absent → empty, txn 0. */
export async function readSnapshot(file: string): Promise<SnapshotView> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), null);
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw new StateFileError(
      `snapshot ${file} is not valid JSON (${(err as Error).message}). Snapshots are written to a ` +
        'temporary file and renamed, so no crash can cause this: the file was damaged or replaced. ' +
        'Restore it from a backup, or move it and its .journal aside to start empty.',
    );
  }
  if (db.data === null) return { txn: 0, collections: new Map(), sequences: new Map() };
  return toView(file, db.data);
}

function toView(file: string, data: unknown): SnapshotView {
  const s = data as Partial<SnapshotJson>;
  const wrong = (what: string) =>
    new StateFileError(`${file} is not a posgate simulator state snapshot: ${what}`);
  if (s?.format !== FORMAT || s.version !== 1) throw wrong(`expected "format": "${FORMAT}", "version": 1`);
  if (!Number.isSafeInteger(s.txn) || (s.txn as number) < 0) throw wrong('"txn" is not a transaction number');
  if (typeof s.collections !== 'object' || s.collections === null) throw wrong('"collections" is missing');
  if (typeof s.sequences !== 'object' || s.sequences === null) throw wrong('"sequences" is missing');
  const collections = new Map<string, Map<string, unknown>>();
  for (const [name, pairs] of Object.entries(s.collections)) {
    if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string'))
      throw wrong(`collection "${name}" is not a list of [key, record] pairs`);
    collections.set(name, new Map(pairs));
  }
  return { txn: s.txn as number, collections, sequences: new Map(Object.entries(s.sequences)) };
}

/**
 * Writes a snapshot atomically and durably: a temporary file, written in 512 KB chunks (so requests
 * keep being served between them), fdatasync'ed, renamed over the snapshot, directory synced.
 * lowdb's own writer (steno) renames without any fsync, so a power cut could leave an empty file.
 */
export async function writeSnapshot(file: string, view: SnapshotView, onBegun?: () => void): Promise<void> {
  const tmp = snapshotTempPath(file);
  const fh = await open(tmp, 'w', 0o644);
  try {
    const out = new ChunkedWriter(fh);
    out.push(`{"format":"${FORMAT}","version":1,"txn":${view.txn},"collections":{`);
    let c = 0;
    for (const [name, records] of view.collections) {
      out.push(`${c++ === 0 ? '' : ','}${JSON.stringify(name)}:[`);
      let r = 0;
      for (const [key, record] of records) {
        const json = JSON.stringify(record);
        if (json === undefined) continue;
        out.push(`${r++ === 0 ? '' : ','}[${JSON.stringify(key)},${json}]`);
        if (out.full && (await out.write()) === 1) onBegun?.();
      }
      out.push(']');
    }
    out.push(`},"sequences":${JSON.stringify(Object.fromEntries(view.sequences))}}\n`);
    if ((await out.write()) === 1) onBegun?.();
    await fh.datasync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename(tmp, file);
  await fsyncDir(dirname(file));
}

/** Where a snapshot is written before the rename; one left by a crash is deleted on open. */
export function snapshotTempPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.tmp`);
}

/**
 * Collects strings into ~512 KB writes, syncing every 4 MB: many small syncs keep the journal's own
 * fdatasync (which may wait behind them in the file system's journal) from stalling long.
 */
class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;
  private unsynced = 0;
  private writes = 0;

  constructor(private readonly fh: FileHandle) {}

  get full(): boolean {
    return this.length >= CHUNK;
  }

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Writes what is collected; returns how many writes have been made so far. */
  async write(): Promise<number> {
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.length = 0;
    await writeFully(this.fh, buf);
    this.unsynced += buf.length;
    if (this.unsynced >= SYNC_EVERY) {
      await this.fh.datasync();
      this.unsynced = 0;
    }
    return ++this.writes;
  }
}
