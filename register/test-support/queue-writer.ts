import { createInterface } from 'node:readline';
import type { Sale } from '../../contracts/driver.ts';
import { mulberry32, randomInt } from '../core/prng.ts';
import { OfflineQueue } from '../core/queue.ts';
import { FileQueueStorage } from '../node/file-queue-storage.ts';

/**
 * The victim of the queue's kill test (register/node/queue-kill.test.ts), run as
 * `node --import tsx queue-writer.ts <file> <seed> <prefix> <append|compact>`.
 *
 * It prints `warm` once loaded and waits for a line on stdin (so the parent can start it ahead
 * of time), then opens the queue and keeps selling until killed: after each durable enqueue it
 * prints `ack <saleId>`; now and then it replays (marking carts, placing or holding sales) and
 * prints `placed <saleId>` / `held <saleId>` once those records are durable; in `compact` mode it
 * compacts after every third sale between `compact-start` and `compact-done`.
 * Lines go to stdout with process.stdout.write, which is synchronous for pipes on Linux: a line
 * the parent reads was printed before the kill.
 */
const [file, seedArg, prefix, mode] = process.argv.slice(2);
if (!file || !seedArg || !prefix || (mode !== 'append' && mode !== 'compact')) {
  throw new Error('usage: queue-writer.ts <file> <seed> <prefix> <append|compact>');
}
const rng = mulberry32(Number(seedArg));
const say = (line: string) => process.stdout.write(`${line}\n`);

say('warm');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));

const queue = await OfflineQueue.open(FileQueueStorage.open(file));
say(`ready ${queue.list().length}`);

for (let n = 0; n < 100_000; n++) {
  const saleId = `${prefix}-${n}`;
  await queue.enqueue(aSale(saleId));
  say(`ack ${saleId}`);
  if (rng() < 0.25) await replaySome();
  if (mode === 'compact' && n % 3 === 2) {
    say('compact-start');
    await queue.compact();
    say('compact-done');
  }
}

function aSale(saleId: string): Sale {
  const lines = Array.from({ length: randomInt(rng, 1, 3) }, (_, i) => ({
    sku: `SKU-${randomInt(rng, 1, 50)}-${i}`,
    qty: randomInt(rng, 1, 4),
  }));
  return { saleId, lines, tenders: [{ method: rng() < 0.5 ? 'cash' : 'card' }] };
}

async function replaySome(): Promise<void> {
  const report = await queue.replay(async (entry, markCart) => {
    await markCart(10_000 + entry.seq);
    if (rng() < 0.2) return { kind: 'held', reason: 'stock conflict' };
    return { kind: 'placed', orderId: 10_000 + entry.seq, orderNumber: `POS-${entry.seq}` };
  });
  for (const p of report.placed) say(`placed ${p.saleId}`);
  for (const h of report.held) say(`held ${h.saleId}`);
}
