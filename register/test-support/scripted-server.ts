import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server for the client's tests, scripted per test: each request is recorded and
 * answered by the script (a status and a JSON `body` or raw `text`, or a misbehaviour: never
 * answer, hang up).
 * Listens on port 0 (loopback); `close()` also drops connections left hanging.
 */
export interface SeenRequest {
  method: string;
  /** Path and query as sent, e.g. `/rest/default/V1/orders?searchCriteria...`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; body?: unknown; text?: string }
  | 'hang' // never answer (a timeout for the client)
  | 'hang-up'; // destroy the socket without answering (socket hang up)

export type Script = (req: SeenRequest, index: number) => Reply | Promise<Reply>;

export interface ScriptedServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      const reply = await script(seen, requests.length - 1);
      if (reply === 'hang') return;
      if (reply === 'hang-up') return void req.socket.destroy();
      const text = reply.text ?? JSON.stringify(reply.body ?? null);
      const type = reply.text === undefined ? 'application/json' : 'text/html';
      res.writeHead(reply.status, { 'content-type': type, ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL where nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const s = await startScriptedServer(() => ({ status: 200 }));
  await s.close();
  return s.url;
}
