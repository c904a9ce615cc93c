/**
 * The cost of one durable write (transaction + flush) with 100 and with 100,000 order-like records
 * (~1 KB each) in state: sequential, and 16 concurrent writers (group commit). The goal of
 * architecture.md §3 is a 100k/100 ratio <= 1.2. Also: open (snapshot load, journal replay),
 * compaction at 100k and the writes made while it runs, and the process's memory.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalStore } from '../simulator/state/journal-store.ts';

const LARGE = 100_000;
const SMALL = 100;
const ROUNDS = 4;
const SEQUENTIAL = 500; // writes per round
const WRITERS = 16;
const PER_WRITER = 40; // writes per writer per round

/** An order-like record of about 1 KB. */
function order(id: number): Record<string, unknown> {
  return {
    entity_id: id,
    increment_id: String(100_000_000 + id),
    state: 'complete',
    status: 'complete',
    store_id: 1,
    customer_email: `customer${id}@example.com`,
    grand_total: 123.45,
    created_at: '2024-09-17 10:00:00',
    items: [1, 2, 3].map((n) => ({
      sku: `SKU-${id}-${n}`,
      qty_ordered: n,
      price: 10 * n,
      row_total: 10 * n * n,
    })),
    billing_address: {
      firstname: 'Ada',
      lastname: 'Lovelace',
      street: ['1 Main St'],
      city: 'Austin',
      postcode: '78701',
    },
    payment: { method: 'checkmo', amount_paid: 123.45 },
    extension_attributes: { pos_register_id: 'R1', note: 'x'.repeat(400) },
  };
}

async function build(file: string, n: number): Promise<JournalStore> {
  const store = await JournalStore.open(file);
  for (let i = 0; i < n; i += 5000) {
    store.transaction(() => {
      for (let j = i; j < Math.min(n, i + 5000); j++)
        store.put('orders', String(store.nextId('order')), order(j));
    });
  }
  await store.flush();
  await store.compact();
  return store;
}

async function timedWrite(store: JournalStore): Promise<number> {
  const started = performance.now();
  store.transaction(() => {
    const id = store.nextId('order');
    store.put('orders', String(id), order(id));
  });
  await store.flush();
  return performance.now() - started;
}

async function sequential(store: JournalStore, out: number[]): Promise<void> {
  for (let i = 0; i < SEQUENTIAL; i++) out.push(await timedWrite(store));
}

async function concurrent(store: JournalStore, out: number[]): Promise<void> {
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = 0; i < PER_WRITER; i++) out.push(await timedWrite(store));
    }),
  );
}

interface Summary {
  n: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

function summary(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return {
    n: s.length,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
  };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;
const row = (label: string, s: Summary, extra = '') =>
  `| ${label} | ${s.n} | ${ms(s.mean)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} | ${extra} |`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

export default async function bench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'posgate-bench-state-'));
  try {
    const smallFile = join(dir, 'small.json');
    const largeFile = join(dir, 'large.json');
    const small = await build(smallFile, SMALL);
    const [large, buildMs] = await timed(() => build(largeFile, LARGE));
    const rss = process.memoryUsage();

    const seq = { small: [] as number[], large: [] as number[] };
    const conc = { small: [] as number[], large: [] as number[] };
    const batches = { small: 0, large: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      // interleaved, so that disk and machine noise fall on both sizes alike
      await sequential(small, seq.small);
      await sequential(large, seq.large);
      let before = small.stats().batches;
      await concurrent(small, conc.small);
      batches.small += small.stats().batches - before;
      before = large.stats().batches;
      await concurrent(large, conc.large);
      batches.large += large.stats().batches - before;
    }

    // writes made while a compaction of the 100k state runs
    const during: number[] = [];
    const [, compactMs] = await timed(async () => {
      let done = false;
      const compaction = large.compact().finally(() => {
        done = true;
      });
      while (!done) during.push(await timedWrite(large));
      await compaction;
    });
    const snapshotBytes = statSync(largeFile).size;
    await large.close();
    await small.close();
    const [reopened, openMs] = await timed(() => JournalStore.open(largeFile));
    await reopened.close();

    // a journal of 100k one-record transactions and no snapshot: pure replay
    const replayFile = join(dir, 'replay.json');
    const journaled = await JournalStore.open(replayFile, { compactAt: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= LARGE; i++)
      journaled.transaction(() => journaled.put('orders', String(i), order(i)));
    await journaled.close();
    const journalBytes = statSync(`${replayFile}.journal`).size;
    const [replayed, replayMs] = await timed(() => JournalStore.open(replayFile));
    await replayed.close();

    const s = { seq: summary(seq.small), conc: summary(conc.small) };
    const l = { seq: summary(seq.large), conc: summary(conc.large) };
    const d = summary(during);
    const ratio = (a: Summary, b: Summary) =>
      `${(a.mean / b.mean).toFixed(2)} (p50 ${(a.p50 / b.p50).toFixed(2)})`;
    const groupSize = (n: number, b: number) => `${(n / b).toFixed(1)} writes per fdatasync`;
    return [
      '## Simulator state: JournalStore durable writes',
      '',
      'One durable write = `transaction(put one ~1 KB order)` + `await flush()` (append + fdatasync, group commit).',
      `Rounds interleave the two state sizes (${ROUNDS} rounds of ${SEQUENTIAL} sequential and ${WRITERS}x${PER_WRITER} concurrent writes).`,
      '',
      '| state, mode | writes | mean | p50 | p99 | max | |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row(`${SMALL} records, sequential`, s.seq),
      row(`${LARGE} records, sequential`, l.seq),
      row(`${SMALL} records, ${WRITERS} concurrent writers`, s.conc, groupSize(s.conc.n, batches.small)),
      row(`${LARGE} records, ${WRITERS} concurrent writers`, l.conc, groupSize(l.conc.n, batches.large)),
      row(`${LARGE} records, sequential, during a compaction`, d),
      '',
      `**Ratio ${LARGE}/${SMALL}** (goal <= 1.2): sequential ${ratio(l.seq, s.seq)}; concurrent ${ratio(l.conc, s.conc)}.`,
      '',
      `- Building ${LARGE} records (20 transactions of 5,000 puts + first compaction): ${(buildMs / 1000).toFixed(2)} s`,
      `- Compaction at ${LARGE} records (snapshot ${mb(snapshotBytes)}, streamed, fsynced, renamed; journal cut): ${(compactMs / 1000).toFixed(2)} s, with ${d.n} durable writes served meanwhile`,
      `- Open with a ${LARGE}-record snapshot: ${(openMs / 1000).toFixed(2)} s`,
      `- Open replaying a journal of ${LARGE} transactions (${mb(journalBytes)}, no snapshot): ${(replayMs / 1000).toFixed(2)} s`,
      `- Memory with both states loaded: RSS ${mb(rss.rss)}, heap used ${mb(rss.heapUsed)}`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
