import type { QueueRecord } from '../../core/queue-entry.ts';
import type { QueueStorage } from '../../core/queue-storage.ts';
import { committed, requestResult, strictWrite } from './idb.ts';

/**
 * The offline queue's log in IndexedDB, the browser's counterpart of FileQueueStorage: one
 * object-store value per record under an auto-incremented key, so key order is append order.
 *
 * - `append` resolves when its strict-durability transaction has committed (the page's fsync);
 * - `compact` clears and rewrites the store in ONE transaction: IndexedDB commits it whole or
 *   not at all, so a crash leaves the old log or the new one;
 * - records are stored as structured clones and validated by the queue when read back.
 * @see register/core/queue-storage.ts for the three promises the queue relies on
 */
export const QUEUE_STORE = 'queue';

export class IdbQueueStorage implements QueueStorage {
  constructor(private readonly db: IDBDatabase) {}

  async append(record: QueueRecord): Promise<void> {
    const tx = strictWrite(this.db, QUEUE_STORE);
    tx.objectStore(QUEUE_STORE).add(record);
    await committed(tx);
  }

  async readAll(): Promise<unknown[]> {
    const tx = this.db.transaction(QUEUE_STORE, 'readonly');
    return requestResult(tx.objectStore(QUEUE_STORE).getAll());
  }

  async compact(records: QueueRecord[]): Promise<void> {
    const tx = strictWrite(this.db, QUEUE_STORE);
    const store = tx.objectStore(QUEUE_STORE);
    store.clear();
    for (const r of records) store.add(r);
    await committed(tx);
  }
}
