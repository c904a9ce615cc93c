/**
 * Toxic accuracy for the fault proxy bench: each toxic over N trials, judged by the tolerances of
 * Toxiproxy's own Go tests. As in those tests, each trial opens a new connection through the proxy,
 * waits until the proxy has connected upstream, and only then starts the clock.
 */
import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import type { Toxiproxy } from 'toxiproxy-node-client';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const ms1 = (ms: number) => `${ms.toFixed(1)} ms`;
/** Resolves when the socket closes, whatever the reason (events.once would reject on 'error'). */
const closed = (s: Socket) => new Promise<void>((resolve) => s.once('close', () => resolve()));

/** A local TCP server handing out its accepted sockets in order. */
class Upstream {
  private readonly queue: Socket[] = [];
  private readonly waiting: Array<(s: Socket) => void> = [];
  readonly server: Server = createServer((s) => {
    s.on('error', () => {});
    this.onSocket(s);
    const take = this.waiting.shift();
    if (take) take(s);
    else this.queue.push(s);
  });
  constructor(private readonly onSocket: (s: Socket) => void = () => {}) {}

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  accepted(): Promise<Socket> {
    const ready = this.queue.shift();
    return ready ? Promise.resolve(ready) : new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** A client connected through the proxy at `listen`, once the proxy's upstream socket is accepted. */
async function through(listen: string, upstream: Upstream): Promise<{ client: Socket; server: Socket }> {
  const client = connect({ host: '127.0.0.1', port: Number(listen.split(':').pop()), noDelay: true });
  client.on('error', () => {});
  await once(client, 'connect');
  return { client, server: await upstream.accepted() };
}

interface Trial {
  value: number;
  held: boolean;
}

function row(name: string, setting: string, tolerance: string, trials: Trial[]): string {
  const values = trials.map((t) => t.value);
  const held = trials.filter((t) => t.held).length;
  const range = `${ms1(Math.min(...values))} – ${ms1(Math.max(...values))}`;
  return `| ${name} | ${setting} | ${tolerance} | ${held}/${trials.length} | ${ms1(mean(values))} | ${range} |`;
}

async function trials(n: number, one: () => Promise<Trial>): Promise<Trial[]> {
  const out: Trial[] = [];
  for (let i = 0; i < n; i++) out.push(await one());
  return out;
}

/** Runs each toxic N times against Toxiproxy’s own test tolerances; returns a Markdown table. */
export async function toxicAccuracy(api: Toxiproxy): Promise<string[]> {
  const echo = new Upstream((s) => s.pipe(s));
  const sink = new Upstream((s) => s.resume());
  const [echoAddress, sinkAddress] = [await echo.start(), await sink.start()];
  const proxy = async (name: string, upstream: string, toxic: Record<string, unknown>) => {
    const p = await api.createProxy({ name, listen: '127.0.0.1:0', upstream });
    if (Object.keys(toxic).length > 0) await p.addToxic(toxic as never);
    return p;
  };

  const lat = await proxy('lat', echoAddress, {
    type: 'latency',
    stream: 'upstream',
    attributes: { latency: 100, jitter: 10 },
  });
  const latency = await trials(10, async () => {
    const { client, server } = await through(lat.listen, echo);
    const start = performance.now();
    client.write('ping\n');
    await once(server, 'data');
    const d = performance.now() - start;
    client.destroy();
    return { value: d, held: Math.abs(d - 100) <= 10 + 10 };
  });

  const bw = await proxy('bw', sinkAddress, {
    type: 'bandwidth',
    stream: 'upstream',
    attributes: { rate: 1000 },
  });
  const payload = Buffer.alloc(480_000, 1);
  const bandwidth = await trials(5, async () => {
    const { client, server } = await through(bw.listen, sink);
    let got = 0;
    const all = new Promise<void>((resolve) =>
      server.on('data', (d: Buffer) => {
        got += d.length;
        if (got >= payload.length) resolve();
      }),
    );
    const start = performance.now();
    client.write(payload);
    await all;
    const d = performance.now() - start;
    client.destroy();
    return { value: d, held: Math.abs(d - 480) <= 10 };
  });

  const rst = await proxy('rst', echoAddress, {
    type: 'reset_peer',
    stream: 'upstream',
    attributes: { timeout: 100 },
  });
  const reset = await trials(10, async () => {
    const { client } = await through(rst.listen, echo);
    let code = '';
    client.on('error', (e: NodeJS.ErrnoException) => {
      code = e.code ?? '';
    });
    const start = performance.now();
    client.write('reset toxic payload\n');
    await closed(client);
    const d = performance.now() - start;
    return { value: d, held: code === 'ECONNRESET' && d >= 100 && d <= 210 };
  });

  const hang = await proxy('hang', sinkAddress, {});
  const timeout = await trials(10, async () => {
    const t = await hang.addToxic({
      type: 'timeout',
      stream: 'upstream',
      attributes: { timeout: 0 },
    } as never);
    const { client, server } = await through(hang.listen, sink);
    const both = Promise.all([closed(client), closed(server)]);
    client.resume();
    client.write('dropped');
    await new Promise((r) => setTimeout(r, 20));
    const start = performance.now();
    await t.remove();
    await both;
    const d = performance.now() - start;
    return { value: d, held: d <= 1000 };
  });

  for (const p of [lat, bw, rst, hang]) await p.remove();
  echo.server.close();
  sink.server.close();
  return [
    '| toxic | setting | tolerance (Toxiproxy’s tests) | held | mean | range |',
    '| --- | --- | --- | ---: | ---: | --- |',
    row('latency', '100 ms ± 10 upstream', 'server gets it in 100 ± (10 + 10) ms', latency),
    row('bandwidth', '480 kB at rate 1000 upstream', '480 ± 10 ms', bandwidth),
    row('reset_peer', 'timeout 100 upstream', 'ECONNRESET after 100 ms, within +110 ms', reset),
    row('timeout', 'timeout 0 upstream, then removed', 'both ends closed within 1 s', timeout),
  ];
}
