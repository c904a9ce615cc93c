/**
 * Promises over IndexedDB's request/transaction events, the little the page's data directory
 * needs. A write counts as done when its transaction completes, not when its request succeeds:
 * only `complete` means committed.
 * @see https://w3c.github.io/IndexedDB/#transaction-lifecycle
 */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves once the transaction has committed; rejects when it errors or aborts. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * A read-write transaction whose commit is flushed to disk before `complete` fires
 * (`durability: 'strict'`): the queue acknowledges a sale only once a browser crash cannot lose it.
 */
export function strictWrite(db: IDBDatabase, stores: string | string[]): IDBTransaction {
  return db.transaction(stores, 'readwrite', { durability: 'strict' });
}

/** Opens (creating at version 1) a database with the given object stores. */
export function openDatabase(
  name: string,
  stores: Array<{ name: string; autoIncrement?: boolean }>,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const s of stores) {
        if (!request.result.objectStoreNames.contains(s.name)) {
          request.result.createObjectStore(s.name, { autoIncrement: s.autoIncrement ?? false });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open IndexedDB database ${name}`));
    request.onblocked = () => reject(new Error(`IndexedDB database ${name} is blocked by another tab`));
  });
}
