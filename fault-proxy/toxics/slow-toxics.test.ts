/**
 * The toxics that slow or reshape data (latency, bandwidth, slicer) through real sockets and the
 * real client, mirroring Toxiproxy's toxics/*_test.go. Timing: strict lower bounds (never early),
 * upper bounds of SLACK_MS for a busy two-core machine.
 */
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { after, before, beforeEach, describe, test } from 'node:test';
import { Link } from '../link.ts';
import { quietLogger } from '../logger.ts';
import { seededRandom } from '../random.ts';
import {
  collect,
  dial,
  type Harness,
  type Peer,
  SLACK_MS,
  sleep,
  startHarness,
  startServer,
  toxic,
} from '../test-support.ts';
import { sliceOffsets } from './slicer.ts';

// latency (latency_test.go): one-way per direction, stacked toxics add up, throughput kept.
describe('latency', () => {
  let h: Harness;
  let echo: Peer;
  const arrivals: number[] = [];

  before(async () => {
    h = await startHarness();
    echo = await startServer((s) =>
      s.on('data', (d: Buffer) => {
        arrivals.push(performance.now());
        s.write(d);
      }),
    );
  });
  after(async () => {
    await h.close();
    await echo.close();
  });
  beforeEach(async () => {
    arrivals.length = 0;
    for (const p of Object.values(await h.client.getAll())) await p.remove();
  });

  /** Sends one line through a new connection; returns server arrival and client round trip (ms). */
  async function roundTrip(listen: string): Promise<{ server: number; client: number }> {
    const socket = await dial(listen);
    const got = collect(socket);
    const start = performance.now();
    socket.write('hello\n');
    await got.bytes(6);
    const client = performance.now() - start;
    socket.destroy();
    return { server: (arrivals.at(-1) as number) - start, client };
  }

  test('upstream latency delays the request, not the response', async () => {
    const listen = await h.proxy('up', echo.address);
    await (await h.client.get('up')).addToxic(
      toxic({ type: 'latency', stream: 'upstream', attributes: { latency: 200 } }),
    );
    const t = await roundTrip(listen);
    assert.ok(t.server >= 200 && t.server < 200 + SLACK_MS, `server saw it after ${t.server} ms`);
    assert.ok(t.client - t.server < 200, `response took ${t.client - t.server} ms, as if delayed too`);
  });

  test('downstream latency delays the response, not the request', async () => {
    const listen = await h.proxy('down', echo.address);
    await (await h.client.get('down')).addToxic(toxic({ type: 'latency', attributes: { latency: 200 } }));
    const t = await roundTrip(listen);
    assert.ok(t.server < 200, `server saw it after ${t.server} ms, as if delayed too`);
    assert.ok(t.client >= 200 && t.client < 200 + SLACK_MS, `round trip ${t.client} ms`);
  });

  test('stacked latency toxics add up; jitter stays within latency ± jitter', async () => {
    const listen = await h.proxy('stack', echo.address);
    const p = await h.client.get('stack');
    await p.addToxic(toxic({ name: 'a', type: 'latency', attributes: { latency: 150 } }));
    await p.addToxic(toxic({ name: 'b', type: 'latency', attributes: { latency: 150 } }));
    const t = await roundTrip(listen);
    assert.ok(t.client >= 300 && t.client < 300 + SLACK_MS, `round trip ${t.client} ms`);
    await h.client.reset();
    await p.addToxic(toxic({ type: 'latency', attributes: { latency: 100, jitter: 50 } }));
    for (let i = 0; i < 3; i++) {
      const j = await roundTrip(listen);
      assert.ok(j.client >= 50 && j.client < 150 + SLACK_MS, `round trip with jitter ${j.client} ms`);
    }
  });

  test('a toxic added to an open connection applies to it; removal forwards the held chunk at once', async () => {
    const listen = await h.proxy('live', echo.address);
    const socket = await dial(listen);
    const got = collect(socket);
    socket.write('a');
    await got.bytes(1);
    const p = await h.client.get('live');
    const slow = await p.addToxic(toxic({ type: 'latency', attributes: { latency: 150 } }));
    let start = performance.now();
    socket.write('b');
    await got.bytes(2);
    const delayed = performance.now() - start;
    assert.ok(delayed >= 150 && delayed < 150 + SLACK_MS, `open connection delayed ${delayed} ms`);
    await slow.update(toxic({ attributes: { latency: 5000 } }));
    start = performance.now();
    socket.write('c');
    await sleep(50);
    await slow.remove();
    await got.bytes(3);
    const flushed = performance.now() - start;
    assert.ok(flushed < 1000, `removal released the chunk after ${flushed} ms`);
    assert.equal(got.data().toString(), 'abc');
    socket.destroy();
  });

  test('latency keeps throughput: 1.2 MB arrive soon after the first byte', async (t) => {
    const big = Buffer.alloc(1_200_000, 7);
    const server = await startServer((s) => s.once('data', () => s.write(big)));
    t.after(() => server.close());
    const listen = await h.proxy('bulk', server.address);
    await (await h.client.get('bulk')).addToxic(toxic({ type: 'latency', attributes: { latency: 100 } }));
    const socket = await dial(listen);
    const got = collect(socket);
    let first = 0;
    socket.once('data', () => {
      first = performance.now();
    });
    const start = performance.now();
    socket.write('go');
    const data = await got.bytes(big.length);
    const done = performance.now();
    assert.ok(first - start >= 100, `first byte after ${first - start} ms`);
    // delaying each of the ~19 socket reads in turn would take ~1.9 s
    assert.ok(done - first < 100 + SLACK_MS, `1.2 MB took ${done - first} ms after the first byte`);
    assert.ok(data.equals(big));
    socket.destroy();
  });
});

