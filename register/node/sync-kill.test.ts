import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RegisterSession, RegisterSessionInput } from '../../contracts/driver.ts';
import type { ScenarioInput } from '../../contracts/scenario.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { mulberry32, randomInt } from '../core/prng.ts';
import { OfflineQueue } from '../core/queue.ts';
import { bundledCommand } from '../test-support/bundle.ts';
import { Child } from '../test-support/child.ts';
import { refusedUrl } from '../test-support/scripted-server.ts';
import { Admin, shopSession } from '../test-support/shop-kit.ts';
import { FileQueueStorage } from './file-queue-storage.ts';
import { createReferenceRegister } from './node-register.ts';

/**
 * The register's kill test: a child process runs the register for real — selling offline (queue
 * writes) and syncing to the simulator (carts, placements, invoices, shipments, queue records) —
 * and is SIGKILLed at seeded random moments, over and over on the same data directory. After each
 * kill the queue is reloaded here and Magento is read: no acknowledged sale lost, no sale with two
 * orders. At the end one last sync places what is left: every sale has exactly one order (counted
 * by client sale id and by quote id), and no order exists that no sale explains.
 * POSGATE_SYNC_KILL_ITERATIONS (default 16), POSGATE_KILL_SEED, POSGATE_KILL_CHILD=tsx tune it.
 */
const ITERATIONS = Number(process.env.POSGATE_SYNC_KILL_ITERATIONS ?? 16);
const SEED = Number(process.env.POSGATE_KILL_SEED ?? 20261127);
const VIA_TSX = process.env.POSGATE_KILL_CHILD === 'tsx';
const WORKER = fileURLToPath(new URL('../test-support/sync-worker.ts', import.meta.url));

const SCENARIO: ScenarioInput = {
  name: 'kill-shop',
  config: { 'carriers/instore/active': 1 },
  sources: [
    {
      source_code: 'shop_main',
      name: 'Shop',
      country_id: 'US',
      region_id: 57,
      city: 'Austin',
      street: '1 Main',
      postcode: '78701',
      pickup_location: true,
    },
  ],
  stocks: [
    { name: 'Shop Stock', sales_channels: ['base'], sources: [{ source_code: 'shop_main', priority: 1 }] },
  ],
  tax: {
    rates: [{ code: 'TX', tax_country_id: 'US', tax_region_id: 57, rate: 8.25 }],
    rules: [{ code: 'TX', rates: ['TX'] }],
  },
  payment_methods: [
    { code: 'pos_cash', title: 'Cash' },
    { code: 'pos_card', title: 'Card' },
  ],
  products: [1, 2, 3].map((n) => ({
    sku: `K${n}`,
    name: `Item ${n}`,
    price: 3.33 * n,
    stock: { shop_main: 1_000_000 },
  })),
};

const dir = mkdtempSync(join(tmpdir(), 'posgate-sync-kill-'));
let sim: Simulator;
let admin: Admin;
let session: RegisterSessionInput;

before(async () => {
  sim = await createSimulator({ scenario: SCENARIO });
  admin = new Admin(sim.url);
  session = shopSession(sim.url, join(dir, 'till'), {
    edition: 'open-source',
    tax: { basedOn: 'shipping' },
    timeouts: { requestMs: 3000, maxRetryWaitMs: 50 },
  });
  const reg = createReferenceRegister(); // saves the catalog the offline phases sell from
  await reg.open(session as RegisterSession);
  await reg.close();
});
after(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function queueEntries() {
  const storage = FileQueueStorage.open(join(dir, 'till', 'queue.jsonl'));
  try {
    return (await OfflineQueue.open(storage)).list();
  } finally {
    storage.close();
  }
}

async function ordersBySale(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const o of await admin.allOrders()) {
    const id = String(o.extension_attributes?.pos_client_sale_id ?? `(none: order ${o.increment_id})`);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

test(`kill -9 during queue writes and during sync, ${ITERATIONS} times: nothing lost, nothing doubled`, async () => {
  const rng = mulberry32(SEED);
  const dead = await refusedUrl();
  const command = await bundledCommand(WORKER, dir, VIA_TSX);
  const start = (i: number) => new Child(command, [JSON.stringify(session), dead, String(SEED + i), `S${i}`]);
  const acked = new Set<string>();
  let killsInSync = 0;
  let next: Child | undefined = start(0);
  for (let i = 0; i < ITERATIONS; i++) {
    const child = next as Child;
    await child.until(/^warm$/);
    child.go();
    next = i + 1 < ITERATIONS ? start(i + 1) : undefined;
    const during = randomInt(rng, 0, 2);
    if (during === 0) await child.until(/^ack /, randomInt(rng, 1, 2));
    else await child.until(/^sync-start$/);
    await new Promise((r) => setTimeout(r, during === 0 ? randomInt(rng, 0, 3) : randomInt(rng, 0, 120)));
    const inSync =
      child.lines.filter((l) => l === 'sync-start').length >
      child.lines.filter((l) => l.startsWith('sync-done')).length;
    child.kill();
    const death = await child.exited;
    assert.equal(
      death.signal,
      'SIGKILL',
      `worker ${i} died on its own (code ${death.code}): ${death.stderr}`,
    );
    if (inSync) killsInSync++;
    for (const line of child.lines) if (line.startsWith('ack ')) acked.add(line.slice(4));

    const entries = await queueEntries();
    const ids = entries.map((e) => e.saleId);
    assert.equal(new Set(ids).size, ids.length, 'one entry per sale');
    for (const id of acked) assert.ok(ids.includes(id), `acknowledged sale ${id} lost after kill ${i}`);
    for (const [sale, n] of await ordersBySale())
      assert.ok(n <= 1, `sale ${sale} has ${n} orders after kill ${i}`);
  }
  assert.ok(killsInSync >= ITERATIONS / 4, `kills landed during sync: ${killsInSync}`);

  const reg = createReferenceRegister();
  await reg.open(session as RegisterSession);
  for (let n = 0; n < 3 && (await reg.status()).queueDepth > 0; n++) await reg.sync();
  const status = await reg.status();
  await reg.close();
  assert.deepEqual([status.queueDepth, status.held], [0, 0]);

  const entries = await queueEntries();
  const counts = await ordersBySale();
  assert.ok(entries.length >= acked.size && acked.size > 0);
  for (const e of entries) {
    assert.equal(e.state, 'placed', `sale ${e.saleId} is ${e.state}`);
    assert.equal(counts.get(e.saleId), 1, `sale ${e.saleId}: one order by client sale id`);
    assert.equal(
      (await admin.orders({ field: 'quote_id', value: Number(e.cartId) })).length,
      1,
      `sale ${e.saleId}: one order by quote id`,
    );
  }
  assert.equal((await admin.allOrders()).length, entries.length, 'no order that no sale explains');
});
