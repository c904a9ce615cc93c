import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ControlRoute, matchControlRoute } from './route.ts';

/**
 * Serves the `/__sim` control API from its route table. Bodies are JSON; errors are
 * `{message}` with a 4xx status. When a control token is set, every call must carry it
 * (`Authorization: Bearer <token>` or `X-Posgate-Control-Token`).
 */
export function createControlHandler(routes: readonly ControlRoute[], token: string | undefined) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(Buffer.concat(chunks).toString('utf8')).catch((err: unknown) =>
        send(res, 500, { message: err instanceof Error ? err.message : String(err) }),
      );
    });
    async function handle(raw: string): Promise<void> {
      const url = new URL(req.url ?? '/', 'http://sim');
      if (token) {
        const given =
          req.headers['x-posgate-control-token'] ?? req.headers.authorization?.replace(/^Bearer /i, '');
        if (given !== token)
          return send(res, 401, { message: 'The control API needs its token (X-Posgate-Control-Token).' });
      }
      const path = url.pathname.replace(/^\/__sim/, '') || '/';
      const found = matchControlRoute(routes, req.method ?? 'GET', path);
      if (!found) return send(res, 404, { message: `No control route ${req.method} /__sim${path}` });
      let body: unknown = {};
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { message: 'The request body is not valid JSON.' });
        }
      }
      try {
        const out = await found.route.handler({ body, query: url.searchParams, params: found.params });
        send(res, out === undefined ? 204 : 200, out);
      } catch (err) {
        const status = (err as { status?: number }).status ?? 400;
        send(res, status, { message: err instanceof Error ? err.message : String(err) });
      }
    }
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    res.writeHead(204).end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
