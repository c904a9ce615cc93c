import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { DataDir, DiscrepancyRecord, OpenDataDir } from '../core/session/data-dir.ts';
import { writeFileAtomicSync } from './atomic-file.ts';
import { FileQueueStorage } from './file-queue-storage.ts';

/**
 * The register's data directory on disk (`session.dataDir`):
 *
 * | file                         | what                                                        |
 * | ---------------------------- | ----------------------------------------------------------- |
 * | `queue.jsonl`                | the offline queue's log (FileQueueStorage: fsync per record) |
 * | `environment.json`           | the last catalog, tax tables, rules pulled from Magento     |
 * | `discrepancies.json`, `.csv` | the discrepancy report of conflicts met at sync             |
 *
 * Documents are replaced atomically. One register per directory.
 */
export const openFileDataDir: OpenDataDir = async (dir) => {
  mkdirSync(dir, { recursive: true });
  return new FileDataDir(dir, FileQueueStorage.open(join(dir, 'queue.jsonl')));
};

const CSV_COLUMNS = [
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

class FileDataDir implements DataDir {
  constructor(
    private readonly dir: string,
    readonly queue: FileQueueStorage,
  ) {}

  async readJson(name: string): Promise<unknown> {
    const file = join(this.dir, `${name}.json`);
    if (!existsSync(file)) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  }

  async writeJson(name: string, data: unknown): Promise<void> {
    writeFileAtomicSync(join(this.dir, `${name}.json`), `${JSON.stringify(data)}\n`);
  }

  async writeDiscrepancies(records: DiscrepancyRecord[]): Promise<void> {
    writeFileAtomicSync(join(this.dir, 'discrepancies.json'), `${JSON.stringify(records, null, 2)}\n`);
    const rows = records.map((r) => CSV_COLUMNS.map((c) => r[c as keyof DiscrepancyRecord] ?? ''));
    writeFileAtomicSync(
      join(this.dir, 'discrepancies.csv'),
      stringify(rows, { header: true, columns: CSV_COLUMNS }),
    );
  }

  async close(): Promise<void> {
    this.queue.close();
  }
}
