import type { Handler } from './handler.ts';
import { noContent } from './reply.ts';

/**
 * POST /reset: re-enable every proxy and remove all toxics (proxies and healthy connections stay;
 * removing a timeout toxic closes the connections it held). A proxy that cannot listen fails it.
 */
export const resetState: Handler = async (_req, ctx) => {
  for (const proxy of ctx.proxies.all()) {
    await proxy.start();
    await proxy.toxics.reset();
  }
  return noContent();
};

/** GET /version: exactly `{"version": "2.12.0"}` and a newline. */
export const version: Handler = (_req, ctx) => ({
  status: 200,
  body: `{"version": "${ctx.version}"}\n`,
  contentType: 'application/json;charset=utf-8',
});

/** /metrics (any method, only when metrics are on): Prometheus text. */
export const metrics: Handler = (_req, ctx) => ({
  status: 200,
  body: ctx.metrics?.render() ?? '',
  contentType: 'text/plain; version=0.0.4; charset=utf-8',
});
