/** Proxies as TCP listeners (proxy_test.go): forwarding, down upstreams, enable/disable, moves. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import {
  collect,
  dial,
  ending,
  freePort,
  type Harness,
  isListening,
  type Peer,
  startHarness,
  startServer,
  toxic,
  within,
} from './test-support.ts';

let h: Harness;
let echo: Peer;
before(async () => {
  h = await startHarness();
  echo = await startServer();
});
after(async () => {
  await h.close();
  await echo.close();
});
beforeEach(async () => {
  for (const p of Object.values(await h.client.getAll())) await p.remove();
});

test('simple, 64 KB and two-part messages pass intact both ways', async () => {
  const socket = await dial(await h.proxy('echo', echo.address));
  const got = collect(socket);
  const big = Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7) % 256));
  socket.write('hello world\n');
  socket.write(big);
  socket.write('part one, ');
  socket.write('part two\n');
  const want = Buffer.concat([Buffer.from('hello world\n'), big, Buffer.from('part one, part two\n')]);
  assert.ok((await got.bytes(want.length)).equals(want));
  socket.destroy();
});

test('an upstream that is down: the client is accepted, then reads EOF within 500 ms', async () => {
  const socket = await dial(await h.proxy('down', `127.0.0.1:${await freePort()}`));
  const start = performance.now();
  const { how, at } = await ending(socket);
  assert.equal(how, 'end');
  assert.ok(at - start < 500, `EOF after ${at - start} ms`);
});

test('disabling drops open connections and refuses new ones; enabling again keeps the toxics', async () => {
  const listen = await h.proxy('toggle', echo.address);
  const proxy = await h.client.get('toggle');
  await proxy.addToxic(toxic({ type: 'noop' }));
  const socket = await dial(listen);
  const end = ending(socket);
  const off = await proxy.update({ enabled: false, listen: proxy.listen, upstream: proxy.upstream });
  await within(1000, 'open connection closed', end);
  assert.equal(await isListening(listen), false);
  const on = await off.update({ enabled: true, listen: off.listen, upstream: off.upstream });
  assert.equal(on.listen, listen);
  const again = await dial(listen);
  const got = collect(again);
  again.write('back');
  assert.equal((await got.bytes(4)).toString(), 'back');
  assert.equal((await proxy.getToxic('noop_downstream')).type, 'noop');
  again.destroy();
});

test('deleting a proxy closes its connections', async () => {
  const listen = await h.proxy('gone', echo.address);
  const socket = await dial(listen);
  const end = ending(socket);
  await (await h.client.get('gone')).remove();
  await within(1000, 'connection closed', end);
});

test('a new listen port drops connections and moves; the same port written as a host name does not', async () => {
  const port = await freePort();
  const proxy = await h.client.createProxy({
    name: 'move',
    listen: `127.0.0.1:${port}`,
    upstream: echo.address,
  });
  const socket = await dial(proxy.listen);
  const got = collect(socket);
  const same = await proxy.update({ enabled: true, listen: `localhost:${port}`, upstream: echo.address });
  assert.equal(same.listen, `127.0.0.1:${port}`);
  socket.write('still');
  assert.equal((await got.bytes(5)).toString(), 'still');
  const end = ending(socket);
  const moved = await same.update({ enabled: true, listen: 'localhost:0', upstream: echo.address });
  assert.notEqual(moved.listen, `127.0.0.1:${port}`);
  await within(1000, 'old connection dropped', end);
  assert.ok(await isListening(moved.listen));
  assert.equal(await isListening(`127.0.0.1:${port}`), false);
});

test('added latency without toxics stays small; the server closing reaches the client as EOF', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const socket = await dial(await h.proxy('fast', server.address));
  const got = collect(socket);
  const start = performance.now();
  for (let i = 1; i <= 100; i++) {
    socket.write('hello world\n');
    await got.bytes(12 * i);
  }
  const oneWay = (performance.now() - start) / 200;
  assert.ok(
    oneWay < 5,
    `average one-way ${oneWay.toFixed(3)} ms (Toxiproxy asserts < 0.3 ms; see the bench)`,
  );
  const end = ending(socket);
  (await server.accepted()).end();
  assert.equal((await end).how, 'end');
});
