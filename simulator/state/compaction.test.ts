import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { type CompactionStep, JournalStore } from './journal-store.ts';

const root = mkdtempSync(join(tmpdir(), 'posgate-compaction-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `case-${++n}`);
const record = (i: number) => ({ id: i, sku: `SKU-${i}`, pad: 'x'.repeat(200) });

function journalNumbers(file: string): number[] {
  if (!existsSync(`${file}.journal`)) return [];
  return readFileSync(`${file}.journal`, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { n: number }).n);
}
const snapshotTxn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { txn: number }).txn;

/** Copies the state directory as it is on disk right now: what a crash at this instant leaves. */
function crashCopy(dir: string, at: string): string {
  const copy = `${dir}-crash-${at}`;
  cpSync(dir, copy, { recursive: true });
  rmSync(join(copy, 'state.json.lock'), { force: true });
  return join(copy, 'state.json');
}

test('automatic compaction keeps every record, delete and sequence, and keeps the journal short', async () => {
  const file = join(freshDir(), 'state.json');
  const s = await JournalStore.open(file, { compactAt: 8 * 1024 });
  for (let i = 1; i <= 300; i++) {
    s.transaction(() => {
      s.put('orders', String(i), record(s.nextId('order')));
      if (i % 10 === 0) s.delete('orders', String(i - 5));
    });
    await s.flush();
  }
  const expected = s.dump();
  await s.close();
  assert.ok(s.stats().compactions >= 5, `${s.stats().compactions} compactions`);
  assert.equal(s.stats().lastCompactionError, null);
  assert.ok(statSync(`${file}.journal`).size < 16 * 1024);
  assert.equal(snapshotTxn(file) > 250, true);

  const r = await JournalStore.open(file);
  assert.deepEqual(r.dump(), expected);
  assert.equal(r.count('orders'), 270);
  assert.equal(
    r.transaction(() => r.nextId('order')),
    301,
  );
  await r.close();
});

test('writes go on while a snapshot is written, and the cut journal keeps exactly those after it', async () => {
  const file = join(freshDir(), 'state.json');
  const s = await JournalStore.open(file);
  for (let i = 1; i <= 2000; i++) s.transaction(() => s.put('items', String(i), record(i)));
  await s.flush();
  const compaction = s.compact();
  for (let i = 2001; i <= 2020; i++) {
    s.transaction(() => s.put('items', String(i), record(i)));
    await s.flush();
  }
  await compaction;
  const cutAt = snapshotTxn(file);
  assert.ok(cutAt >= 2000 && cutAt < 2020, `snapshot at ${cutAt}`);
  const expected = s.dump();
  await s.close();
  assert.deepEqual(
    journalNumbers(file),
    Array.from({ length: 2020 - cutAt }, (_, i) => cutAt + 1 + i),
  );
  const r = await JournalStore.open(file);
  assert.deepEqual(r.dump(), expected);
  await r.close();
});

for (const step of ['snapshot-begun', 'snapshot-written', 'journal-cut'] as CompactionStep[]) {
  test(`a crash at compaction step ${step} loses nothing, and replay skips what the snapshot holds`, async () => {
    const dir = freshDir();
    const file = join(dir, 'state.json');
    let crashed = '';
    const s = await JournalStore.open(file, {
      onCompactionStep: (at) => {
        if (at === step && !crashed) crashed = crashCopy(dir, at);
      },
    });
    for (let i = 1; i <= 5000; i++) {
      s.transaction(() => {
        s.put('items', String(i), record(i));
        if (i % 100 === 0) s.put('counters', 'hits', { n: i }); // re-applying would not show; order would
        if (i % 500 === 0) s.delete('items', String(i - 1));
        s.nextId('item');
      });
    }
    await s.flush();
    const expected = s.dump();
    await s.compact();
    await s.close();
    assert.ok(crashed, 'the hook ran');
    if (step === 'snapshot-begun') assert.ok(existsSync(join(dirname(crashed), '.state.json.tmp')));
    if (step === 'snapshot-written') {
      assert.equal(snapshotTxn(crashed), 5000);
      assert.deepEqual(journalNumbers(crashed).slice(-1), [5000]); // the journal still holds them all
    }

    const r = await JournalStore.open(crashed);
    assert.deepEqual(r.dump(), expected);
    const inSnapshot = step === 'snapshot-begun' ? 0 : 5000;
    assert.deepEqual(r.recovery, {
      snapshotTxn: inSnapshot,
      applied: 5000 - inSnapshot,
      skipped: step === 'snapshot-written' ? 5000 : 0,
      tornBytes: 0,
    });
    assert.equal(
      r.transaction(() => r.nextId('item')),
      5001,
    );
    r.transaction(() => r.put('items', 'after', record(0)));
    await r.close();
    const again = await JournalStore.open(crashed);
    assert.equal(again.count('items'), 4991);
    assert.equal(again.get<{ id: number }>('items', 'after')?.id, 0);
    assert.equal(existsSync(join(dirname(crashed), '.state.json.tmp')), false);
    await again.close();
  });
}

test('a journal whose every line is in the snapshot is emptied on open, and numbering goes on', async () => {
  const dir = freshDir();
  const file = join(dir, 'state.json');
  let crashed = '';
  const s = await JournalStore.open(file, {
    onCompactionStep: (at) => {
      if (at === 'snapshot-written') crashed = crashCopy(dir, at);
    },
  });
  for (let i = 1; i <= 3; i++) s.transaction(() => s.put('c', String(i), i));
  await s.compact();
  await s.close();
  const r = await JournalStore.open(crashed);
  assert.deepEqual(journalNumbers(crashed), []);
  r.transaction(() => r.put('c', '4', 4));
  await r.close();
  assert.deepEqual(journalNumbers(crashed), [4]);
  const again = await JournalStore.open(crashed);
  assert.deepEqual(again.entries('c'), [
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
  ]);
  await again.close();
});

test('journal lines older than the snapshot are never replayed over it (that would undo later writes)', async () => {
  const file = join(freshDir(), 'state.json');
  const s = await JournalStore.open(file);
  s.transaction(() => s.put('c', 'k', 'v1'));
  await s.flush();
  const older = readFileSync(`${file}.journal`);
  s.transaction(() => s.put('c', 'k', 'v2'));
  await s.compact();
  await s.close();
  // a crash after the snapshot took transaction 2 in memory, before its journal line was written
  writeFileSync(`${file}.journal`, older);
  const r = await JournalStore.open(file);
  assert.equal(r.get('c', 'k'), 'v2');
  assert.deepEqual(r.recovery, { snapshotTxn: 2, applied: 0, skipped: 1, tornBytes: 0 });
  await r.close();
});
