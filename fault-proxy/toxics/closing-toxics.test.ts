/**
 * The toxics that end connections (slow_close, timeout, reset_peer, limit_data) through real
 * sockets and the real client, mirroring Toxiproxy's toxics/*_test.go. Timing: strict lower bounds,
 * upper bounds of SLACK_MS for a busy two-core machine.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  api,
  collect,
  dial,
  ending,
  type Harness,
  type Peer,
  SLACK_MS,
  sleep,
  startHarness,
  startServer,
  toxic,
  within,
} from '../test-support.ts';

// slow_close: data passes, the close is held for `delay` ms.
describe('slow_close', () => {
  let h: Harness;
  let closer: Peer;
  before(async () => {
    h = await startHarness();
    closer = await startServer((s) => s.once('data', () => s.end('bye')));
  });
  after(async () => {
    await h.close();
    await closer.close();
  });

  test('the server’s close reaches the client no sooner than the delay; the data does not wait', async () => {
    const listen = await h.proxy('sc', closer.address);
    await (await h.client.get('sc')).addToxic(toxic({ type: 'slow_close', attributes: { delay: 200 } }));
    const socket = await dial(listen);
    const got = collect(socket);
    const end = ending(socket);
    const start = performance.now();
    socket.write('hi');
    await got.bytes(3);
    const data = performance.now() - start;
    const { how, at } = await end;
    assert.equal(got.data().toString(), 'bye');
    assert.ok(data < 150, `data after ${data} ms`);
    assert.equal(how, 'end');
    assert.ok(at - start >= 200 && at - start < 200 + SLACK_MS, `closed after ${at - start} ms`);
  });

  test('removing the toxic while it holds the close lets the close through', async () => {
    const listen = await h.proxy('sc2', closer.address);
    const t = await (await h.client.get('sc2')).addToxic(
      toxic({ type: 'slow_close', attributes: { delay: 10_000 } }),
    );
    const socket = await dial(listen);
    const end = ending(socket);
    socket.write('hi');
    await sleep(100);
    const removed = performance.now();
    await t.remove();
    const { at } = await end;
    assert.ok(at - removed < 1000, `closed ${at - removed} ms after removal`);
  });
});

// timeout: data stops; >0 closes after that much silence; removal closes both ends (timeout_test.go).
describe('timeout', () => {
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

  test('timeout 0 drops data and holds the connection; removing it closes client and server within 1 s', async () => {
    const listen = await h.proxy('hang', echo.address);
    const hang = await (await h.client.get('hang')).addToxic(toxic({ type: 'timeout', stream: 'upstream' }));
    const socket = await dial(listen);
    const server = await echo.accepted();
    const serverGot = collect(server);
    const clientEnd = ending(socket);
    const serverEnd = ending(server);
    socket.write('lost');
    await sleep(300);
    assert.equal(serverGot.data().length, 0, 'the server got nothing');
    assert.equal(socket.destroyed, false, 'still open');
    const removed = performance.now();
    await hang.remove();
    const [c, s] = await within(1000, 'both ends closed', Promise.all([clientEnd, serverEnd]));
    assert.ok(c.at - removed < 1000 && s.at - removed < 1000);
  });

  test('timeout 100 closes the connection 100 ms after the last data', async () => {
    const listen = await h.proxy('t100', echo.address);
    await (await h.client.get('t100')).addToxic(
      toxic({ type: 'timeout', stream: 'upstream', attributes: { timeout: 100 } }),
    );
    const socket = await dial(listen);
    const end = ending(socket);
    socket.write('x');
    const last = performance.now();
    const { at } = await end;
    assert.ok(at - last >= 100 && at - last < 100 + SLACK_MS, `closed after ${at - last} ms`);
  });

  test('removing a latency toxic next to a timeout toxic does not hang the API; reset closes the held connection', async () => {
    const listen = await h.proxy('mix', echo.address);
    const p = await h.client.get('mix');
    const slow = await p.addToxic(
      toxic({ type: 'latency', stream: 'upstream', attributes: { latency: 1000 } }),
    );
    await p.addToxic(toxic({ type: 'timeout', stream: 'upstream' }));
    const socket = await dial(listen);
    const end = ending(socket);
    socket.write('x');
    await sleep(50);
    await within(1000, 'latency removal', slow.remove());
    await within(1000, 'reset', h.client.reset());
    await within(1000, 'connection closed by reset', end);
  });
});

// reset_peer: a real RST (ECONNRESET at the client) after the timeout (reset_peer_test.go).
describe('reset_peer', () => {
  let h: Harness;
  let echo: Peer;

  before(async () => {
    h = await startHarness({ handlerTimeoutMs: 300 });
    echo = await startServer();
  });
  after(async () => {
    await h.close();
    await echo.close();
  });

  test('timeout 0 upstream: the client reads ECONNRESET right after sending', async () => {
    const listen = await h.proxy('rst0', echo.address);
    await (await h.client.get('rst0')).addToxic(toxic({ type: 'reset_peer', stream: 'upstream' }));
    const socket = await dial(listen);
    const end = ending(socket);
    socket.write('reset toxic payload\n');
    assert.equal((await end).how, 'ECONNRESET');
  });

  for (const stream of ['upstream', 'downstream']) {
    test(`timeout 100 ${stream}: reset no sooner than 100 ms after the data`, async () => {
      const listen = await h.proxy(`rst-${stream}`, echo.address);
      await (await h.client.get(`rst-${stream}`)).addToxic(
        toxic({ type: 'reset_peer', stream, attributes: { timeout: 100 } }),
      );
      const socket = await dial(listen);
      const end = ending(socket);
      const start = performance.now();
      socket.write('reset toxic payload\n');
      const { how, at } = await end;
      assert.equal(how, 'ECONNRESET');
      assert.ok(at - start >= 100 && at - start < 100 + SLACK_MS, `reset after ${at - start} ms`);
    });
  }

  test('an idle connection is not reset; the toxic keeps resetting new connections until removed', async () => {
    const listen = await h.proxy('idle', echo.address);
    const t = await (await h.client.get('idle')).addToxic(toxic({ type: 'reset_peer', stream: 'upstream' }));
    const idle = await dial(listen);
    await sleep(200);
    assert.equal(idle.destroyed, false);
    idle.destroy();
    const next = await dial(listen);
    const end = ending(next);
    next.write('x');
    assert.equal((await end).how, 'ECONNRESET');
    await t.remove();
  });

  test('a handler stuck behind reset_peer’s uninterruptible wait answers 503 after the handler timeout', async () => {
    const listen = await h.proxy('stuck', echo.address);
    await (await h.client.get('stuck')).addToxic(
      toxic({ name: 'r', type: 'reset_peer', stream: 'upstream', attributes: { timeout: 1000 } }),
    );
    const socket = await dial(listen);
    socket.on('error', () => {});
    socket.write('x');
    await sleep(50);
    const res = await api(h.fp.url, 'DELETE', '/proxies/stuck/toxics/r');
    assert.equal(res.status, 503);
    assert.equal(res.text, '<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>');
    await sleep(1000);
    assert.equal(
      (await api(h.fp.url, 'GET', '/proxies/stuck/toxics')).text,
      '[]',
      'the removal finished later',
    );
  });
});

// limit_data: at most `bytes` per connection and direction, then the connection closes (limit_data_test.go).
describe('limit_data', () => {
  let h: Harness;
  let sink: Peer;
  before(async () => {
    h = await startHarness();
    sink = await startServer(() => {});
  });
  after(async () => {
    await h.close();
    await sink.close();
  });
  beforeEach(async () => {
    for (const p of Object.values(await h.client.getAll())) await p.remove();
  });

  async function limited(bytes: number) {
    const listen = await h.proxy('limit', sink.address);
    const t = await (await h.client.get('limit')).addToxic(
      toxic({ type: 'limit_data', stream: 'upstream', attributes: { bytes } }),
    );
    const socket = await dial(listen);
    const server = await sink.accepted();
    return { t, socket, got: collect(server), serverEnd: ending(server), clientEnd: ending(socket) };
  }

  test('limit 100: 50 bytes pass and the connection stays; 150 in total pass as 100, then it closes', async () => {
    const { socket, got, serverEnd, clientEnd } = await limited(100);
    socket.write(Buffer.alloc(50, 1));
    await got.bytes(50);
    await sleep(50);
    assert.equal(socket.destroyed, false);
    socket.write(Buffer.alloc(100, 2));
    await serverEnd;
    await clientEnd;
    assert.deepEqual(got.data(), Buffer.concat([Buffer.alloc(50, 1), Buffer.alloc(50, 2)]));
  });

  test('limit 100: four writes of 25 all pass, then it closes; limit 0 closes with nothing', async () => {
    const a = await limited(100);
    for (let i = 0; i < 4; i++) {
      a.socket.write(Buffer.alloc(25, i));
      await a.got.bytes(25 * (i + 1));
    }
    await a.serverEnd;
    assert.equal(a.got.data().length, 100);
    await (await h.client.get('limit')).remove();
    const b = await limited(0);
    b.socket.write('x');
    await b.serverEnd;
    assert.equal(b.got.data().length, 0);
  });

  test('the count survives an update of the toxic: 90, update, 20 → 10 more', async () => {
    const { t, socket, got, serverEnd } = await limited(100);
    socket.write(Buffer.alloc(90, 1));
    await got.bytes(90);
    await t.update(toxic({ attributes: { bytes: 100 } }));
    socket.write(Buffer.alloc(20, 2));
    await serverEnd;
    assert.equal(got.data().length, 100);
  });
});
