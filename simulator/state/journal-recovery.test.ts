import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { JournalStore } from './journal-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'posgate-journal-recovery-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A state file whose journal holds three acknowledged transactions (k1, k2, k3). */
async function threeWrites(): Promise<string> {
  const file = join(dir, `state-${++n}.json`);
  const s = await JournalStore.open(file);
  for (const k of ['k1', 'k2', 'k3']) {
    s.transaction(() => s.put('c', k, { k }));
    await s.flush();
  }
  await s.close();
  return file;
}

const keys = (s: JournalStore) => s.entries('c').map(([k]) => k);

for (const [name, torn] of [
  ['cut mid-line', '{"n":4,"ops":[{"op":"put","c":"c","k":"k4","v":{"k'],
  ['cut after the JSON, before its newline', '{"n":4,"ops":[]}'],
  ['zeros ending in a newline', '\0\0\0\0\n'],
] as const) {
  test(`a torn last line (${name}) is ignored and cut, and later appends are clean`, async () => {
    const file = await threeWrites();
    const size = statSync(`${file}.journal`).size;
    appendFileSync(`${file}.journal`, torn);
    const s = await JournalStore.open(file);
    assert.deepEqual(keys(s), ['k1', 'k2', 'k3']);
    assert.equal(statSync(`${file}.journal`).size, size);
    s.transaction(() => s.put('c', 'k4', { k: 'k4' }));
    await s.close();
    const r = await JournalStore.open(file);
    assert.deepEqual(keys(r), ['k1', 'k2', 'k3', 'k4']);
    await r.close();
  });
}

test('a damaged line before the last is corruption: open fails and says where and what to do', async () => {
  const file = await threeWrites();
  const journal = `${file}.journal`;
  const lines = readFileSync(journal, 'utf8').split('\n');
  const offset = (lines[0] as string).length + 1;
  lines[1] = (lines[1] as string).slice(0, 20);
  writeFileSync(journal, lines.join('\n'));
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message:
      `journal ${journal} is corrupt at line 2 (byte ${offset}): Unexpected end of JSON input. ` +
      'Only a torn last line can come from a crash; lines after this one hold acknowledged writes, ' +
      'so the simulator will not guess. Restore the state file and its journal from a backup, or move ' +
      'both aside to start empty.',
  });
  // the failed open released its lock: fixing the file is enough to open it again
  writeFileSync(journal, `${lines[0]}\n`);
  const s = await JournalStore.open(file);
  assert.deepEqual(keys(s), ['k1']);
  await s.close();
});

test('a line of valid JSON that is not a transaction is corruption, even last', async () => {
  const file = await threeWrites();
  appendFileSync(`${file}.journal`, '{"n":4,"ops":[{"op":"drop","c":"c"}]}\n');
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message: new RegExp(
      `^journal ${file}.journal is corrupt at line 4 \\(byte \\d+\\): ops\\[0\\] has an unknown op "drop"\\. `,
    ),
  });
});

test('a missing transaction (numbers not consecutive) is corruption', async () => {
  const file = await threeWrites();
  appendFileSync(`${file}.journal`, '{"n":5,"ops":[]}\n');
  await assert.rejects(JournalStore.open(file), {
    message: new RegExp(
      `^journal ${file}.journal is corrupt at line 4 \\(byte \\d+\\): transaction 5 follows transaction 3\\. `,
    ),
  });
});

test('a journal that starts after the snapshot ends is refused (a stretch of writes is missing)', async () => {
  const file = await threeWrites();
  const journal = `${file}.journal`;
  writeFileSync(journal, readFileSync(journal, 'utf8').split('\n').slice(2).join('\n'));
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message:
      `journal ${journal} starts at transaction 3 but the snapshot holds transactions up to 0: ` +
      'transactions 1 to 2 are missing (was the snapshot replaced by an older copy?)',
  });
});

test('a snapshot that is not JSON, or not a posgate snapshot, is refused', async () => {
  const file = join(dir, `state-${++n}.json`);
  writeFileSync(file, '{"format":');
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message:
      `snapshot ${file} is not valid JSON (Unexpected end of JSON input). Snapshots are written to a ` +
      'temporary file and renamed, so no crash can cause this: the file was damaged or replaced. ' +
      'Restore it from a backup, or move it and its .journal aside to start empty.',
  });
  writeFileSync(file, '{"collections":{},"sequences":{}}');
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message: `${file} is not a posgate simulator state snapshot: expected "format": "posgate-simulator-state", "version": 1`,
  });
});
