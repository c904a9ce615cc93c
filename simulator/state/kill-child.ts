/**
 * Test fixture for kill.test.ts, run as a child process (never imported): opens a JournalStore and
 * writes until it is killed with SIGKILL, printing `ack put <key> <id>` or `ack del <key>` only
 * once that write's flush() resolved, and `step <name>` at each compaction step.
 *
 * argv: <state file> <writers> <compactAt bytes> <compaction step to stall at, or ->
 * Stalling (a synchronous sleep inside the step hook) lets the parent kill at exactly that step.
 */
import { JournalStore } from './journal-store.ts';

const [file = '', writers = '1', compactAt = '0', stallAt = '-'] = process.argv.slice(2);
const MAX_WRITES = 20_000; // a safety stop if the parent never kills

const out = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The record written under `key` (kill.test.ts recomputes it to check what survived). */
export function killRecord(key: string, id: number): { key: string; id: number; pad: string } {
  return { key, id, pad: 'p'.repeat(200 + (id % 64)) };
}

async function writer(store: JournalStore, w: number): Promise<void> {
  for (let i = 0; i < MAX_WRITES; i++) {
    const key = `w${w}-${i}`;
    if (i % 7 === 6) {
      const victim = `w${w}-${i - 3}`;
      store.transaction(() => store.delete('items', victim));
      await store.flush();
      out(`ack del ${victim}`);
    } else {
      const id = store.transaction(() => {
        const next = store.nextId('items');
        store.put('items', key, killRecord(key, next));
        return next;
      });
      await store.flush();
      out(`ack put ${key} ${id}`);
    }
  }
}

if (process.argv[1]?.endsWith('kill-child.ts')) {
  const store = await JournalStore.open(file, {
    compactAt: Number(compactAt),
    onCompactionStep: (step) => {
      out(`step ${step}`);
      if (step === stallAt) sleep(10_000);
    },
  });
  out('open');
  await Promise.all(Array.from({ length: Number(writers) }, (_, w) => writer(store, w)));
  await store.close();
}
