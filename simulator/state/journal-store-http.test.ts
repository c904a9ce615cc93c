import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../index.ts';
import { JournalStore } from './journal-store.ts';
import type { StateData } from './store.ts';

const dir = mkdtempSync(join(tmpdir(), 'posgate-journal-http-'));
const running = new Set<Simulator>();
after(async () => {
  for (const sim of running) await sim.close(); // a failed assertion left it running
  rmSync(dir, { recursive: true, force: true });
});
const file = join(dir, 'state.json');
const CONFIG_PATH = 'oauth/access_token_lifetime/admin';

async function start(): Promise<{ sim: Simulator; client: MagentoTestClient }> {
  const sim = await createSimulator({ store: await JournalStore.open(file) });
  running.add(sim);
  return { sim, client: new MagentoTestClient(sim.url) };
}

async function stop(sim: Simulator): Promise<void> {
  running.delete(sim);
  await sim.close();
}

async function tokens(client: MagentoTestClient): Promise<Record<string, { user_type: string }>> {
  const state = await client.get<StateData>('/__sim/state');
  assert.equal(state.status, 200);
  return (state.body.collections['tokens'] ?? {}) as Record<string, { user_type: string }>;
}

test('what the REST and control APIs wrote survives a simulator restart on the same state file', async () => {
  const first = await start();
  const token = await first.client.loginAdmin();
  const put = await first.client.put('/__sim/config', { [CONFIG_PATH]: '12' });
  assert.equal(put.status, 200);
  await stop(first.sim);

  const second = await start();
  assert.equal((await tokens(second.client))[token]?.user_type, 'admin');
  const config = await second.client.get<Record<string, string>>('/__sim/config');
  assert.equal(config.body[`default/${CONFIG_PATH}`], '12');
  assert.equal((await second.client.post('/__sim/reset')).status, 204);
  await stop(second.sim);

  const third = await start();
  assert.deepEqual(await tokens(third.client), {}, 'the reset was journaled');
  const after = await third.client.get<Record<string, string>>('/__sim/config');
  assert.equal(after.body[`default/${CONFIG_PATH}`], undefined);
  await stop(third.sim);
});
