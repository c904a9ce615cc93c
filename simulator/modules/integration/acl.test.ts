/**
 * Anonymous-route lockdown (magento-rest.md §1): catalog and store reads declare admin resources,
 * so guests get 401 until "Allow Anonymous Guest Access" (`webapi/webapisecurity/allow_insecure`)
 * is 1; only Magento's listed GET routes open up.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Kernel, type Route, route, startKernel } from '../../../test/support/fuzz-kernel.ts';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';

const routes: Route[] = [
  route(
    { method: 'GET', path: '/V1/store/storeViews', resource: 'Magento_Backend::store' },
    (ctx) => ctx.user.type,
  ),
  route(
    { method: 'GET', path: '/V1/products/:sku', resource: 'Magento_Catalog::products' },
    (ctx) => ctx.user.type,
  ),
  route(
    { method: 'PUT', path: '/V1/products/:sku', resource: 'Magento_Catalog::products' },
    (ctx) => ctx.user.type,
  ),
];

let k: Kernel;
let c: MagentoTestClient;
before(async () => {
  k = await startKernel(routes);
  c = new MagentoTestClient(k.url);
});
after(() => k.close());

const denied = (resources: string) => ({
  message: "The consumer isn't authorized to access %resources.",
  parameters: { resources },
});

test('guests are refused catalog and store reads by default; admins are not', async () => {
  const views = await c.get('/rest/V1/store/storeViews');
  assert.deepEqual([views.status, views.body], [401, denied('Magento_Backend::store')]);
  const product = await c.get('/rest/V1/products/A');
  assert.deepEqual([product.status, product.body], [401, denied('Magento_Catalog::products')]);
  const admin = new MagentoTestClient(k.url);
  await admin.loginAdmin();
  assert.deepEqual((await admin.get('/rest/V1/store/storeViews')).body, 'admin');
});

test('allow_insecure = 1 opens the listed GET routes to guests, not the writes', async () => {
  k.services.store.transaction(() => k.services.config.set('webapi/webapisecurity/allow_insecure', '1'));
  try {
    assert.deepEqual((await c.get('/rest/V1/store/storeViews')).body, 'guest');
    assert.deepEqual((await c.get('/rest/V1/products/A')).body, 'guest');
    const write = await c.put('/rest/V1/products/A', {});
    assert.deepEqual([write.status, write.body], [401, denied('Magento_Catalog::products')]);
  } finally {
    k.services.store.transaction(() => k.services.config.set('webapi/webapisecurity/allow_insecure', '0'));
  }
});
