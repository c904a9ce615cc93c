import type { QueueStorage } from '../queue-storage.ts';
import { MemoryQueueStorage } from '../queue-storage.ts';

/**
 * The register's data directory as the core sees it (the Node shell keeps it on disk, a browser
 * page in IndexedDB, tests in memory): the offline queue's log, JSON documents (the last
 * environment, the discrepancy log) and the discrepancy report in both forms.
 */
export interface DiscrepancyRecord {
  /** When the conflict was resolved. */
  at: string;
  sku: string;
  source: string;
  /** Units the sale wanted beyond what was available. */
  units: number;
  /** The register's sale id. */
  sale: string;
  resolution: 'held' | 'adjusted';
  /** For `adjusted`: the source quantity before and after the register raised it. */
  sourceBefore?: number;
  sourceAfter?: number;
  reason: string;
}

export interface DataDir {
  readonly queue: QueueStorage;
  readJson(name: string): Promise<unknown>;
  /** Replaces the document atomically (the old one or the new one after a crash). */
  writeJson(name: string, data: unknown): Promise<void>;
  /** Rewrites `discrepancies.json` and `discrepancies.csv` (sku, source, units, sale, resolution…). */
  writeDiscrepancies(records: DiscrepancyRecord[]): Promise<void>;
  close(): Promise<void>;
}

export type OpenDataDir = (dir: string) => Promise<DataDir>;

/** An in-memory data directory (tests; a page without storage). One per directory name. */
export function memoryDataDirs(): OpenDataDir & { dirs: Map<string, MemoryDataDir> } {
  const dirs = new Map<string, MemoryDataDir>();
  const open = async (dir: string) => {
    const d = dirs.get(dir) ?? new MemoryDataDir();
    dirs.set(dir, d);
    return d;
  };
  return Object.assign(open, { dirs });
}

export class MemoryDataDir implements DataDir {
  readonly queue = new MemoryQueueStorage();
  readonly docs = new Map<string, unknown>();
  discrepancies: DiscrepancyRecord[] = [];

  async readJson(name: string): Promise<unknown> {
    return structuredClone(this.docs.get(name));
  }
  async writeJson(name: string, data: unknown): Promise<void> {
    this.docs.set(name, structuredClone(data));
  }
  async writeDiscrepancies(records: DiscrepancyRecord[]): Promise<void> {
    this.discrepancies = structuredClone(records);
  }
  async close(): Promise<void> {}
}
