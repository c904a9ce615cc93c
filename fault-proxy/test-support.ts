import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { type ICreateToxicBody, Toxiproxy } from 'toxiproxy-node-client';
import { createFaultProxy, type FaultProxy, type FaultProxyOptions } from './index.ts';

/**
 * Helpers for the fault proxy's tests: local TCP servers on port 0, a fault proxy with a seeded
 * client, raw API calls, and socket probes that report what the peer saw and when.
 */

/** How long a helper waits for something that should happen before failing the test (no hangs). */
const WAIT_MS = 10_000;

export interface Peer {
  readonly port: number;
  readonly address: string;
  /** Server-side sockets, in accept order. */
  readonly sockets: Socket[];
  /** Resolves with the next accepted socket. */
  accepted(): Promise<Socket>;
  close(): Promise<void>;
}

/** A TCP server on 127.0.0.1:0; `onSocket` decides what it does (echo by default). */
export async function startServer(onSocket: (s: Socket) => void = (s) => s.pipe(s)): Promise<Peer> {
  const sockets: Socket[] = [];
  const waiting: Array<(s: Socket) => void> = [];
  const server: Server = createServer((s) => {
    s.on('error', () => {});
    sockets.push(s);
    onSocket(s);
    waiting.shift()?.(s);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  server.unref(); // a test server left open by a failed test must not keep the process alive
  const port = (server.address() as AddressInfo).port;
  let seen = 0;
  return {
    port,
    address: `127.0.0.1:${port}`,
    sockets,
    accepted: () =>
      within(
        WAIT_MS,
        'accepted connection',
        seen < sockets.length
          ? Promise.resolve(sockets[seen++] as Socket)
          : new Promise((resolve) =>
              waiting.push((s) => {
                seen++;
                resolve(s);
              }),
            ),
      ),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Casts a loose toxic body for toxiproxy-node-client (its types mark every field required). */
export const toxic = (body: Record<string, unknown>) =>
  body as unknown as ICreateToxicBody<Record<string, number>>;

export interface Harness {
  readonly fp: FaultProxy;
  readonly client: Toxiproxy;
  /** Creates a proxy to `upstream` on 127.0.0.1:0 and returns its bound `host:port`. */
  proxy(name: string, upstream: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(options: FaultProxyOptions = {}): Promise<Harness> {
  const fp = await createFaultProxy({ port: 0, seed: 42, ...options });
  const client = new Toxiproxy(fp.url);
  return {
    fp,
    client,
    proxy: async (name, upstream) =>
      (await client.createProxy({ name, listen: '127.0.0.1:0', upstream })).listen,
    close: () => fp.close(),
  };
}

/** A raw call: status, headers and the exact body text. */
export async function api(
  url: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(url + path, { method, body, headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Connects to `host:port`; resolves when connected. */
export async function dial(address: string): Promise<Socket> {
  const colon = address.lastIndexOf(':');
  const socket = connect({ host: address.slice(0, colon), port: Number(address.slice(colon + 1)) });
  socket.setNoDelay(true);
  await once(socket, 'connect');
  return socket;
}

/** Whether something accepts connections at `address`. */
export async function isListening(address: string): Promise<boolean> {
  try {
    (await dial(address)).destroy();
    return true;
  } catch {
    return false;
  }
}

/** Collects a socket's data; `bytes(n)` waits until n bytes arrived (failing after WAIT_MS). */
export function collect(socket: Socket): { data: () => Buffer; bytes: (n: number) => Promise<Buffer> } {
  const chunks: Buffer[] = [];
  let total = 0;
  const waiters: Array<{ n: number; resolve: (b: Buffer) => void }> = [];
  socket.on('data', (d: Buffer) => {
    chunks.push(d);
    total += d.length;
    for (const w of [...waiters])
      if (total >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(Buffer.concat(chunks));
      }
  });
  return {
    data: () => Buffer.concat(chunks),
    bytes: (n) =>
      total >= n
        ? Promise.resolve(Buffer.concat(chunks))
        : within(
            WAIT_MS,
            `${n} bytes (got ${total})`,
            new Promise((resolve) => waiters.push({ n, resolve })),
          ),
  };
}

/** How a socket ended: 'end' (EOF), an error code such as 'ECONNRESET', and when (ms). */
export function ending(socket: Socket): Promise<{ how: string; at: number }> {
  const closed = new Promise<{ how: string; at: number }>((resolve) => {
    let how = 'close';
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (how === 'close') how = err.code ?? 'error';
    });
    socket.on('end', () => {
      if (how === 'close') how = 'end';
    });
    socket.on('close', () => resolve({ how, at: performance.now() }));
    socket.resume(); // a paused socket never sees its end
  });
  const result = within(WAIT_MS, 'socket close', closed);
  result.catch(() => {}); // reported where awaited; some callers only look at it on one path
  return result;
}

/** A free port on 127.0.0.1 (bound then released). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Upper-bound allowance for timing assertions on a busy two-core machine (lower bounds are strict). */
export const SLACK_MS = 400;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves `promise`, or rejects after `ms` with `what` (keeps a broken test from hanging). */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
