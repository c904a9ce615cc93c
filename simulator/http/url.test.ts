/**
 * URL forms and routing (magento-rest.md §2): store prefixes, `all`, unknown codes and routes,
 * the method check, case and slash handling, path-parameter decoding, and the journal entry of
 * an unhandled request.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Kernel, secondWebsite, startKernel } from '../../test/support/fuzz-kernel.ts';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator } from '../index.ts';
import { type Route, route } from './route.ts';

const routes: Route[] = [
  route({ method: 'GET', path: '/V1/test/scope', resource: 'anonymous' }, (ctx) => ctx.scope),
  route({ method: 'POST', path: '/V1/test/scope', resource: 'anonymous' }, (ctx) => ctx.scope),
  route({ method: 'GET', path: '/V1/test/admin', resource: 'Magento_Test::admin' }, () => 'ok'),
  route({ method: 'GET', path: '/V1/test/items/:id', resource: 'anonymous' }, (ctx) => ctx.params),
  route({ method: 'GET', path: '/V1/test/items/mine', resource: 'anonymous' }, () => 'literal wins'),
  route({ method: 'GET', path: '/V1/test/:a/pair/:b', resource: 'anonymous' }, (ctx) => ctx.params),
];
const NO_ROUTE = { message: 'Request does not match any route.' };

let k: Kernel;
let c: MagentoTestClient;
before(async () => {
  k = await startKernel(routes, { prepare: [secondWebsite] });
  c = new MagentoTestClient(k.url);
});
after(() => k.close());

test('/rest/V1 and /rest/default/V1 run in the default store view; /rest/fr/V1 in view fr', async () => {
  const scope = { storeId: 1, storeCode: 'default', websiteId: 1, websiteCode: 'base', isAll: false };
  assert.deepEqual((await c.get('/rest/V1/test/scope')).body, scope);
  assert.deepEqual((await c.get('/rest/default/V1/test/scope')).body, scope);
  assert.deepEqual((await c.get('/rest/fr/V1/test/scope')).body, {
    storeId: 2,
    storeCode: 'fr',
    websiteId: 2,
    websiteCode: 'second',
    isAll: false,
  });
});

test('/rest/all/V1 is the admin store; GET there is refused, but only after route and ACL', async () => {
  assert.deepEqual((await c.post('/rest/all/V1/test/scope', {})).body, {
    storeId: 0,
    storeCode: 'admin',
    websiteId: 0,
    websiteCode: 'admin',
    isAll: true,
  });
  const get = await c.get('/rest/all/V1/test/scope');
  assert.equal(get.status, 400);
  assert.deepEqual(get.body, { message: "Cannot perform GET operation with store code 'all'" });
  assert.deepEqual(await status(c.get('/rest/all/V1/test/nothing')), [404, NO_ROUTE]);
  assert.deepEqual(await status(c.get('/rest/all/V1/test/admin')), [
    401,
    {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Test::admin' },
    },
  ]);
  const admin = new MagentoTestClient(k.url);
  await admin.loginAdmin();
  assert.equal((await admin.get('/rest/all/V1/test/admin')).status, 400);
});

test('an unknown or the admin store code stays part of the path: 404', async () => {
  assert.deepEqual(await status(c.get('/rest/nosuch/V1/test/scope')), [404, NO_ROUTE]);
  assert.deepEqual(await status(c.get('/rest/admin/V1/test/scope')), [404, NO_ROUTE]);
});

test('methods other than GET/POST/PUT/DELETE: 400 Request method is invalid.', async () => {
  for (const method of ['PATCH', 'OPTIONS']) {
    const r = await c.call(method, '/rest/V1/test/scope');
    assert.deepEqual([r.status, r.body], [400, { message: 'Request method is invalid.' }], method);
  }
});

test('a path known under another method only, or in another case, matches no route', async () => {
  assert.deepEqual(await status(c.call('DELETE', '/rest/V1/test/scope')), [404, NO_ROUTE]);
  assert.deepEqual(await status(c.get('/rest/V1/TEST/scope')), [404, NO_ROUTE]);
  assert.deepEqual(await status(c.get('/rest/v1/test/scope')), [404, NO_ROUTE]);
});

test('slashes: a trailing one is ignored, a double one is an empty segment', async () => {
  assert.equal((await c.get('/rest/V1/test/scope/')).status, 200);
  assert.deepEqual((await c.get('/rest/V1/test//pair/x')).body, { a: '', b: 'x' });
  assert.deepEqual(await status(c.get('/rest/V1//test/scope')), [404, NO_ROUTE]);
});

test('path parameters are urldecoded: %2F a slash, + a space, a bad escape kept', async () => {
  assert.deepEqual((await c.get('/rest/V1/test/items/a%2Fb')).body, { id: 'a/b' });
  assert.deepEqual((await c.get('/rest/V1/test/items/A+B%2B')).body, { id: 'A B+' });
  assert.deepEqual((await c.get('/rest/V1/test/items/100%25%zz')).body, { id: '100%%zz' });
  assert.equal((await c.get('/rest/V1/test/items/mine')).body, 'literal wins');
});

test('an unknown route is journaled as unhandled, with method and URL', async () => {
  const sim = await createSimulator();
  try {
    const s = new MagentoTestClient(sim.url);
    const r = await s.get('/rest/default/V1/nowhere?x=1');
    assert.deepEqual([r.status, r.body], [404, NO_ROUTE]);
    const j = await s.get<Array<Record<string, unknown>>>('/__sim/journal?unhandled=1');
    assert.equal(j.body.length, 1);
    assert.deepEqual(
      { ...j.body[0], seq: 0, at: 0, durationMs: 0 },
      {
        seq: 0,
        at: 0,
        durationMs: 0,
        method: 'GET',
        url: '/rest/default/V1/nowhere?x=1',
        status: 404,
        route: null,
        unhandled: true,
        user: 'unknown',
        storeCode: 'default',
        error: 'Request does not match any route.',
      },
    );
  } finally {
    await sim.close();
  }
});

async function status(p: Promise<{ status: number; body: unknown }>): Promise<[number, unknown]> {
  const r = await p;
  return [r.status, r.body];
}
