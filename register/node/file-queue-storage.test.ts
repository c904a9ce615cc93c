import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { OfflineQueue } from '../core/queue.ts';
import type { QueueEntry } from '../core/queue-entry.ts';
import { FileQueueStorage } from './file-queue-storage.ts';

const root = mkdtempSync(join(tmpdir(), 'posgate-file-queue-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(root, `case-${n++}`, 'nested', 'queue.jsonl');

const entry = (saleId: string, seq: number): QueueEntry => ({
  saleId,
  seq,
  sale: { saleId, lines: [{ sku: 'MB01', qty: 1 }], tenders: [{ method: 'cash' }] },
  state: 'queued',
  attempts: 0,
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const line = (e: QueueEntry) => `${JSON.stringify(e)}\n`;

test('records are one JSON line each, in order, and survive a reopen (directory created)', async () => {
  const file = freshFile();
  const storage = FileQueueStorage.open(file);
  for (const [i, id] of ['s1', 's2', 's3'].entries()) await storage.append(entry(id, i));
  storage.close();
  assert.equal(readFileSync(file, 'utf8'), ['s1', 's2', 's3'].map((id, i) => line(entry(id, i))).join(''));
  const again = FileQueueStorage.open(file);
  assert.deepEqual(await again.readAll(), [entry('s1', 0), entry('s2', 1), entry('s3', 2)]);
  again.close();
});

test('a torn last line (crash mid-append) is ignored, then cut off before the next append', async () => {
  const file = freshFile();
  FileQueueStorage.open(file).close();
  writeFileSync(file, line(entry('s1', 0)) + line(entry('s2', 1)) + line(entry('s3', 2)).slice(0, 37));
  const storage = FileQueueStorage.open(file);
  assert.deepEqual(await storage.readAll(), [entry('s1', 0), entry('s2', 1)]);
  await storage.append(entry('s4', 3));
  storage.close();
  const queue = await OfflineQueue.open(FileQueueStorage.open(file));
  assert.deepEqual(
    queue.list().map((e) => e.saleId),
    ['s1', 's2', 's4'],
  );
});

test('readAll ignores a torn tail even without a repair (another reader, mid-append)', async () => {
  const file = freshFile();
  const storage = FileQueueStorage.open(file);
  await storage.append(entry('s1', 0));
  appendFileSync(file, '{"saleId":"s2","se');
  assert.deepEqual(await storage.readAll(), [entry('s1', 0)]);
  storage.close();
});

test('a corrupt line anywhere but the end fails loudly, naming the line', async () => {
  const file = freshFile();
  FileQueueStorage.open(file).close();
  writeFileSync(file, `${line(entry('s1', 0))}{"saleId":"s2",garbage\n${line(entry('s3', 2))}`);
  const storage = FileQueueStorage.open(file);
  await assert.rejects(storage.readAll(), /queue\.jsonl:2: corrupt queue record/);
  await assert.rejects(OfflineQueue.open(storage), /corrupt/);
  storage.close();
});

test('compaction replaces the log atomically and later appends go to the new file', async () => {
  const file = freshFile();
  const storage = FileQueueStorage.open(file);
  await storage.append(entry('s1', 0));
  await storage.append({ ...entry('s1', 0), state: 'placing', attempts: 1, cartId: 9 });
  await storage.append(entry('s2', 1));
  await storage.compact([{ ...entry('s1', 0), state: 'placing', attempts: 1, cartId: 9 }, entry('s2', 1)]);
  await storage.append(entry('s3', 2));
  storage.close();
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.ok(!existsSync(`${file}.compact.tmp`));
  const queue = await OfflineQueue.open(FileQueueStorage.open(file));
  assert.deepEqual(
    queue.list().map((e) => `${e.saleId}:${e.state}:${e.cartId ?? ''}`),
    ['s1:placing:9', 's2:queued:', 's3:queued:'],
  );
});

test('a compaction killed before its rename leaves the old log, and its temp file is cleaned on open', async () => {
  const file = freshFile();
  const storage = FileQueueStorage.open(file);
  await storage.append(entry('s1', 0));
  storage.close();
  writeFileSync(`${file}.compact.tmp`, line(entry('s1', 0)).slice(0, 20)); // half-written, never renamed
  const reopened = FileQueueStorage.open(file);
  assert.ok(!existsSync(`${file}.compact.tmp`));
  assert.deepEqual(await reopened.readAll(), [entry('s1', 0)]);
  reopened.close();
});
