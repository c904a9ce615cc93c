import { createInterface } from 'node:readline';
import type { RegisterSessionInput } from '../../contracts/driver.ts';
import { mulberry32, randomInt } from '../core/prng.ts';
import { createReferenceRegister } from '../node/node-register.ts';

/**
 * The victim of the register's kill test (register/node/sync-kill.test.ts), run as
 * `node sync-worker.mjs <session-json> <dead-url> <seed> <prefix>`.
 *
 * It prints `warm` once loaded and waits for a line on stdin (the parent starts it ahead of
 * time), then loops until killed: opens the register on a Magento that is down (it sells from the
 * saved catalog), sells a few sales offline, printing `ack <saleId>` after each is queued; closes;
 * opens it on the real Magento and syncs, printing `synced <saleId>` for each sale placed; closes.
 */
const [sessionJson, deadUrl, seedArg, prefix] = process.argv.slice(2);
if (!sessionJson || !deadUrl || !seedArg || !prefix) {
  throw new Error('usage: sync-worker.ts <session-json> <dead-url> <seed> <prefix>');
}
const session = JSON.parse(sessionJson) as RegisterSessionInput;
const rng = mulberry32(Number(seedArg));
const say = (line: string) => process.stdout.write(`${line}\n`);

say('warm');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
say('ready');

for (let n = 0; ; ) {
  const offline = createReferenceRegister({ offlineRetryMs: 3_600_000 });
  await offline.open({ ...session, magentoUrl: deadUrl } as never);
  for (let k = randomInt(rng, 1, 3); k > 0; k--) {
    const saleId = `${prefix}-${n++}`;
    const lines = [{ sku: `K${randomInt(rng, 1, 3)}`, qty: randomInt(rng, 1, 3) }];
    const r = await offline.sell({ saleId, lines, tenders: [{ method: rng() < 0.5 ? 'cash' : 'card' }] });
    if (r.status !== 'queued-offline') throw new Error(`sale ${saleId}: ${r.status} ${r.reason}`);
    say(`ack ${saleId}`);
  }
  await offline.close();
  const online = createReferenceRegister();
  await online.open(session as never);
  say('sync-start');
  const report = await online.sync();
  for (const s of report.synced) say(`synced ${s.saleId}`);
  say(`sync-done ${report.remaining}`);
  await online.close();
}
