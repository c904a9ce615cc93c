import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { mulberry32, type Rng, randomInt } from '../core/prng.ts';
import { OfflineQueue } from '../core/queue.ts';
import type { QueueEntry } from '../core/queue-entry.ts';
import { Victim, writerCommand } from '../test-support/victim.ts';
import { FileQueueStorage } from './file-queue-storage.ts';

/**
 * The kill test: a child process sells into the file queue and prints `ack <saleId>` after each
 * durable append; it is SIGKILLed at seeded random moments, over and over on the same file, and
 * after each kill the queue is reloaded here: it must load, hold every acknowledged sale exactly
 * once and in order, keep every acknowledged transition, and lose nothing it held before.
 * POSGATE_KILL_ITERATIONS (default 40), POSGATE_KILL_SEED and POSGATE_KILL_CHILD=tsx (start the
 * writer with `node --import tsx` instead of a bundle: same code, ~4× the CPU per start) tune it; read only here.
 */
const ITERATIONS = Number(process.env.POSGATE_KILL_ITERATIONS ?? 40);
const SEED = Number(process.env.POSGATE_KILL_SEED ?? 20250115);
const VIA_TSX = process.env.POSGATE_KILL_CHILD === 'tsx';

const dir = mkdtempSync(join(tmpdir(), 'posgate-queue-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const command = writerCommand(dir, VIA_TSX);

interface Ledger {
  acked: string[];
  placed: Set<string>;
  held: Set<string>;
  /** Every sale a reload has seen (acknowledged or not): durable, so never to disappear. */
  seen: Set<string>;
  tornTails: number;
  killsInCompaction: number;
}

/** What one kill looks like: after which line, and how long after it. */
function plan(rng: Rng, mode: 'append' | 'compact'): { re: RegExp; count: number; delayMs: number } {
  if (mode === 'compact')
    return { re: /^compact-start$/, count: randomInt(rng, 1, 3), delayMs: randomInt(rng, 0, 1) };
  const acks = randomInt(rng, 0, 15);
  return acks === 0
    ? { re: /^ready /, count: 1, delayMs: randomInt(rng, 0, 2) }
    : { re: /^ack /, count: acks, delayMs: randomInt(rng, 0, 2) };
}

async function torture(mode: 'append' | 'compact', iterations: number, seed: number): Promise<Ledger> {
  const file = join(dir, `${mode}`, 'queue.jsonl');
  const rng = mulberry32(seed);
  const ledger: Ledger = {
    acked: [],
    placed: new Set(),
    held: new Set(),
    seen: new Set(),
    tornTails: 0,
    killsInCompaction: 0,
  };
  const cmd = await command;
  const start = (i: number) => new Victim(cmd, file, seed + i, `${mode[0]}${i}`, mode);
  let next: Victim | undefined = start(0);
  for (let i = 0; i < iterations; i++) {
    const victim: Victim = next!;
    await victim.until(/^warm$/);
    victim.go();
    next = i + 1 < iterations ? start(i + 1) : undefined; // loads while this one runs
    const kill = plan(rng, mode);
    await victim.until(kill.re, kill.count);
    if (kill.delayMs > 0) await new Promise((r) => setTimeout(r, kill.delayMs));
    victim.kill();
    const death = await victim.exited;
    assert.equal(
      death.signal,
      'SIGKILL',
      `writer ${i} died on its own (code ${death.code}): ${death.stderr}`,
    );
    record(ledger, death.lines);
    await verify(file, ledger, i);
  }
  return ledger;
}

function record(ledger: Ledger, lines: string[]): void {
  for (const line of lines) {
    const [what, id] = line.split(' ');
    if (what === 'ack') ledger.acked.push(id!);
    if (what === 'placed') ledger.placed.add(id!);
    if (what === 'held') ledger.held.add(id!);
  }
  const marks = lines.filter((l) => l.startsWith('compact-'));
  if (marks.at(-1) === 'compact-start') ledger.killsInCompaction++;
}

async function verify(file: string, ledger: Ledger, iteration: number): Promise<void> {
  const bytes = readFileSync(file);
  if (bytes.length > 0 && bytes.at(-1) !== 0x0a) ledger.tornTails++;
  const storage = FileQueueStorage.open(file);
  try {
    const queue = await OfflineQueue.open(storage); // validates every record
    const records = (await storage.readAll()) as QueueEntry[];
    assert.ok(
      !existsSync(`${file}.compact.tmp`),
      'a killed compaction leaves no temp file behind after open',
    );
    // Nothing duplicated: one seq per sale and one sale per seq across the whole log.
    const seqOf = new Map<string, number>();
    const saleAt = new Map<number, string>();
    for (const r of records) {
      assert.equal(seqOf.get(r.saleId) ?? r.seq, r.seq, `sale ${r.saleId} queued twice`);
      assert.equal(saleAt.get(r.seq) ?? r.saleId, r.saleId, `seq ${r.seq} used twice`);
      seqOf.set(r.saleId, r.seq);
      saleAt.set(r.seq, r.saleId);
    }
    const seqs = ledger.acked.map((id) => {
      const entry = queue.get(id);
      assert.ok(entry, `acknowledged sale ${id} lost after kill ${iteration}`);
      return entry.seq;
    });
    assert.ok(
      seqs.every((s, i) => i === 0 || s > seqs[i - 1]!),
      'queue order = order of acknowledgement',
    );
    for (const id of ledger.placed) assert.equal(queue.get(id)?.state, 'placed', `placement of ${id} lost`);
    for (const id of ledger.held) assert.equal(queue.get(id)?.state, 'held', `hold of ${id} lost`);
    for (const id of ledger.seen) assert.ok(queue.get(id), `durable sale ${id} disappeared`);
    const ids = queue.list().map((e) => e.saleId);
    const acked = new Set(ledger.acked);
    assert.ok(
      ids.filter((id) => !acked.has(id)).length <= iteration + 1,
      'at most one unacknowledged sale per kill',
    );
    for (const id of ids) ledger.seen.add(id);
  } finally {
    storage.close();
  }
}

test(`kill -9 while appending, ${ITERATIONS} times: every acknowledged sale survives exactly once`, async (t) => {
  const ledger = await torture('append', ITERATIONS, SEED);
  assert.ok(ledger.acked.length > ITERATIONS, 'the writers did sell');
  t.diagnostic(
    `${ledger.acked.length} acks, ${ledger.placed.size} placed, ${ledger.held.size} held, ${ledger.tornTails} torn tails`,
  );
});

const COMPACTIONS = Math.ceil(ITERATIONS / 4);
test(`kill -9 during compaction, ${COMPACTIONS} times: the log is the old or the new one`, async (t) => {
  const ledger = await torture('compact', COMPACTIONS, SEED + 1);
  // Each kill is aimed at a `compact-start` (the writer reaches it or the test fails); where exactly it
  // lands is up to the OS, so it is reported, not asserted. The killed-before-rename state is
  // covered deterministically in file-queue-storage.test.ts.
  t.diagnostic(`${ledger.acked.length} acks, ${ledger.killsInCompaction} kills landed mid-compaction`);
});
