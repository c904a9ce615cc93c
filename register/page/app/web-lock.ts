/**
 * One register per data directory, across tabs: the page holds a Web Lock named after its data
 * directory while the register is open. Two tabs replaying the same IndexedDB queue would each
 * trust their own view of it and could place a sale twice; the second tab is refused instead.
 * Falls back to no lock where the Web Locks API is missing (it needs a secure context:
 * localhost or https).
 * @see https://w3c.github.io/web-locks/
 */
export class DataDirInUse extends Error {
  override name = 'DataDirInUse';
}

export async function holdLock(name: string, waitMs = 3000): Promise<() => void> {
  if (!('locks' in navigator)) return () => {};
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(
        name,
        { signal: AbortSignal.timeout(waitMs) },
        () => new Promise<void>((release) => resolve(release)),
      )
      .catch((e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        reject(new DataDirInUse(`the register's data "${name}" is open in another tab or window (${why})`));
      });
  });
}
