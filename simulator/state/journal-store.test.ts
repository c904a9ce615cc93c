import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { JournalStore } from './journal-store.ts';
import { StateFileError } from './state-file-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'posgate-journal-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `state-${++n}.json`);
const journalLines = (file: string) =>
  readFileSync(`${file}.journal`, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { n: number; ops: Array<{ op: string }> });

test('puts, deletes, sequences and insertion order survive close and reopen', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  s.transaction(() => {
    s.put('orders', '10', { id: 10 });
    s.put('orders', '9', { id: 9 });
    s.put('orders', 'b', { id: 'b' });
    s.put('orders', 'gone', { id: 'gone' });
    s.setSequence('order', 41);
  });
  s.transaction(() => {
    s.delete('orders', 'gone');
    s.put('orders', '10', { id: 10, status: 'complete' });
    assert.equal(s.nextId('order'), 42);
  });
  await s.flush();
  await s.close();

  const r = await JournalStore.open(file);
  assert.deepEqual(r.entries('orders'), [
    ['10', { id: 10, status: 'complete' }],
    ['9', { id: 9 }],
    ['b', { id: 'b' }],
  ]);
  assert.equal(r.has('orders', 'gone'), false);
  assert.equal(
    r.transaction(() => r.nextId('order')),
    43,
  );
  await r.close();
});

test('a rolled-back transaction leaves nothing in the journal', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  s.transaction(() => s.put('c', 'kept', 1));
  await s.flush();
  const size = statSync(`${file}.journal`).size;
  assert.throws(
    () =>
      s.transaction(() => {
        s.put('c', 'lost', 2);
        s.nextId('seq');
        throw new Error('boom');
      }),
    /boom/,
  );
  await s.flush();
  assert.equal(statSync(`${file}.journal`).size, size);
  assert.equal(s.stats().txn, 1);
  await s.close();
  const r = await JournalStore.open(file);
  assert.deepEqual(r.dump(), { collections: { c: { kept: 1 } }, sequences: {} });
  await r.close();
});

test('writes an error asks to keep (keepWrites) are journaled', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  const err = Object.assign(new Error('locked'), { keepWrites: true });
  assert.throws(
    () =>
      s.transaction(() => {
        s.put('login_failures', 'admin', { count: 2 });
        throw err;
      }),
    /locked/,
  );
  await s.close();
  const r = await JournalStore.open(file);
  assert.deepEqual(r.get('login_failures', 'admin'), { count: 2 });
  await r.close();
});

test('a value that is not JSON fails its transaction, which is rolled back and not journaled', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  assert.throws(() => s.transaction(() => s.put('c', 'k', { n: 1n })), /BigInt/);
  assert.equal(s.has('c', 'k'), false);
  s.transaction(() => s.put('c', 'ok', true));
  await s.close();
  assert.deepEqual(
    journalLines(file).map((l) => l.n),
    [1],
  );
});

test('replace (control API reset or seed) is journaled as one op and survives reopen', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  s.transaction(() => s.put('tokens', 't1', { user: 1 }));
  s.replace({ collections: { stores: { '1': { code: 'default' } } }, sequences: { stores: 1 } });
  s.transaction(() => s.put('tokens', 't2', { user: 2 }));
  await s.close();
  assert.deepEqual(
    journalLines(file).map((l) => l.ops.map((o) => o.op)),
    [['put'], ['replace'], ['put']],
  );
  const r = await JournalStore.open(file);
  assert.deepEqual(r.dump(), {
    collections: { stores: { '1': { code: 'default' } }, tokens: { t2: { user: 2 } } },
    sequences: { stores: 1 },
  });
  await r.close();
});

test('group commit: 16 concurrent writers share fdatasync batches, and each flush sees its write durable', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  await Promise.all(
    Array.from({ length: 16 }, async (_, w) => {
      for (let i = 0; i < 20; i++) {
        s.transaction(() => s.put('c', `${w}-${i}`, { w, i }));
        await s.flush();
        const lines = journalLines(file);
        assert.ok(lines.some((l) => JSON.stringify(l.ops).includes(`"${w}-${i}"`)));
      }
    }),
  );
  const { transactions, batches } = s.stats();
  assert.equal(transactions, 320);
  assert.ok(batches < transactions / 4, `${batches} batches for ${transactions} transactions`);
  await s.close();
});

test('a closed store refuses writes and keeps nothing of them', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  await s.close();
  assert.throws(() => s.transaction(() => s.put('c', 'k', 1)), {
    message: `the state store ${file} is closed`,
  });
  assert.equal(s.has('c', 'k'), false);
  await s.close(); // idempotent
});

test('a state file is opened by one store at a time', async () => {
  const file = freshFile();
  const s = await JournalStore.open(file);
  await assert.rejects(JournalStore.open(file), {
    name: 'StateFileError',
    message: `${file} is already open in this process: close it first`,
  });
  await s.close();

  writeFileSync(`${file}.lock`, `${process.ppid}\n`); // a live process that is not us
  await assert.rejects(JournalStore.open(file), (err: Error) => {
    assert.ok(err instanceof StateFileError);
    assert.equal(
      err.message,
      `${file} is in use by process ${process.ppid} (lock file ${file}.lock): two simulators must not share ` +
        'a state file. Stop the other one, or delete the lock file if that process is not a simulator.',
    );
    return true;
  });
  writeFileSync(`${file}.lock`, '2147483646\n'); // a process that does not run: a lock left by kill -9
  const r = await JournalStore.open(file);
  assert.equal(readFileSync(`${file}.lock`, 'utf8'), `${process.pid}\n`);
  await r.close();
  assert.throws(() => statSync(`${file}.lock`), /ENOENT/);
});