// bandwidth through real sockets: Toxiproxy's 480 kB at rate 1000 (KB = 1000 B) in 480 ms.
describe('bandwidth', () => {
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

  test('480,000 bytes at rate 1000 upstream arrive intact after at least 480 ms', async () => {
    const listen = await h.proxy('bw', sink.address);
    await (await h.client.get('bw')).addToxic(
      toxic({ type: 'bandwidth', stream: 'upstream', attributes: { rate: 1000 } }),
    );
    const socket = await dial(listen);
    const payload = Buffer.from(Array.from({ length: 480_000 }, (_, i) => i % 251));
    const start = performance.now();
    socket.write(payload);
    const got = collect(await sink.accepted());
    const data = await got.bytes(payload.length);
    const elapsed = performance.now() - start;
    assert.ok(elapsed >= 480 && elapsed < 480 + SLACK_MS, `took ${elapsed} ms`);
    assert.ok(data.equals(payload), 'bytes intact and in order');
    socket.destroy();
  });

  test('rate 0 holds the data until the toxic is removed, then it all arrives', async () => {
    const listen = await h.proxy('stall', sink.address);
    const stall = await (await h.client.get('stall')).addToxic(
      toxic({ type: 'bandwidth', stream: 'upstream', attributes: { rate: 0 } }),
    );
    const socket = await dial(listen);
    socket.write('held back');
    const got = collect(await sink.accepted());
    await sleep(300);
    assert.equal(got.data().length, 0, 'nothing passes at rate 0');
    await stall.remove();
    assert.equal((await got.bytes(9)).toString(), 'held back');
    socket.destroy();
  });
});

// slicer: pieces around average_size ± size_variation, delay in microseconds, bytes intact (slicer_test.go).
describe('slicer', () => {
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

  test('480 KB at average 1024 ± 512 gives 240 to 720 contiguous pieces; 24 bytes at 1 ± 0 gives 24', () => {
    const cuts = sliceOffsets(
      480_000,
      { average_size: 1024, size_variation: 512, delay: 0 },
      seededRandom(1),
    );
    const pieces = cuts.length / 2;
    assert.ok(pieces >= 240 && pieces <= 720, `${pieces} pieces`);
    for (let i = 2; i < cuts.length; i += 2) assert.equal(cuts[i], cuts[i - 1], 'contiguous');
    assert.deepEqual([cuts[0], cuts.at(-1)], [0, 480_000]);
    assert.equal(
      sliceOffsets(24, { average_size: 1, size_variation: 0, delay: 0 }, seededRandom(1)).length / 2,
      24,
    );
    assert.equal(
      sliceOffsets(10, { average_size: 0, size_variation: 0, delay: 0 }, seededRandom(1)).length / 2,
      10,
      'clamped',
    );
  });

  test('a link with a slicer writes one chunk as many pieces with the same bytes', async () => {
    const payload = Buffer.from(Array.from({ length: 480_000 }, (_, i) => i % 253));
    const writes: Buffer[] = [];
    const dest = new Writable({
      write: (chunk, _enc, done) => {
        writes.push(chunk);
        done();
      },
    });
    const attributes = { average_size: 1024, size_variation: 512, delay: 10 };
    const slicer = {
      name: 's',
      type: 'slicer',
      stream: 'downstream',
      direction: 'downstream' as const,
      toxicity: 1,
      attributes,
    };
    const ended = new Promise<void>((resolve) => {
      const link = new Link('downstream', Readable.from([payload]), dest, [slicer], {
        random: seededRandom(7),
        logger: quietLogger,
        onEnd: () => resolve(),
      });
      link.start();
    });
    await ended;
    assert.ok(writes.length >= 240 && writes.length <= 720, `${writes.length} writes`);
    assert.ok(Buffer.concat(writes).equals(payload));
  });

  test('through a proxy, sliced data arrives intact', async () => {
    const listen = await h.proxy('slice', echo.address);
    await (await h.client.get('slice')).addToxic(
      toxic({ type: 'slicer', attributes: { average_size: 64, size_variation: 32, delay: 10 } }),
    );
    const socket = await dial(listen);
    const got = collect(socket);
    const payload = Buffer.from(Array.from({ length: 65_536 }, (_, i) => i % 256));
    socket.write(payload);
    assert.ok((await got.bytes(payload.length)).equals(payload));
    socket.destroy();
  });
});
