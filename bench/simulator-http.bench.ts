/**
 * Simulator read speed: GET product by SKU and GET salable quantity in requests per second, each as
 * a ratio to a bare Express handler returning the same JSON in the same run (goal >= 0.8).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSimulator } from '../simulator/index.ts';
import { load } from './load.ts';

const DURATION_MS = 3000;
const CONNECTIONS = 8;

export default async function (): Promise<string> {
  const sim = await createSimulator({ scenario: 'single-shop' });
  const tokenRes = await fetch(`${sim.url}/rest/V1/integration/admin/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'posgate123' }),
  });
  const headers = { authorization: `Bearer ${(await tokenRes.json()) as string}` };
  const paths = {
    'GET /V1/products/:sku': '/rest/default/V1/products/MUG-001',
    'GET /V1/inventory/get-product-salable-quantity/:sku/:stockId':
      '/rest/default/V1/inventory/get-product-salable-quantity/MUG-001/2',
  };
  const rows: string[] = [];
  for (const [name, path] of Object.entries(paths)) {
    const body = await (await fetch(`${sim.url}${path}`, { headers })).text();
    const bare = express();
    bare.get('/*splat', (_req, res) => {
      res.type('application/json').send(body);
    });
    const server = bare.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    await load(bareUrl, { connections: CONNECTIONS, durationMs: 500 });
    await load(`${sim.url}${path}`, { connections: CONNECTIONS, durationMs: 500, headers });
    const base = await load(bareUrl, { connections: CONNECTIONS, durationMs: DURATION_MS });
    const simr = await load(`${sim.url}${path}`, {
      connections: CONNECTIONS,
      durationMs: DURATION_MS,
      headers,
    });
    server.close();
    const ratio = simr.rps / base.rps;
    rows.push(
      `| \`${name}\` | ${simr.rps.toFixed(0)} | ${base.rps.toFixed(0)} | **${ratio.toFixed(2)}** ${ratio >= 0.8 ? '(goal met)' : '(goal 0.8 missed)'} | ${simr.errors + base.errors} |`,
    );
  }
  await sim.close();
  return [
    '## Simulator reads (`bench/simulator-http.bench.ts`)',
    '',
    `${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s each, client in the same process. Baseline: a bare`,
    'Express 5 handler returning the same JSON body. Goal: ratio >= 0.8.',
    '',
    '| route | simulator req/s | bare Express req/s | ratio | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
