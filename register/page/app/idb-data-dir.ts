import type { DataDir, DiscrepancyRecord, OpenDataDir } from '../../core/session/data-dir.ts';
import { committed, openDatabase, requestResult, strictWrite } from './idb.ts';
import { IdbQueueStorage, QUEUE_STORE } from './idb-queue-storage.ts';
import { holdLock } from './web-lock.ts';

/**
 * The register's data directory in IndexedDB, the page's counterpart of file-data-dir.ts: one
 * database per directory name (`posgate-register:<dataDir>`, in the page's origin), with
 *
 * | store   | what                                                                      |
 * | ------- | ------------------------------------------------------------------------- |
 * | `queue` | the offline queue's log (IdbQueueStorage: strict durability per record)   |
 * | `docs`  | `environment` (the last pull), `discrepancies` and `discrepancies.csv`    |
 *
 * It survives a page reload and a browser restart (same profile, same origin). Documents are
 * replaced in one transaction each. One open register per directory (a Web Lock).
 */
const DOCS_STORE = 'docs';

export function databaseName(dir: string): string {
  return `posgate-register:${dir}`;
}

export const openIdbDataDir: OpenDataDir = async (dir) => {
  const release = await holdLock(databaseName(dir));
  try {
    const db = await openDatabase(databaseName(dir), [
      { name: QUEUE_STORE, autoIncrement: true },
      { name: DOCS_STORE },
    ]);
    return new IdbDataDir(db, release);
  } catch (e) {
    release();
    throw e;
  }
};

export class IdbDataDir implements DataDir {
  readonly queue: IdbQueueStorage;

  constructor(
    private readonly db: IDBDatabase,
    private readonly release: () => void,
  ) {
    this.queue = new IdbQueueStorage(db);
  }

  async readJson(name: string): Promise<unknown> {
    const tx = this.db.transaction(DOCS_STORE, 'readonly');
    return requestResult(tx.objectStore(DOCS_STORE).get(name));
  }

  async writeJson(name: string, data: unknown): Promise<void> {
    const tx = strictWrite(this.db, DOCS_STORE);
    tx.objectStore(DOCS_STORE).put(data, name);
    await committed(tx);
  }

  async writeDiscrepancies(records: DiscrepancyRecord[]): Promise<void> {
    const tx = strictWrite(this.db, DOCS_STORE);
    tx.objectStore(DOCS_STORE).put(records, 'discrepancies');
    tx.objectStore(DOCS_STORE).put(discrepancyCsv(records), 'discrepancies.csv');
    await committed(tx);
  }

  async close(): Promise<void> {
    this.db.close();
    this.release();
  }
}

const CSV_COLUMNS: Array<keyof DiscrepancyRecord> = [
  'sku',
  'source',
  'units',
  'sale',
  'resolution',
  'at',
  'sourceBefore',
  'sourceAfter',
  'reason',
];

/** The same columns as the Node shell's discrepancies.csv (RFC 4180 quoting). */
export function discrepancyCsv(records: DiscrepancyRecord[]): string {
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
  return `${rows.join('\n')}\n`;
}
