/**
 * A small closed-loop HTTP load generator for the benches: `connections` keep-alive clients each
 * sending the next request as soon as the previous answer arrives, for `durationMs`.
 */
import http from 'node:http';

export interface LoadResult {
  requests: number;
  rps: number;
  errors: number;
}

export async function load(
  url: string,
  opts: { connections: number; durationMs: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(url);
  let requests = 0;
  let errors = 0;
  const until = performance.now() + opts.durationMs;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          agent,
          headers: opts.headers,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) requests++;
            else errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  agent.destroy();
  return { requests, errors, rps: requests / ((performance.now() - started) / 1000) };
}
