/**
 * Conformance of the Toxiproxy API as seen through the real `toxiproxy-node-client` (4.1.0),
 * mirroring the assertions of Toxiproxy's api_test.go (compat doc §3). Exact bodies are checked
 * with raw HTTP where the client hides them.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { openFaultProxy } from '../index.ts';
import {
  api,
  freePort,
  type Harness,
  isListening,
  type Peer,
  startHarness,
  startServer,
  toxic,
} from '../test-support.ts';

let h: Harness;
let upstream: Peer;
const failed = (status: number) => ({ message: `Request failed with status code ${status}` });

before(async () => {
  h = await startHarness();
  upstream = await startServer();
});
after(async () => {
  await h.close();
  await upstream.close();
});
beforeEach(async () => {
  for (const p of Object.values(await h.client.getAll())) await p.remove();
});

test('an empty server lists no proxies', async () => {
  assert.deepEqual(await h.client.getAll(), {});
});

test('create with a blank name or upstream: 400 missing required field', async () => {
  await assert.rejects(h.client.createProxy({ name: '', listen: '', upstream: '' }), failed(400));
  const noName = await api(h.fp.url, 'POST', '/proxies', '{}');
  assert.equal(noName.text, '{"error":"missing required field: name","status":400}\n');
  const noUpstream = await api(h.fp.url, 'POST', '/proxies', '{"name":"test"}');
  assert.equal(noUpstream.text, '{"error":"missing required field: upstream","status":400}\n');
});

test('populate creates proxies in request order, listening', async () => {
  const made = await h.client.populate([
    { name: 'one', listen: '127.0.0.1:0', upstream: upstream.address },
    { name: 'two', listen: '127.0.0.1:0', upstream: upstream.address },
  ]);
  assert.deepEqual(Object.keys(made), ['one', 'two']);
  for (const p of Object.values(made)) assert.ok(await isListening(p.listen), `${p.name} listens`);
});

test('populate without enabled answers 201 and starts the proxy; enabled:false does not listen', async () => {
  const port = await freePort();
  const raw = await api(
    h.fp.url,
    'POST',
    '/populate',
    JSON.stringify([{ name: 'd', listen: `127.0.0.1:${port}`, upstream: '127.0.0.1:9' }]),
  );
  assert.equal(raw.status, 201);
  assert.ok(await isListening(`127.0.0.1:${port}`));
  const off = await freePort();
  const made = await h.client.populate([
    { name: 'off', listen: `localhost:${off}`, upstream: '127.0.0.1:9', enabled: false },
  ]);
  assert.equal(made.off?.enabled, false);
  assert.equal(made.off?.listen, `localhost:${off}`);
  assert.equal(await isListening(`127.0.0.1:${off}`), false);
});

test('populate keeps an identical existing proxy (its toxic survives) and reports the bound listen', async () => {
  const port = await freePort();
  const first = await h.client.createProxy({
    name: 'keep',
    listen: `localhost:${port}`,
    upstream: upstream.address,
  });
  await first.addToxic(toxic({ type: 'latency', attributes: { latency: 100 } }));
  const made = await h.client.populate([
    { name: 'keep', listen: `localhost:${port}`, upstream: upstream.address },
  ]);
  assert.equal(made.keep?.listen, `127.0.0.1:${port}`);
  const again = await h.client.get('keep');
  assert.deepEqual((await again.getToxic('latency_downstream')).attributes, { latency: 100, jitter: 0 });
});

test('populate with a bad name at item 2 creates nothing', async () => {
  const body = [
    { name: 'one', listen: '127.0.0.1:0', upstream: upstream.address },
    { name: '', listen: '127.0.0.1:0', upstream: upstream.address },
  ];
  await assert.rejects(h.client.populate(body), failed(400));
  const raw = await api(h.fp.url, 'POST', '/populate', JSON.stringify(body));
  assert.equal(raw.text, '{"error":"missing required field: name at proxy 2","status":400,"proxies":[]}');
  assert.deepEqual(await h.client.getAll(), {});
});

test('populate with a bad listen at item 2 keeps item 1 and reports the error', async () => {
  const body = JSON.stringify([
    { name: 'one', listen: '127.0.0.1:0', upstream: upstream.address },
    { name: 'two', listen: 'local373', upstream: upstream.address },
  ]);
  const raw = await api(h.fp.url, 'POST', '/populate', body);
  assert.equal(raw.status, 500);
  const parsed = JSON.parse(raw.text);
  assert.equal(parsed.error, 'listen tcp: address local373: missing port in address');
  assert.deepEqual(
    parsed.proxies.map((p: { name: string }) => p.name),
    ['one'],
  );
  assert.deepEqual(Object.keys(await h.client.getAll()), ['one']);
});

test('toxics can be added to populated proxies', async () => {
  const made = await h.client.populate([{ name: 'pop', listen: '127.0.0.1:0', upstream: upstream.address }]);
  const t = await made.pop?.addToxic(toxic({ type: 'latency', attributes: { latency: 5 } }));
  assert.equal(t?.name, 'latency_downstream');
});

test('list and get report listen as bound (localhost -> 127.0.0.1), upstream verbatim, no toxics', async () => {
  const port = await freePort();
  await h.client.createProxy({
    name: 'mysql_master',
    listen: `localhost:${port}`,
    upstream: 'localhost:20001',
  });
  const all = await h.client.getAll();
  const listed = all.mysql_master;
  assert.equal(listed?.listen, `127.0.0.1:${port}`);
  assert.equal(listed?.upstream, 'localhost:20001');
  const got = await h.client.get('mysql_master');
  assert.equal(got.enabled, true);
  const raw = JSON.parse((await api(h.fp.url, 'GET', '/proxies/mysql_master')).text);
  assert.deepEqual(raw.toxics, []);
});

test('a disabled proxy keeps its listen verbatim and does not listen; enable and disable toggle it', async () => {
  const port = await freePort();
  const p = await h.client.createProxy({
    name: 'off',
    listen: `localhost:${port}`,
    upstream: '127.0.0.1:9',
    enabled: false,
  });
  assert.equal(p.listen, `localhost:${port}`);
  assert.equal(p.enabled, false);
  assert.equal(await isListening(`127.0.0.1:${port}`), false);
  const on = await p.update({ enabled: true, listen: p.listen, upstream: p.upstream });
  assert.equal(on.listen, `127.0.0.1:${port}`);
  assert.ok(await isListening(on.listen));
  const off = await on.update({ enabled: false, listen: on.listen, upstream: on.upstream });
  assert.equal(off.enabled, false);
  assert.equal(await isListening(on.listen), false);
});

test('delete stops listening, empties the list, and a second delete is 404 proxy not found', async () => {
  const p = await h.client.createProxy({ name: 'gone', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' });
  assert.ok(await isListening(p.listen));
  await p.remove();
  assert.equal(await isListening(p.listen), false);
  assert.deepEqual(await h.client.getAll(), {});
  await assert.rejects(p.remove(), failed(404));
  const raw = await api(h.fp.url, 'DELETE', '/proxies/gone');
  assert.equal(raw.text, '{"error":"proxy not found","status":404}\n');
});

test('a taken port is 500 with Go’s listen error; it works once the first proxy is deleted', async () => {
  const port = await freePort();
  const first = await h.client.createProxy({
    name: 'a',
    listen: `localhost:${port}`,
    upstream: '127.0.0.1:9',
  });
  const body = JSON.stringify({ name: 'b', listen: `localhost:${port}`, upstream: '127.0.0.1:9' });
  const raw = await api(h.fp.url, 'POST', '/proxies', body);
  assert.equal(raw.status, 500);
  const error = `listen tcp 127.0.0.1:${port}: bind: address already in use`;
  assert.equal(raw.text, `${JSON.stringify({ error, status: 500 })}\n`);
  assert.deepEqual(Object.keys(await h.client.getAll()), ['a']);
  await first.remove();
  assert.equal((await api(h.fp.url, 'POST', '/proxies', body)).status, 201);
});

test('a duplicate name is 409 proxy already exists', async () => {
  await h.client.createProxy({ name: 'dup', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' });
  await assert.rejects(
    h.client.createProxy({ name: 'dup', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' }),
    failed(409),
  );
  const raw = await api(
    h.fp.url,
    'POST',
    '/proxies',
    '{"name":"dup","upstream":"x:1","listen":"127.0.0.1:0"}',
  );
  assert.equal(raw.text, '{"error":"proxy already exists","status":409}\n');
});

test('reset re-enables proxies, removes toxics, keeps the proxies', async () => {
  const p = await h.client.createProxy({ name: 'r', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' });
  await p.addToxic(toxic({ type: 'latency', attributes: { latency: 100, jitter: 10 } }));
  const off = await p.update({ enabled: false, listen: p.listen, upstream: p.upstream });
  await h.client.reset();
  const back = await h.client.get('r');
  assert.equal(back.enabled, true);
  assert.ok(await isListening(off.listen));
  assert.equal((await api(h.fp.url, 'GET', '/proxies/r/toxics')).text, '[]');
});

test('toxics: empty list, named toxic read back, defaults, conflicts, toxicity, update merge, removal', async () => {
  const p = await h.client.createProxy({ name: 't', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' });
  assert.equal((await api(h.fp.url, 'GET', '/proxies/t/toxics')).text, '[]');

  const foobar = await p.addToxic(
    toxic({
      name: 'foobar',
      type: 'latency',
      stream: 'downstream',
      attributes: { latency: 100, jitter: 10 },
    }),
  );
  assert.deepEqual(
    [foobar.name, foobar.toxicity, foobar.attributes],
    ['foobar', 1, { latency: 100, jitter: 10 }],
  );

  const l1 = await p.addToxic(toxic({ name: 'latency1', type: 'latency', attributes: { latency: 5 } }));
  const l2 = await p.addToxic(toxic({ name: 'latency2', type: 'latency', attributes: { jitter: 7 } }));
  assert.deepEqual(l1.attributes, { latency: 5, jitter: 0 });
  assert.deepEqual(l2.attributes, { latency: 0, jitter: 7 });
  await assert.rejects(
    p.addToxic(toxic({ name: 'latency1', type: 'bandwidth', stream: 'upstream' })),
    failed(409),
  );
  const dupe = await api(
    h.fp.url,
    'POST',
    '/proxies/t/toxics',
    '{"name":"latency1","type":"noop","stream":"upstream"}',
  );
  assert.equal(dupe.text, '{"error":"toxic already exists","status":409}\n');

  const up = await p.addToxic(toxic({ type: 'latency', stream: 'upstream' }));
  const down = await p.addToxic(toxic({ type: 'latency', stream: 'downstream', toxicity: 0.2 }));
  assert.deepEqual([up.name, down.name, down.toxicity], ['latency_upstream', 'latency_downstream', 0.2]);
  const n = await p.addToxic(toxic({ type: 'noop', name: 'n' }));
  assert.deepEqual([n.stream, n.attributes], ['downstream', {}]);

  const first = await foobar.update(toxic({ attributes: { latency: 1000 }, toxicity: 0.5 }));
  assert.deepEqual([first.attributes, first.toxicity], [{ latency: 1000, jitter: 10 }, 0.5]);
  const second = await first.update(toxic({ attributes: { jitter: 3 } }));
  assert.deepEqual([second.attributes, second.toxicity], [{ latency: 1000, jitter: 3 }, 0.5]);

  await second.remove();
  await assert.rejects(p.getToxic('foobar'), failed(404));
  const names = JSON.parse((await api(h.fp.url, 'GET', '/proxies/t/toxics')).text).map(
    (t: { name: string }) => t.name,
  );
  assert.deepEqual(names, ['latency_upstream', 'latency1', 'latency2', 'latency_downstream', 'n']);
});

test('an invalid stream is 400 with Toxiproxy’s message', async () => {
  const p = await h.client.createProxy({ name: 's', listen: '127.0.0.1:0', upstream: '127.0.0.1:9' });
  await assert.rejects(p.addToxic(toxic({ type: 'latency', stream: 'walrustream' })), failed(400));
  const raw = await api(h.fp.url, 'POST', '/proxies/s/toxics', '{"type":"latency","stream":"walrustream"}');
  assert.equal(
    raw.text,
    '{"error":"stream was invalid, can be either upstream or downstream","status":400}\n',
  );
});

test('version through the client is the raw body', async () => {
  assert.equal(await h.client.getVersion(), '{"version": "2.12.0"}\n');
});

test('openFaultProxy attaches to an external server by URL (checked with /version) or starts one', async (t) => {
  const external = await openFaultProxy({ url: `${h.fp.url}/` });
  assert.deepEqual([external.external, external.url, external.version], [true, h.fp.url, '2.12.0']);
  await external.close();
  assert.equal(
    await h.client.getVersion(),
    '{"version": "2.12.0"}\n',
    'closing an external one leaves it running',
  );
  await assert.rejects(
    openFaultProxy({ url: `http://127.0.0.1:${await freePort()}` }),
    /no Toxiproxy API at/,
  );
  const embedded = await openFaultProxy({ port: 0, seed: 3 });
  t.after(() => embedded.close());
  assert.equal(embedded.external, false);
});
