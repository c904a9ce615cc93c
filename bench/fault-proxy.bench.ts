/**
 * The fault proxy's cost and accuracy, in one run:
 * 1. HTTP keep-alive requests to a local HTTP server, sent directly and through a proxy without
 *    toxics (the proxy in its own process, as Toxiproxy runs, and in process, as the embedded
 *    harness runs it): throughput ratio and added latency.
 * 2. Toxic accuracy against the tolerances of Toxiproxy's own Go tests (fault-proxy-accuracy.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { Toxiproxy } from 'toxiproxy-node-client';
import { createFaultProxy } from '../fault-proxy/index.ts';
import { toxicAccuracy } from './fault-proxy-accuracy.ts';

const THROUGHPUT_MS = 1000;
const ROUNDS = 5;
const CONCURRENCY = 16;
const LATENCY_SAMPLES = 1500;

type Mode = 'direct' | 'separate process' | 'in process';

interface Target {
  mode: Mode;
  port: number;
}

const _sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const us = (ms: number) => `${Math.round(ms * 1000)} µs`;
const _ms1 = (ms: number) => `${ms.toFixed(1)} ms`;

/** Starts the fault proxy in a child process and resolves with its API URL. */
async function childProxy(): Promise<{ url: string; child: ChildProcess }> {
  const entry = new URL('../fault-proxy/index.ts', import.meta.url).href;
  const code = `const { createFaultProxy } = await import(${JSON.stringify(entry)});
const fp = await createFaultProxy({ port: 0, seed: 1 });
process.stdout.write(fp.url + '\\n');
process.on('SIGTERM', () => fp.close().then(() => process.exit(0)));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  return { url: line.toString().trim(), child };
}

async function proxyPort(api: Toxiproxy, name: string, upstream: number): Promise<number> {
  const p = await api.createProxy({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${upstream}` });
  return Number(p.listen.split(':').pop());
}

function get(agent: Agent, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

async function throughput(target: Target): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  for (let i = 0; i < CONCURRENCY * 4; i++) await get(agent, target.port);
  let done = 0;
  const until = performance.now() + THROUGHPUT_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await get(agent, target.port);
        done++;
      }
    }),
  );
  agent.destroy();
  return done / (THROUGHPUT_MS / 1000);
}

async function roundTrips(target: Target, n: number, agent: Agent): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await get(agent, target.port);
    out.push(performance.now() - start);
  }
  return out;
}

/** Per path: requests/s of each round (the paths take turns, so load drifts hit all of them). */
async function throughputRounds(targets: Target[]): Promise<Map<Mode, number[]>> {
  const rps = new Map<Mode, number[]>(targets.map((t) => [t.mode, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const t of targets) rps.get(t.mode)?.push(await throughput(t));
  return rps;
}

/** Per path: round-trip times, taken in interleaved blocks of 100 on one keep-alive connection. */
async function latencySamples(targets: Target[]): Promise<Map<Mode, number[]>> {
  const rtts = new Map<Mode, number[]>(targets.map((t) => [t.mode, []]));
  const agents = new Map(targets.map((t) => [t.mode, new Agent({ keepAlive: true, maxSockets: 1 })]));
  for (const t of targets) await roundTrips(t, 100, agents.get(t.mode) as Agent);
  for (let block = 0; block < LATENCY_SAMPLES / 100; block++)
    for (const t of targets)
      rtts.get(t.mode)?.push(...(await roundTrips(t, 100, agents.get(t.mode) as Agent)));
  for (const a of agents.values()) a.destroy();
  return rtts;
}

async function overhead(targets: Target[]): Promise<string[]> {
  const rps = await throughputRounds(targets);
  const rtts = await latencySamples(targets);
  const directRps = rps.get('direct') ?? [];
  const directRtt = rtts.get('direct') ?? [];
  const base = [mean(directRtt), percentile(directRtt, 50), percentile(directRtt, 99)];
  const rows = [
    '| path | requests/s (mean) | ratio to direct (median of rounds) | round trip mean / p50 / p99 | added one-way mean / p50 / p99 |',
    '| --- | ---: | ---: | --- | --- |',
  ];
  const verdicts: string[] = [];
  for (const t of targets) {
    const own = rps.get(t.mode) ?? [];
    const ratio = percentile(
      own.map((r, i) => r / (directRps[i] ?? r)),
      50,
    );
    const rtt = rtts.get(t.mode) ?? [];
    const stats = [mean(rtt), percentile(rtt, 50), percentile(rtt, 99)];
    const added = stats.map((s, i) => (s - (base[i] as number)) / 2);
    const addedText = t.mode === 'direct' ? '—' : added.map(us).join(' / ');
    rows.push(
      `| ${t.mode} | ${Math.round(mean(own))} | ${ratio.toFixed(2)} | ${stats.map(us).join(' / ')} | ${addedText} |`,
    );
    if (t.mode === 'direct') continue;
    const oneWay = added[0] as number;
    verdicts.push(
      `- ${t.mode}: mean added one-way latency ${us(oneWay)} (goal ≤ 300 µs: ${oneWay <= 0.3 ? 'met' : 'missed'}); throughput ${ratio.toFixed(2)} of direct (goal ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'missed'}).`,
    );
  }
  return [...rows, '', ...verdicts];
}

export default async function faultProxyBench(): Promise<string> {
  const http = createHttpServer({ keepAliveTimeout: 10_000 }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '2' });
    res.end('ok');
  }).listen(0, '127.0.0.1');
  await once(http, 'listening');
  const httpPort = (http.address() as AddressInfo).port;

  const { url, child } = await childProxy();
  const separate = new Toxiproxy(url);
  const local = await createFaultProxy({ port: 0, seed: 1 });
  const inProcess = new Toxiproxy(local.url);
  const targets: Target[] = [
    { mode: 'direct', port: httpPort },
    { mode: 'separate process', port: await proxyPort(separate, 'http', httpPort) },
    { mode: 'in process', port: await proxyPort(inProcess, 'http', httpPort) },
  ];
  const loadBefore = loadavg()[0] ?? 0;
  const cost = await overhead(targets);
  const toxics = await toxicAccuracy(separate);

  child.kill('SIGTERM');
  await once(child, 'exit');
  await local.close();
  http.close();
  http.closeAllConnections();

  return [
    '## Fault proxy (Toxiproxy-compatible)',
    '',
    `HTTP/1.1 keep-alive GETs of a 2-byte body from a local node:http server, sent directly and through a`,
    'fault proxy with no toxics: once with the proxy in its own process (how Toxiproxy and `posgate proxy` run;',
    'the client and server share the bench process), once in process (how the embedded harness runs it).',
    `Throughput: ${CONCURRENCY} concurrent keep-alive connections for ${THROUGHPUT_MS / 1000} s per path, in ${ROUNDS}`,
    'rounds taking turns; the ratio is the median of the per-round ratios. Latency:',
    `${LATENCY_SAMPLES} sequential requests per path on one keep-alive connection, in interleaved blocks of 100;`,
    'added one-way latency = (proxied round trip − direct round trip) / 2, for the mean and each percentile.',
    '',
    ...cost,
    '',
    `Machine load while measuring: 1-minute load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cpus().length} cores${
      (loadavg()[0] ?? 0) > cpus().length
        ? ' (other work competed for the CPU: the figures above are noisy)'
        : ''
    }.`,
    '',
    'Toxic accuracy (proxy in its own process; each trial a new connection, the clock started once the proxy',
    'is connected upstream, as in Toxiproxy’s tests):',
    '',
    ...toxics,
  ].join('\n');
}
