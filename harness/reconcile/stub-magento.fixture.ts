import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test fixture: a scripted HTTP server standing in for Magento (or for something that is not
 * Magento), for what the simulator cannot show yet or ever: orders in bulk, a page past the end
 * answered with the last page, an HTML answer. Records every request it sees.
 */
export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}
export interface StubAnswer {
  status?: number;
  /** An object is sent as JSON, a string as HTML. */
  body: unknown;
}
export interface Stub {
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

export async function startStub(answer: (req: StubRequest) => StubAnswer): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(seen);
    const { status = 200, body } = answer(seen);
    const html = typeof body === 'string';
    res.writeHead(status, { 'content-type': html ? 'text/html' : 'application/json' });
    res.end(html ? body : JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Answers a getList request from `all`, honouring pageSize and currentPage like Magento 2.4.4+. */
export function page<T>(all: readonly T[], query: URLSearchParams): { items: T[]; total_count: number } {
  const size = Number(query.get('searchCriteria[pageSize]') ?? all.length);
  const current = Number(query.get('searchCriteria[currentPage]') ?? 1);
  return { items: all.slice((current - 1) * size, current * size), total_count: all.length };
}
