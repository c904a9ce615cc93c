import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { toApiError } from './errors.ts';
import type { ApiContext } from './handler.ts';
import { errorReply, plainError, type Reply } from './reply.ts';
import { requestId } from './request-id.ts';
import { findRoute } from './routes.ts';

export interface ApiServerOptions {
  readonly context: ApiContext;
  readonly metricsOn: boolean;
  /** Toxiproxy wraps handlers in a 25 s http.TimeoutHandler (503); tests may shorten it. */
  readonly handlerTimeoutMs?: number;
}

const TIMEOUT_BODY = '<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>';

/**
 * The Toxiproxy API over node:http, with gorilla/mux's behaviour around the route table: unknown
 * paths 404 `404 page not found`, a known path with another method 405; matched routes get an
 * `X-Toxiproxy-Request-Id` and refuse browsers (`User-Agent: Mozilla/…` → 403). Handlers that touch
 * proxies run one at a time, like Toxiproxy's collection locks.
 */
export function createApiServer(options: ApiServerOptions): Server {
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<Reply> {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return plainError(400, 'Bad Request');
    }
    const found = findRoute(req.method ?? 'GET', path, options.metricsOn);
    if (found === 'method') return { status: 405 };
    if (!found) return plainError(404, '404 page not found');
    res.setHeader('X-Toxiproxy-Request-Id', requestId());
    if ((req.headers['user-agent'] ?? '').startsWith('Mozilla/'))
      return plainError(403, 'User agent not allowed');
    const body = await readBody(req);
    const call = { method: req.method ?? 'GET', params: found.params, body };
    const run = () =>
      Promise.resolve(found.route.handler(call, options.context)).catch((err) => errorReply(toApiError(err)));
    return withTimeout(found.route.stateful ? serial(run) : run(), options.handlerTimeoutMs ?? 25_000);
  }

  const server = createServer({ keepAliveTimeout: 60_000, requestTimeout: 15_000 }, (req, res) => {
    answer(req, res).then(
      (reply) => send(res, reply),
      (err) => send(res, errorReply(toApiError(err))),
    );
  });
  return server;
}

function withTimeout(work: Promise<Reply>, ms: number): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Reply>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 503, body: TIMEOUT_BODY, contentType: 'text/html; charset=utf-8' }),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.contentType) res.setHeader('Content-Type', reply.contentType);
  if (reply.body === undefined) {
    res.writeHead(reply.status);
    res.end();
    return;
  }
  res.setHeader('Content-Length', Buffer.byteLength(reply.body));
  res.writeHead(reply.status);
  res.end(reply.body);
}
