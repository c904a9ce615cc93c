/**
 * Seeded fuzzing of every route in the simulator's table (routes added later are fuzzed
 * automatically). For each route: malformed JSON on POST/PUT is `400 Decoding error.`; random and
 * boundary bodies, path parameters and query strings, sent with an admin token (a customer token
 * on `self` routes, logged in afresh for each), always get a 2xx or a Magento-shaped 4xx, never a 5xx, and the server keeps
 * answering. Afterwards known-good requests still work.
 *
 * Runs per route: 20, or `POSGATE_FUZZ_RUNS`. The seed is fixed (SEED + route index) and printed
 * with any failure, so a failure replays exactly.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Route } from '../simulator/http/route.ts';
import { createSimulator, type Simulator } from '../simulator/index.ts';
import { ROUTES } from '../simulator/routes.ts';
import { bodyText, MALFORMED_JSON, pathParams, queryText } from './support/fuzz-arbitraries.ts';
import { magentoShapeProblem } from './support/fuzz-shape.ts';
import { MagentoTestClient } from './support/magento-client.ts';

const SEED = 20_240_611;
const RUNS = Number(process.env['POSGATE_FUZZ_RUNS'] ?? 20);
const FUZZ_CUSTOMER = { email: 'fuzz.customer@example.com', password: 'Fuzz-Secret-123' };

let sim: Simulator;
let admin: string;
let customer: string | undefined;

before(async () => {
  // The newest release in the Commerce edition, so every route of the table exists (no route has
  // an `until` version); the POS extension is on by default.
  sim = await createSimulator({ edition: 'commerce', version: '2.4.9' });
  const c = new MagentoTestClient(sim.url);
  admin = await c.loginAdmin();
});
after(() => sim.close());

/**
 * A fresh customer token for `self` routes when the customer routes exist, else undefined. Fuzzing
 * may have revoked the last one, changed the customer or deleted it, so it logs in again and
 * creates the customer when that fails.
 */
async function customerToken(): Promise<string | undefined> {
  const c = new MagentoTestClient(sim.url);
  const login = () =>
    c.call<string>('POST', '/rest/V1/integration/customer/token', {
      username: FUZZ_CUSTOMER.email,
      password: FUZZ_CUSTOMER.password,
    });
  let t = await login();
  if (t.status !== 200) {
    await c.call('POST', '/rest/V1/customers', {
      customer: { email: FUZZ_CUSTOMER.email, firstname: 'Fuzz', lastname: 'Tester' },
      password: FUZZ_CUSTOMER.password,
    });
    t = await login();
  }
  return t.status === 200 ? t.body : undefined;
}

const needsSelf = (r: Route) => (typeof r.resource === 'string' ? [r.resource] : r.resource).includes('self');
const tokenFor = (r: Route) => (needsSelf(r) && customer ? customer : admin);
const paramCount = (r: Route) => r.path.split('/').filter((s) => s.startsWith(':')).length;

function fill(r: Route, params: string[]): string {
  let i = 0;
  return r.path
    .split('/')
    .map((s) => (s.startsWith(':') ? (params[i++] ?? 'x') : s))
    .join('/');
}

async function send(r: Route, path: string, body: string | undefined, query = '') {
  const res = await fetch(`${sim.url}/rest/default${path}${query ? `?${query}` : ''}`, {
    method: r.method,
    headers: {
      authorization: `Bearer ${tokenFor(r)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: Buffer.from(body) }),
  });
  return { status: res.status, text: await res.text() };
}

/** The server still answers (with Magento's 404 for a route that does not exist). */
async function assertAlive(label: string): Promise<void> {
  const res = await fetch(`${sim.url}/rest/V1/fuzz-liveness-probe`);
  assert.equal(res.status, 404, `the simulator stopped answering after fuzzing ${label}`);
  await res.text();
}

for (const [index, r] of ROUTES.entries()) {
  const label = `${r.method} ${r.path}`;
  const hasBody = r.method === 'POST' || r.method === 'PUT';
  test(`fuzz ${label}`, async () => {
    customer = needsSelf(r) ? await customerToken() : undefined;
    const dummy = fill(r, Array(paramCount(r)).fill('fuzz-x'));
    if (hasBody && (!needsSelf(r) || customer)) {
      for (const bad of MALFORMED_JSON) {
        const res = await send(r, dummy, bad);
        assert.deepEqual(
          [res.status, res.text],
          [400, '{"message":"Decoding error."}'],
          `${label} with ${bad}`,
        );
      }
    }
    const input = fc.record({
      params: pathParams(paramCount(r)),
      body: hasBody ? bodyText : fc.constant(undefined),
      query: hasBody ? fc.constant('') : queryText,
    });
    const seed = SEED + index;
    try {
      await fc.assert(
        fc.asyncProperty(input, async ({ params, body, query }) => {
          const res = await send(r, fill(r, params), body, query);
          const problem = magentoShapeProblem(res.status, res.text);
          assert.equal(problem, null, `${problem}: ${res.text.slice(0, 500)}`);
        }),
        { seed, numRuns: RUNS },
      );
    } catch (err) {
      const cause = (err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : '';
      throw new Error(
        `fuzz ${label} failed (seed ${seed}, runs ${RUNS}): ${(err as Error).message}\n${cause}`,
      );
    }
    await assertAlive(label);
  });
}

test('after fuzzing, known-good requests still succeed', async () => {
  const c = new MagentoTestClient(sim.url);
  assert.match(await c.loginAdmin(), /^[0-9a-f]{32}$/);
  const routes = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
  if (routes.has('GET /V1/store/storeViews')) {
    const views = await c.get<Array<{ code: string }>>('/V1/store/storeViews');
    assert.equal(views.status, 200);
    assert.ok(views.body.some((v) => v.code === 'default'));
  }
  if (routes.has('GET /V1/products'))
    assert.equal((await c.get('/V1/products?searchCriteria[pageSize]=1')).status, 200);
  if (routes.has('GET /V1/inventory/sources')) {
    assert.equal((await c.get('/V1/inventory/sources?searchCriteria=')).status, 200);
  }
});
