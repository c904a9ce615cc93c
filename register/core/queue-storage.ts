import type { QueueRecord } from './queue-entry.ts';

/**
 * Where the offline queue's log lives: a file (Node shell), IndexedDB (browser page) or memory
 * (tests). The queue relies on three promises only:
 * - `append` resolves once the record is durable (a crash after it never loses the record);
 * - `readAll` returns every durable record in append order (a torn, never-acknowledged last
 *   record may be missing; anything else unreadable must throw);
 * - `compact` replaces the whole log atomically (after a crash, the old log or the new one).
 */
export interface QueueStorage {
  append(record: QueueRecord): Promise<void>;
  readAll(): Promise<unknown[]>;
  compact(records: QueueRecord[]): Promise<void>;
}

/** In-memory storage for tests (and a page without IndexedDB). Keeps copies, like a real store. */
export class MemoryQueueStorage implements QueueStorage {
  records: unknown[] = [];

  async append(record: QueueRecord): Promise<void> {
    this.records.push(structuredClone(record));
  }

  async readAll(): Promise<unknown[]> {
    return structuredClone(this.records);
  }

  async compact(records: QueueRecord[]): Promise<void> {
    this.records = structuredClone(records);
  }
}
