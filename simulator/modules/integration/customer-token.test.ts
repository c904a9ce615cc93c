/**
 * Customer tokens and `self` routes (magento-rest.md §1): login per website (account sharing),
 * the one-hour lifetime, `self` only for customers of the URL's store, and the revocation route.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import {
  type Kernel,
  type Route,
  route,
  secondWebsite,
  startKernel,
} from '../../../test/support/fuzz-kernel.ts';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import type { Services } from '../../context.ts';
import { setCustomerPassword } from './customer-token.ts';

const routes: Route[] = [
  route({ method: 'GET', path: '/V1/test/me', resource: 'self' }, (ctx) => ctx.user),
  route(
    { method: 'GET', path: '/V1/test/me-or-admin', resource: ['self', 'Magento_Test::admin'] },
    () => 'ok',
  ),
];
const TOKEN = '/V1/integration/customer/token';
const SIGN_IN = {
  message:
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
};
const SELF_DENIED = {
  message: "The consumer isn't authorized to access %resources.",
  parameters: { resources: 'self' },
};
const ANNA = { username: 'anna@example.com', password: 'Secret123' };

function customers(s: Services): void {
  s.store.put('customers', '1', { id: 1, email: 'anna@example.com', website_id: 1, firstname: 'Anna' });
  s.store.put('customers', '2', { id: 2, email: 'anna@example.com', website_id: 2, firstname: 'Anne' });
  setCustomerPassword(s, 1, 'Secret123');
  setCustomerPassword(s, 2, 'Other456');
}

let k: Kernel;
let c: MagentoTestClient;
before(async () => {
  k = await startKernel(routes, { prepare: [secondWebsite, customers] });
  c = new MagentoTestClient(k.url);
});
after(() => k.close());
beforeEach(() => {
  k.runtime.reset();
  k.runtime.clock.freeze();
});

async function token(body: unknown, prefix = '/rest') {
  const r = await c.call<string>('POST', `${prefix}${TOKEN}`, body);
  return [r.status, r.body] as const;
}
async function me(t: string, prefix = '/rest') {
  const r = await c.call('GET', `${prefix}/V1/test/me`, undefined, { authorization: `Bearer ${t}` });
  return [r.status, r.body] as const;
}

test('the customer of the URL website with the right password gets a token for self routes', async () => {
  const [status, t] = await token(ANNA);
  assert.equal(status, 200);
  assert.deepEqual(await me(t), [200, { type: 'customer', id: 1, resources: [] }]);
  const [, t2] = await token({ username: 'ANNA@example.com', password: 'Other456' }, '/rest/fr');
  assert.deepEqual(await me(t2, '/rest/fr'), [200, { type: 'customer', id: 2, resources: [] }]);
});

test('wrong password, other website, /rest/all: the same 401; required fields as for admins', async () => {
  assert.deepEqual(await token({ ...ANNA, password: 'nope' }), [401, SIGN_IN]);
  assert.deepEqual(await token(ANNA, '/rest/fr'), [401, SIGN_IN], 'customer 1 belongs to website base');
  assert.deepEqual(await token(ANNA, '/rest/all'), [401, SIGN_IN]);
  assert.deepEqual(await token({ password: 'x' }), [
    400,
    { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'username' } },
  ]);
});

test('self routes: only in stores the customer shares, never for admins or guests', async () => {
  const [, t] = await token(ANNA);
  assert.deepEqual(await me(t, '/rest/fr'), [401, SELF_DENIED]);
  assert.deepEqual(await me(t, '/rest/all'), [401, SELF_DENIED]);
  const admin = await c.post<string>('/V1/integration/admin/token', {
    username: 'admin',
    password: 'posgate123',
  });
  assert.deepEqual(await me(admin.body), [401, SELF_DENIED]);
  const guest = await c.get('/rest/V1/test/me');
  assert.deepEqual([guest.status, guest.body], [401, SELF_DENIED]);
});

test('global accounts (customer/account_share/scope = 0): any website logs in and shares stores', async () => {
  k.services.store.transaction(() => k.services.config.set('customer/account_share/scope', '0'));
  const [status, t] = await token(ANNA, '/rest/fr');
  assert.equal(status, 200);
  assert.equal((await me(t, '/rest/fr'))[0], 200);
});

test('a route with several resources needs all of them (Magento ANDs them)', async () => {
  const [, t] = await token(ANNA);
  const r = await c.call('GET', '/rest/V1/test/me-or-admin', undefined, { authorization: `Bearer ${t}` });
  assert.deepEqual(
    [r.status, r.body],
    [
      401,
      {
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'self, Magento_Test::admin' },
      },
    ],
  );
});

test('a customer token lives oauth/access_token_lifetime/customer hours (1)', async () => {
  const [, t] = await token(ANNA);
  k.runtime.clock.advance(3_599_999);
  assert.equal((await me(t))[0], 200);
  k.runtime.clock.advance(1);
  assert.deepEqual(await me(t), [401, SELF_DENIED]);
});

test('customers are locked after 6 failures too, per user name', async () => {
  for (let i = 0; i < 6; i++) await token({ ...ANNA, password: 'bad' });
  assert.deepEqual(await token(ANNA), [401, SIGN_IN]);
  k.runtime.clock.advance(1_800_000);
  assert.equal((await token(ANNA))[0], 200);
});

test('revoke-customer-token (self) answers true and ends every token of the customer', async () => {
  const [, t1] = await token(ANNA);
  const [, t2] = await token(ANNA);
  const r = await c.call('POST', '/rest/V1/integration/customer/revoke-customer-token', undefined, {
    authorization: `Bearer ${t1}`,
  });
  assert.deepEqual([r.status, r.body], [200, true]);
  assert.deepEqual(await me(t1), [401, SELF_DENIED]);
  assert.deepEqual(await me(t2), [401, SELF_DENIED]);
  const guest = await c.post('/V1/integration/customer/revoke-customer-token', {});
  assert.deepEqual([guest.status, guest.body], [401, SELF_DENIED]);
});
