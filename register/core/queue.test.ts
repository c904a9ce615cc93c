import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sale } from '../../contracts/driver.ts';
import { MagentoRejection, TransportError } from './errors.ts';
import { OfflineQueue, type SendFn } from './queue.ts';
import { type QueueEntry, QueueError } from './queue-entry.ts';
import { MemoryQueueStorage } from './queue-storage.ts';

const sale = (saleId: string, sku = 'MB01'): Sale => ({
  saleId,
  lines: [{ sku, qty: 1 }],
  tenders: [{ method: 'cash' }],
});

/** Storage whose writes take a while, like a disk: a record exists only once append resolved. */
class SlowStorage extends MemoryQueueStorage {
  override async append(record: QueueEntry): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    await super.append(record);
  }
}

async function queueWith(...ids: string[]) {
  const storage = new SlowStorage();
  let t = 0;
  const queue = await OfflineQueue.open(storage, { now: () => Date.UTC(2025, 0, 1) + t++ * 1000 });
  for (const id of ids) await queue.enqueue(sale(id));
  return { storage, queue };
}

/** A send that places every sale, numbering orders from 100, after marking cart = 1000 + seq. */
function placingSend(log: string[] = []): SendFn {
  return async (entry, markCart) => {
    await markCart(1000 + entry.seq);
    log.push(entry.saleId);
    return { kind: 'placed', orderId: 100 + entry.seq, orderNumber: `0000${100 + entry.seq}` };
  };
}

test('replay sends queued sales in the order they were sold, and sales queued meanwhile too', async () => {
  const { queue } = await queueWith('s1', 's2', 's3');
  const sent: string[] = [];
  const send = placingSend(sent);
  const report = await queue.replay(async (entry, markCart) => {
    if (entry.saleId === 's1') await queue.enqueue(sale('s4'));
    return send(entry, markCart);
  });
  assert.deepEqual(sent, ['s1', 's2', 's3', 's4']);
  assert.deepEqual(
    report.placed.map((p) => p.orderNumber),
    ['0000100', '0000101', '0000102', '0000103'],
  );
  assert.equal(report.remaining, 0);
  assert.deepEqual(
    queue.list().map((e) => e.state),
    ['placed', 'placed', 'placed', 'placed'],
  );
});

test('the cart id is durable before the placement call, and survives an unknown outcome', async () => {
  const { storage, queue } = await queueWith('s1', 's2');
  const report = await queue.replay(async (entry, markCart) => {
    await markCart(77);
    const last = storage.records.at(-1) as { saleId: string; cartId?: number; state: string };
    assert.deepEqual([last.saleId, last.cartId, last.state], [entry.saleId, 77, 'placing'], 'on disk first');
    throw new TransportError(
      { method: 'PUT', path: '/rest/default/V1/carts/77/order' },
      'timeout',
      'no answer',
    );
  });
  assert.equal(report.stopped?.saleId, 's1');
  assert.ok(report.stopped?.error instanceof TransportError);
  assert.equal(report.remaining, 2);
  // The register restarts: the entry comes back 'placing' with its cart, to be looked up first.
  const reopened = await OfflineQueue.open(storage);
  const s1 = reopened.get('s1')!;
  assert.deepEqual([s1.state, s1.cartId, s1.attempts], ['placing', 77, 1]);
  assert.equal(reopened.get('s2')!.state, 'queued', 'a stopped replay leaves later sales untouched');
  const seen: Array<number | string | undefined> = [];
  await reopened.replay(async (entry, markCart) => {
    seen.push(entry.cartId);
    return placingSend()(entry, markCart);
  });
  assert.deepEqual(seen, [77, undefined]);
  assert.equal(reopened.get('s1')!.attempts, 2);
});

