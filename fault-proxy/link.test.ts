/**
 * Links under change (link_test.go, toxic_test.go): no byte lost or reordered while toxics come and
 * go, connections survive resets, toxicity is rolled per connection and direction.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import {
  collect,
  dial,
  ending,
  type Harness,
  type Peer,
  SLACK_MS,
  startHarness,
  startServer,
  toxic,
} from './test-support.ts';

let h: Harness;
let echo: Peer;
before(async () => {
  h = await startHarness({ seed: 7 });
  echo = await startServer();
});
after(async () => {
  await h.close();
  await echo.close();
});
beforeEach(async () => {
  for (const p of Object.values(await h.client.getAll())) await p.remove();
});

test('65,535 sequential 2-byte values arrive intact and in order while a 1000 ms latency toxic is added and removed', async (t) => {
  const sink = await startServer(() => {});
  t.after(() => sink.close());
  const listen = await h.proxy('churn', sink.address);
  const proxy = await h.client.get('churn');
  const socket = await dial(listen);
  const server = await sink.accepted();
  const got = collect(server);
  const end = ending(server);
  let writing = true;
  let cycles = 0;
  const churn = (async () => {
    while (writing) {
      const t = await proxy.addToxic(
        toxic({ name: 'slow', type: 'latency', stream: 'upstream', attributes: { latency: 1000 } }),
      );
      await t.remove();
      cycles++;
    }
  })();
  for (let i = 0; i < 65_535; i++) {
    const value = Buffer.alloc(2);
    value.writeUInt16BE(i);
    socket.write(value);
    if (i % 512 === 511) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  socket.end();
  await end;
  writing = false;
  await churn;
  const data = got.data();
  assert.equal(data.length, 65_535 * 2);
  for (let i = 0; i < 65_535; i++)
    if (data.readUInt16BE(i * 2) !== i) assert.fail(`value ${i} is ${data.readUInt16BE(i * 2)}`);
  assert.ok(cycles >= 5, `only ${cycles} add/remove cycles overlapped the writes`);
});

test('100 echo round trips stay correct while noop toxics are added and removed on both streams', async () => {
  const listen = await h.proxy('noops', echo.address);
  const proxy = await h.client.get('noops');
  const socket = await dial(listen);
  const got = collect(socket);
  let running = true;
  const churn = (async () => {
    for (let on = false; running; on = !on) {
      if (on) {
        await proxy.addToxic(toxic({ name: 'noop_up', type: 'noop', stream: 'upstream' }));
        await (await proxy.getToxic('noop_down').catch(() => undefined))?.remove();
      } else {
        await (await proxy.getToxic('noop_up').catch(() => undefined))?.remove();
        await proxy.addToxic(toxic({ name: 'noop_down', type: 'noop', stream: 'downstream' }));
      }
    }
  })();
  for (let i = 0; i < 100; i++) {
    socket.write('hello world\n');
    assert.equal((await got.bytes(12 * (i + 1))).subarray(12 * i).toString(), 'hello world\n');
  }
  running = false;
  await churn;
  socket.destroy();
});

test('a connection survives two resets', async () => {
  const listen = await h.proxy('keep', echo.address);
  const proxy = await h.client.get('keep');
  const socket = await dial(listen);
  const got = collect(socket);
  for (let round = 1; round <= 3; round++) {
    await proxy.addToxic(toxic({ name: 'up', type: 'noop', stream: 'upstream' }));
    socket.write('ping');
    await got.bytes(4 * round);
    await h.client.reset();
  }
  assert.equal(got.data().toString(), 'pingpingping');
  socket.destroy();
});

test('toxicity is rolled per connection: 0 never, 1 always, 0.5 some (seeded)', async () => {
  const listen = await h.proxy('roll', echo.address);
  const proxy = await h.client.get('roll');
  const delayedOf = async (toxicity: number, connections: number): Promise<number> => {
    const t = await proxy.addToxic(
      toxic({ name: 'lat', type: 'latency', toxicity, attributes: { latency: 200 } }),
    );
    let delayed = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const socket = await dial(listen);
        const got = collect(socket);
        const start = performance.now();
        socket.write('x');
        await got.bytes(1);
        if (performance.now() - start >= 200) delayed++;
        socket.destroy();
      }),
    );
    await t.remove();
    return delayed;
  };
  assert.equal(await delayedOf(0, 4), 0);
  assert.equal(await delayedOf(1, 4), 4);
  const some = await delayedOf(0.5, 16);
  assert.ok(some > 0 && some < 16, `${some} of 16 connections delayed`);
});

test('updating a toxic re-rolls it on open links: a toxicity-0 timeout lets data through, then at 1 closes', async () => {
  const listen = await h.proxy('reroll', echo.address);
  const proxy = await h.client.get('reroll');
  const t = await proxy.addToxic(
    toxic({ type: 'timeout', stream: 'upstream', toxicity: 0, attributes: { timeout: 0 } }),
  );
  const socket = await dial(listen);
  const got = collect(socket);
  const end = ending(socket);
  socket.write('through');
  assert.equal((await got.bytes(7)).toString(), 'through');
  await t.update(toxic({ toxicity: 1, attributes: { timeout: 100 } }));
  const start = performance.now();
  socket.write('dropped');
  const { at } = await end;
  assert.ok(at - start >= 100 && at - start < 100 + SLACK_MS, `closed after ${at - start} ms`);
  assert.equal(got.data().toString(), 'through');
});
