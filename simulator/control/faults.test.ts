import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../index.ts';

let sim: Simulator;
let c: MagentoTestClient;
const ADMIN = { username: 'admin', password: 'posgate123' };
const TOKEN = '/V1/integration/admin/token';

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
});
after(() => sim.close());
beforeEach(async () => {
  assert.equal((await c.post('/__sim/reset')).status, 204);
});

const addFault = async (rule: Record<string, unknown>) => {
  const r = await c.call<{ id: number }>('POST', '/__sim/faults', rule);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};
const login = () => c.call<unknown>('POST', TOKEN, ADMIN);
const tokens = async () => {
  const r = await c.get<{ collections: Record<string, Record<string, unknown>> }>('/__sim/state');
  return Object.keys(r.body.collections['tokens'] ?? {});
};

test('429: Retry-After and the CDN page, not Magento JSON; journaled with the rule name', async () => {
  await addFault({ method: 'POST', path: TOKEN, action: '429', retryAfter: 7, name: 'cdn limit' });
  const res = await fetch(`${sim.url}/rest/V1/integration/admin/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const text = await res.text();
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), '7');
  assert.equal(res.headers.get('content-type'), 'text/html; charset=UTF-8');
  assert.match(text, /<h1>429 Too Many Requests<\/h1>/);
  assert.throws(() => JSON.parse(text));
  assert.deepEqual(await tokens(), [], 'a 429 from the CDN never reaches Magento');
  const journal = await c.get<Array<{ status: number; fault?: string; route: string }>>('/__sim/journal');
  assert.deepEqual(
    journal.body.map((e) => [e.status, e.fault, e.route]),
    [[429, 'cdn limit', TOKEN]],
  );
});

test('429 defaults to Retry-After: 1; retryAfter null sends none; a given body keeps its type', async () => {
  await addFault({ path: TOKEN, action: '429', times: 1 });
  assert.equal((await login()).headers.get('retry-after'), '1');
  await addFault({ path: TOKEN, action: 429, retryAfter: null, body: 'Too Many Requests', times: 1 });
  const r = await login();
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), null);
  assert.equal(r.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(r.body, 'Too Many Requests');
});

test("5xx: 500 with Magento's masked internal error body", async () => {
  await addFault({ path: TOKEN, action: '5xx' });
  const r = await login();
  assert.equal(r.status, 500);
  assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
  const body = r.body as { message: string };
  assert.deepEqual(Object.keys(body), ['message']);
  assert.match(
    body.message,
    /^Internal Error\. Details are available in Magento log file\. Report ID: webapi-[0-9a-f]{13}$/,
  );
});

test("5xx: 503 is Magento's maintenance page; a JSON body and Retry-After can be given", async () => {
  await addFault({ path: TOKEN, action: '5xx', status: 503, times: 1 });
  const page = await login();
  assert.equal(page.status, 503);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=UTF-8');
  assert.match(String(page.body), /<title>Error 503: Service Unavailable<\/title>/);
  assert.match(String(page.body), /<h1>Service Temporarily Unavailable<\/h1>/);
  await addFault({
    path: TOKEN,
    action: '5xx',
    status: 502,
    body: { message: 'Bad gateway' },
    retryAfter: 3,
  });
  const json = await login();
  assert.equal(json.status, 502);
  assert.equal(json.headers.get('retry-after'), '3');
  assert.deepEqual(json.body, { message: 'Bad gateway' });
});

test('delay: Magento answers normally, no sooner than delayMs', async () => {
  await addFault({ path: TOKEN, action: 'delay', delayMs: 150 });
  const started = performance.now();
  const r = await login();
  const took = performance.now() - started;
  assert.equal(r.status, 200);
  assert.match(String(r.body), /^[0-9a-f]{32}$/);
  assert.ok(took >= 148, `took ${took} ms`);
});

test('delay rules add up before the answering rule; a rule may delay its own answer', async () => {
  await addFault({ path: TOKEN, action: 'delay', delayMs: 60 });
  await addFault({ path: TOKEN, action: '5xx', delayMs: 60, times: 1 });
  const started = performance.now();
  assert.equal((await login()).status, 500);
  assert.ok(performance.now() - started >= 118);
  const list = await c.get<Array<{ hits: number }>>('/__sim/faults');
  assert.deepEqual(
    list.body.map((f) => f.hits),
    [1, 1],
  );
});

test('commit-then-drop: the client sees the connection close, and the write is in the state', async () => {
  await addFault({ method: 'POST', path: TOKEN, action: 'commit-then-drop', times: 'once' });
  await assert.rejects(
    fetch(`${sim.url}/rest/V1/integration/admin/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    }),
    (err: Error & { cause?: { code?: string; message?: string } }) => {
      assert.equal(err.message, 'fetch failed');
      assert.match(String(err.cause?.code ?? err.cause?.message), /UND_ERR_SOCKET|other side closed/);
      return true;
    },
  );
  const committed = await tokens();
  assert.equal(committed.length, 1, 'the token was issued although its response was lost');
  const retry = await login();
  assert.equal(retry.status, 200, 'once: the next request is answered');
  assert.equal((await tokens()).length, 2);
});