test('held sales are skipped until released; voided ones are never sent', async () => {
  const { queue } = await queueWith('s1', 's2', 's3');
  await queue.hold('s1', 'MB01: wanted 1, 0 available');
  await queue.void('s2', 'customer refunded in cash');
  const sent: string[] = [];
  await queue.replay(placingSend(sent));
  assert.deepEqual(sent, ['s3']);
  assert.equal(queue.get('s1')!.heldReason, 'MB01: wanted 1, 0 available');
  await queue.release('s1');
  assert.equal(queue.get('s1')!.heldReason, undefined);
  await queue.replay(placingSend(sent));
  assert.deepEqual(sent, ['s3', 's1']);
  assert.equal(queue.get('s2')!.state, 'voided');
  await assert.rejects(queue.void('s1', 'too late'), QueueError, 'a placed sale cannot be voided');
});

test('a send may hold a sale (conflict policy); a 4xx rejection holds it; the replay goes on', async () => {
  const { queue } = await queueWith('s1', 's2', 's3');
  const site = { method: 'PUT', path: '/rest/default/V1/carts/1/order' };
  const report = await queue.replay(async (entry, markCart) => {
    if (entry.saleId === 's1') return { kind: 'held', reason: 'stock conflict' };
    if (entry.saleId === 's2') {
      throw new MagentoRejection(
        site,
        400,
        'The requested Payment Method is not available.',
        undefined,
        [],
        {},
      );
    }
    return placingSend()(entry, markCart);
  });
  assert.deepEqual(report.held, [
    { saleId: 's1', reason: 'stock conflict' },
    { saleId: 's2', reason: 'The requested Payment Method is not available.' },
  ]);
  assert.deepEqual(
    report.placed.map((p) => p.saleId),
    ['s3'],
  );
});

test('a systemic rejection (401, 5xx) stops the replay instead of holding every sale', async () => {
  const { queue } = await queueWith('s1', 's2');
  const site = { method: 'PUT', path: '/rest/default/V1/carts/1/order' };
  const report = await queue.replay(async () => {
    throw new MagentoRejection(site, 500, 'Internal Error.', undefined, [], {});
  });
  assert.equal(report.stopped?.saleId, 's1');
  assert.deepEqual([queue.get('s1')!.state, queue.get('s2')!.state], ['placing', 'queued']);
});

test('concurrent replays share one run: no sale is sent twice', async () => {
  const { queue } = await queueWith('s1', 's2');
  const sent: string[] = [];
  const [a, b] = await Promise.all([queue.replay(placingSend(sent)), queue.replay(placingSend(sent))]);
  assert.deepEqual(sent, ['s1', 's2']);
  assert.equal(a, b);
});

test('a sale cannot be queued twice, nor without an id, nor invalid', async () => {
  const { queue } = await queueWith('s1');
  await assert.rejects(queue.enqueue(sale('s1')), /already in the queue/);
  await assert.rejects(
    queue.enqueue({ lines: [{ sku: 'a', qty: 1 }], tenders: [{ method: 'cash' }] }),
    /saleId/,
  );
  await assert.rejects(queue.enqueue({ ...sale('s9'), lines: [] }));
  assert.equal(queue.list().length, 1);
});

test('compaction keeps the state; dropSettled forgets placed and voided; seq never goes back', async () => {
  const { storage, queue } = await queueWith('s1', 's2', 's3', 's4');
  await queue.replay(async (entry, markCart) =>
    entry.saleId === 's2' ? { kind: 'held', reason: 'r' } : placingSend()(entry, markCart),
  );
  await queue.enqueue(sale('s5'));
  const before = queue.list();
  await queue.compact();
  assert.equal(storage.records.length, 5);
  assert.deepEqual((await OfflineQueue.open(storage)).list(), before);
  await queue.compact({ dropSettled: true });
  const reopened = await OfflineQueue.open(storage);
  assert.deepEqual(
    reopened.list().map((e) => `${e.saleId}:${e.state}`),
    ['s2:held', 's5:queued'],
  );
  const s6 = await reopened.enqueue(sale('s6'));
  assert.ok(s6.seq > reopened.get('s5')!.seq);
});

test('an unreadable record fails the open loudly instead of starting empty', async () => {
  const storage = new MemoryQueueStorage();
  storage.records = [{ saleId: 's1', seq: 0, state: 'lost' }];
  await assert.rejects(OfflineQueue.open(storage), /queue record 1 is invalid/);
});
