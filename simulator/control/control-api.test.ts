import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../index.ts';

let sim: Simulator;
let c: MagentoTestClient;
const ADMIN = { username: 'admin', password: 'posgate123' };

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
});
after(() => sim.close());
beforeEach(async () => {
  await c.post('/__sim/reset');
});

type State = { collections: Record<string, Record<string, unknown>>; sequences: Record<string, number> };

test('reset returns to the baseline: writes and the journal are gone', async () => {
  await c.post('/V1/integration/admin/token', ADMIN);
  const before = await c.get<State>('/__sim/state');
  assert.equal(Object.keys(before.body.collections['tokens'] ?? {}).length, 1);
  const r = await c.post('/__sim/reset');
  assert.equal(r.status, 204);
  const state = await c.get<State>('/__sim/state');
  assert.deepEqual(state.body.collections['tokens'] ?? {}, {});
  assert.equal(state.body.collections['stores']?.['1'] !== undefined, true, 'the baseline is kept');
  assert.deepEqual((await c.get('/__sim/journal')).body, []);
});

test('config: PUT sets Magento paths (default and scoped), GET lists what was set', async () => {
  const put = await c.put('/__sim/config', {
    'tax/calculation/based_on': 'origin',
    'stores/default/general/locale/code': 'fr_FR',
    'carriers/instore/active': 1,
  });
  assert.equal(put.status, 200);
  const want = {
    'default/tax/calculation/based_on': 'origin',
    'stores/default/general/locale/code': 'fr_FR',
    'default/carriers/instore/active': '1',
  };
  assert.deepEqual(put.body, want);
  assert.deepEqual((await c.get('/__sim/config')).body, want);
  const bad = await c.put('/__sim/config', ['x']);
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body, { message: 'Send {"path": "value", ...}.' });
});

test('journal: every request, ?unhandled=1 for unmatched ones, ?since=<seq>, DELETE clears', async () => {
  await c.post('/V1/integration/admin/token', ADMIN);
  await c.get('/V1/nothing/here');
  type E = { seq: number; method: string; url: string; status: number; unhandled: boolean };
  const all = await c.get<E[]>('/__sim/journal');
  assert.deepEqual(
    all.body.map((e) => [e.method, e.url, e.status, e.unhandled]),
    [
      ['POST', '/rest/V1/integration/admin/token', 200, false],
      ['GET', '/rest/V1/nothing/here', 404, true],
    ],
  );
  const unhandled = await c.get<E[]>('/__sim/journal?unhandled=1');
  assert.deepEqual(
    unhandled.body.map((e) => e.url),
    ['/rest/V1/nothing/here'],
  );
  const since = await c.get<E[]>(`/__sim/journal?since=${all.body[0]?.seq}`);
  assert.equal(since.body.length, 1);
  assert.equal((await c.delete('/__sim/journal')).status, 204);
  assert.deepEqual((await c.get('/__sim/journal')).body, []);
});

test('clock: freeze, advance, back to real time; a bad body is refused', async () => {
  const frozen = await c.put<{ now: number; iso: string }>('/__sim/clock', { freezeAt: 1_700_000_000_000 });
  assert.deepEqual(frozen.body, { now: 1_700_000_000_000, iso: '2023-11-14T22:13:20.000Z' });
  const moved = await c.put<{ now: number }>('/__sim/clock', { advanceMs: 60_000 });
  assert.equal(moved.body.now, 1_700_000_060_000);
  assert.equal((await c.get<{ now: number }>('/__sim/clock')).body.now, 1_700_000_060_000);
  const real = await c.put<{ now: number }>('/__sim/clock', { reset: true });
  assert.ok(Math.abs(real.body.now - Date.now()) < 5_000);
  const bad = await c.put('/__sim/clock', { advance: 1 });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body, {
    message: 'Send {"advanceMs": N}, {"freezeAt": ms} or {"reset": true}.',
  });
});

test('info: the release and the store views', async () => {
  const r = await c.get('/__sim/info');
  assert.deepEqual(r.body, {
    version: '2.4.8',
    edition: 'open-source',
    strictCore: false,
    developerMode: false,
    storeViews: [
      { id: 1, code: 'default', name: 'Default Store View', website: 'base', websiteName: 'Main Website' },
    ],
  });
});

test('unknown control routes and bad JSON are refused', async () => {
  const none = await c.get('/__sim/nope');
  assert.equal(none.status, 404);
  assert.deepEqual(none.body, { message: 'No control route GET /__sim/nope' });
  const wrongMethod = await c.call('PUT', '/__sim/faults/1', {});
  assert.equal(wrongMethod.status, 404);
  const bad = await c.call('PUT', '/__sim/config', '{oops');
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body, { message: 'The request body is not valid JSON.' });
});

test('with a control token every control call needs it (header or bearer); Magento routes do not', async () => {
  const guarded = await createSimulator({ controlToken: 's3cret' });
  try {
    const g = new MagentoTestClient(guarded.url);
    const denied = await g.get('/__sim/info');
    assert.equal(denied.status, 401);
    assert.deepEqual(denied.body, {
      message: 'The control API needs its token (X-Posgate-Control-Token).',
    });
    assert.equal(
      (await g.call('GET', '/__sim/info', undefined, { 'x-posgate-control-token': 'nope' })).status,
      401,
    );
    assert.equal(
      (await g.call('GET', '/__sim/info', undefined, { 'x-posgate-control-token': 's3cret' })).status,
      200,
    );
    assert.equal(
      (await g.call('GET', '/__sim/info', undefined, { authorization: 'Bearer s3cret' })).status,
      200,
    );
    assert.equal((await g.post('/V1/integration/admin/token', ADMIN)).status, 200);
  } finally {
    await guarded.close();
  }
});

test('the control API beyond loopback without a token is refused before anything listens', async () => {
  for (const host of ['0.0.0.0', '192.0.2.10', '::']) {
    await assert.rejects(createSimulator({ host, port: 0 }), {
      name: 'SimulatorSetupError',
      message: `the control API would listen on ${host} without a token: pass --control-token (or bind 127.0.0.1)`,
    });
  }
});