test('commit-then-drop on a catalog write: the product exists although the client got no answer', async () => {
  await c.loginAdmin();
  await addFault({ method: 'POST', path: '/V1/products', action: 'commit-then-drop', times: 1 });
  const product = {
    product: { sku: 'DROPPED-1', name: 'Dropped', price: 9, attribute_set_id: 4, type_id: 'simple' },
  };
  await assert.rejects(c.post('/V1/products', product), { message: 'fetch failed' });
  const state = await c.get<{ collections: Record<string, Record<string, { sku?: string }>> }>(
    '/__sim/state',
  );
  assert.ok(Object.values(state.body.collections['products'] ?? {}).some((p) => p.sku === 'DROPPED-1'));
  const read = await c.get<{ sku: string; price: number }>('/V1/products/DROPPED-1');
  assert.deepEqual([read.status, read.body.sku, read.body.price], [200, 'DROPPED-1', 9]);
  const journal = await c.get<Array<{ url: string; status: number; fault?: string }>>('/__sim/journal');
  const dropped = journal.body.find((e) => e.fault === 'commit-then-drop POST /V1/products');
  assert.equal(dropped?.status, 200, 'the journal records what Magento did, though nobody heard it');
});

test('times: N hits then Magento answers; without times a rule holds until removed', async () => {
  const twice = await addFault({ path: TOKEN, action: '5xx', status: 503, times: 2 });
  assert.deepEqual([(await login()).status, (await login()).status, (await login()).status], [503, 503, 200]);
  const listed = await c.get<Array<Record<string, unknown>>>('/__sim/faults');
  assert.deepEqual(listed.body[0], {
    id: twice.id,
    name: `5xx * ${TOKEN}`,
    method: null,
    path: TOKEN,
    action: '5xx',
    status: 503,
    retryAfter: null,
    delayMs: 0,
    body: null,
    times: 2,
    hits: 2,
    remaining: 0,
  });
  const always = await addFault({ path: TOKEN, action: '429' });
  for (let i = 0; i < 3; i++) assert.equal((await login()).status, 429);
  assert.equal((await c.delete(`/__sim/faults/${always.id}`)).status, 204);
  assert.equal((await login()).status, 200);
});

test('reset and DELETE /__sim/faults clear the rules', async () => {
  await addFault({ path: TOKEN, action: '429' });
  assert.equal((await c.post('/__sim/reset')).status, 204);
  assert.deepEqual((await c.get('/__sim/faults')).body, []);
  assert.equal((await login()).status, 200);
  await addFault({ path: TOKEN, action: '429' });
  assert.equal((await c.delete('/__sim/faults')).status, 204);
  assert.deepEqual((await c.get('/__sim/faults')).body, []);
});

test('initial faults from createSimulator options are live, and in-process rules work too', async () => {
  const other = await createSimulator({ faults: [{ path: TOKEN, action: '429', times: 1 }] });
  try {
    const oc = new MagentoTestClient(other.url);
    assert.equal((await oc.call('POST', TOKEN, ADMIN)).status, 429);
    other.faults.add({ path: TOKEN, action: '5xx', times: 1 } as never);
    assert.equal((await oc.call('POST', TOKEN, ADMIN)).status, 500);
    assert.equal((await oc.call('POST', TOKEN, ADMIN)).status, 200);
  } finally {
    await other.close();
  }
  await assert.rejects(createSimulator({ faults: [{ path: TOKEN } as never] }), {
    name: 'SimulatorSetupError',
    message:
      'fault rule 1: Invalid fault rule: action: Invalid option: expected one of "429"|"5xx"|"delay"|"commit-then-drop"',
  });
});
