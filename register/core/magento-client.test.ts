import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { Credentials } from '../../contracts/driver.ts';
import { type Script, type ScriptedServer, startScriptedServer } from '../test-support/scripted-server.ts';
import { MagentoRejection } from './errors.ts';
import { MagentoClient } from './magento-client.ts';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

async function clientFor(script: Script, credentials: Credentials = { kind: 'token', token: 't0k' }) {
  server = await startScriptedServer(script);
  return new MagentoClient({ baseUrl: `${server.url}/`, storeCode: 'shop_fr', credentials, timeoutMs: 2000 });
}

test('every call carries the store code prefix; a call may name another store, all, or none', async () => {
  const client = await clientFor(() => ({ status: 200, body: [] }));
  await client.get('/V1/products/24-MB01');
  await client.post('/V1/products', { product: { sku: 'x' } }, { storeCode: 'all' });
  await client.put('/V1/carts/5/order', {}, { storeCode: 'shop_de' });
  await client.delete('/V1/carts/5/coupons', { storeCode: null });
  assert.deepEqual(
    server!.requests.map((r) => `${r.method} ${r.url}`),
    [
      'GET /rest/shop_fr/V1/products/24-MB01',
      'POST /rest/all/V1/products',
      'PUT /rest/shop_de/V1/carts/5/order',
      'DELETE /rest/V1/carts/5/coupons',
    ],
  );
  assert.equal(server!.requests[1]!.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(server!.requests[1]!.body), { product: { sku: 'x' } });
});

test('a bearer token is sent as is, and its 401 is a rejection (nothing to renew)', async () => {
  const client = await clientFor(() => ({
    status: 401,
    body: {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Sales::actions_view' },
    },
  }));
  const err = await client.get('/V1/orders/1').catch((e: unknown) => e);
  assert.ok(err instanceof MagentoRejection);
  assert.equal(err.renderedMessage, "The consumer isn't authorized to access Magento_Sales::actions_view.");
  assert.equal(server!.requests.length, 1);
  assert.equal(server!.requests[0]!.headers.authorization, 'Bearer t0k');
});

/** A Magento whose admin tokens are tok-1, tok-2…; only the latest one is accepted. */
function expiringAdminTokens() {
  let issued = 0;
  const logins: string[] = [];
  const script: Script = (req) => {
    if (req.url === '/rest/V1/integration/admin/token') {
      logins.push(req.body);
      return { status: 200, body: `tok-${++issued}` };
    }
    if (req.headers.authorization !== `Bearer tok-${issued}`) {
      return {
        status: 401,
        body: {
          message: "The consumer isn't authorized to access %resources.",
          parameters: { resources: 'Magento_Catalog::products' },
        },
      };
    }
    return { status: 200, body: { ok: req.url } };
  };
  return { script, logins, expire: () => void issued++ };
}

test('admin credentials: one login, then exactly one re-login on a 401 and the call succeeds', async () => {
  const magento = expiringAdminTokens();
  const client = await clientFor(magento.script, { kind: 'admin', username: 'admin', password: 'pw' });
  assert.deepEqual(await client.get('/V1/store/storeViews'), { ok: '/rest/shop_fr/V1/store/storeViews' });
  assert.deepEqual(
    magento.logins.map((b) => JSON.parse(b)),
    [{ username: 'admin', password: 'pw' }],
  );
  magento.expire(); // the token the client holds is now refused
  assert.deepEqual(await client.post('/V1/carts', {}), { ok: '/rest/shop_fr/V1/carts' });
  assert.equal(magento.logins.length, 2);
  const urls = server!.requests.map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(urls.slice(2), [
    'POST /rest/shop_fr/V1/carts',
    'POST /rest/V1/integration/admin/token',
    'POST /rest/shop_fr/V1/carts',
  ]);
});

test('admin credentials: concurrent 401s share one re-login', async () => {
  const magento = expiringAdminTokens();
  const client = await clientFor(magento.script, { kind: 'admin', username: 'admin', password: 'pw' });
  await client.get('/V1/a');
  magento.expire();
  const results = await Promise.all([client.get('/V1/b'), client.get('/V1/c'), client.get('/V1/d')]);
  assert.equal(results.length, 3);
  assert.equal(magento.logins.length, 2);
});

test('admin credentials: a 401 that a fresh token does not cure is a rejection after one re-login', async () => {
  let logins = 0;
  const client = await clientFor(
    (req) => {
      if (req.url.endsWith('/integration/admin/token')) return { status: 200, body: `tok-${++logins}` };
      return {
        status: 401,
        body: {
          message: "The consumer isn't authorized to access %resources.",
          parameters: { resources: 'self' },
        },
      };
    },
    { kind: 'admin', username: 'admin', password: 'pw' },
  );
  const err = await client.get('/V1/carts/mine').catch((e: unknown) => e);
  assert.ok(err instanceof MagentoRejection && err.status === 401);
  assert.equal(logins, 2);
  assert.equal(server!.requests.length, 4);
});

test('a failed admin login is a rejection with Magento message, and is not cached', async () => {
  const message =
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.';
  const client = await clientFor(() => ({ status: 401, body: { message } }), {
    kind: 'admin',
    username: 'a',
    password: 'b',
  });
  for (let i = 0; i < 2; i++) {
    const err = await client.get('/V1/x').catch((e: unknown) => e);
    assert.ok(err instanceof MagentoRejection);
    assert.equal(err.renderedMessage, message);
  }
  assert.equal(server!.requests.length, 2);
});

test('searchAll pages through searchCriteria results until total_count', async () => {
  const all = Array.from({ length: 7 }, (_, i) => ({ entity_id: i + 1 }));
  const client = await clientFor((req) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const size = Number(q.get('searchCriteria[pageSize]'));
    const page = Number(q.get('searchCriteria[currentPage]'));
    return {
      status: 200,
      body: { items: all.slice((page - 1) * size, page * size), total_count: all.length },
    };
  });
  const filterGroups = [[{ field: 'quote_id', value: 42 }]];
  const items = await client.searchAll('/V1/orders', { filterGroups, pageSize: 3 });
  assert.deepEqual(items, all);
  assert.equal(server!.requests.length, 3);
  const first = new URL(server!.requests[0]!.url, 'http://x').searchParams;
  assert.equal(first.get('searchCriteria[filter_groups][0][filters][0][field]'), 'quote_id');
  assert.equal(first.get('searchCriteria[filter_groups][0][filters][0][value]'), '42');
  assert.equal(first.get('searchCriteria[currentPage]'), '1');
});

test('searchAll stops on a short page even if total_count promised more', async () => {
  const client = await clientFor(() => ({ status: 200, body: { items: [{ id: 1 }], total_count: 50 } }));
  assert.deepEqual(await client.searchAll('/V1/orders', { pageSize: 10 }), [{ id: 1 }]);
  assert.equal(server!.requests.length, 1);
});
