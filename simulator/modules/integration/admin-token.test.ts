/**
 * Admin tokens (magento-rest.md §1): issuing, required credentials, bearer parsing, lifetimes on
 * the injected clock, the lock after 6 failures for 1800 s, and the two-factor refusal.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { type Kernel, type Route, route, startKernel } from '../../../test/support/fuzz-kernel.ts';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { upsertAdminUser } from './admin-users.ts';

const routes: Route[] = [
  route({ method: 'GET', path: '/V1/test/admin', resource: 'Magento_Test::admin' }, (ctx) => ctx.user),
  route({ method: 'GET', path: '/V1/test/anon', resource: 'anonymous' }, (ctx) => ctx.user),
];
const TOKEN = '/rest/V1/integration/admin/token';
const ADMIN = { username: 'admin', password: 'posgate123' };
const SIGN_IN = {
  message:
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
};
const DENIED = {
  message: "The consumer isn't authorized to access %resources.",
  parameters: { resources: 'Magento_Test::admin' },
};
const HOUR = 3_600_000;

let k: Kernel;
let c: MagentoTestClient;
before(async () => {
  k = await startKernel(routes);
  c = new MagentoTestClient(k.url);
});
after(() => k.close());
beforeEach(() => {
  k.runtime.reset();
  k.runtime.clock.freeze();
});

const login = async (body: unknown) => {
  const r = await c.call('POST', TOKEN, body);
  return [r.status, r.body] as const;
};
const asAdmin = async (authorization: string) => {
  const r = await c.call('GET', '/rest/V1/test/admin', undefined, { authorization });
  return [r.status, r.body] as const;
};

test('the right credentials give a token string that opens admin routes', async () => {
  const [status, token] = await login(ADMIN);
  assert.equal(status, 200);
  assert.match(token as string, /^[0-9a-f]{32}$/);
  assert.deepEqual(await asAdmin(`Bearer ${token}`), [200, { type: 'admin', id: 1, resources: 'all' }]);
  assert.equal(
    (await login({ username: 'ADMIN', password: 'posgate123' }))[0],
    200,
    'user names ignore case',
  );
});

test('username and password are required: one missing is the message, two are aggregated', async () => {
  assert.deepEqual(await login({ username: 'admin' }), [
    400,
    { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'password' } },
  ]);
  assert.deepEqual(await login({ username: '', password: [] }), [
    400,
    {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'username' } },
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'password' } },
      ],
    },
  ]);
});

test('a wrong password, an unknown or an inactive user: 401 with the sign-in message', async () => {
  assert.deepEqual(await login({ ...ADMIN, password: 'nope' }), [401, SIGN_IN]);
  assert.deepEqual(await login({ username: 'ghost', password: 'x' }), [401, SIGN_IN]);
  k.services.store.transaction(() => {
    const u = upsertAdminUser(k.services, 'clerk', 'secret1');
    k.services.store.put('admin_users', String(u.id), { ...u, is_active: false });
  });
  assert.deepEqual(await login({ username: 'clerk', password: 'secret1' }), [401, SIGN_IN]);
});

test('bearer parsing: one space, scheme in any case; anything else is a guest (401 on ACL)', async () => {
  const [, token] = await login(ADMIN);
  assert.equal((await asAdmin(`bearer ${token}`))[0], 200);
  assert.equal((await asAdmin(`BEARER ${token}`))[0], 200);
  for (const header of [`Bearer  ${token}`, `Token ${token}`, `Bearer ${token} x`, 'Bearer', `${token}`]) {
    assert.deepEqual(await asAdmin(header), [401, DENIED], header);
  }
  const anon = await c.call('GET', '/rest/V1/test/anon', undefined, { authorization: 'Bearer nope' });
  assert.deepEqual([anon.status, anon.body], [200, { type: 'guest', id: null, resources: [] }]);
});

test('an admin token lives oauth/access_token_lifetime/admin hours (4) on the injected clock', async () => {
  const [, token] = await login(ADMIN);
  k.runtime.clock.advance(4 * HOUR - 1);
  assert.equal((await asAdmin(`Bearer ${token}`))[0], 200);
  k.runtime.clock.advance(1);
  assert.deepEqual(await asAdmin(`Bearer ${token}`), [401, DENIED]);
  k.services.store.transaction(() => k.services.config.set('oauth/access_token_lifetime/admin', '5'));
  assert.equal((await asAdmin(`Bearer ${token}`))[0], 200, 'the lifetime is read when the token is used');
});

test('6 failures lock the account for 1800 s, even for the right password; success resets', async () => {
  for (let i = 0; i < 5; i++) assert.deepEqual(await login({ ...ADMIN, password: 'bad' }), [401, SIGN_IN]);
  assert.equal((await login(ADMIN))[0], 200, 'five failures do not lock; success resets the count');
  for (let i = 0; i < 6; i++) await login({ ...ADMIN, password: 'bad' });
  assert.deepEqual(await login(ADMIN), [401, SIGN_IN]);
  k.runtime.clock.advance(1_799_999);
  assert.deepEqual(await login(ADMIN), [401, SIGN_IN]);
  k.runtime.clock.advance(1);
  assert.equal((await login(ADMIN))[0], 200);
  for (let i = 0; i < 5; i++) await login({ ...ADMIN, password: 'bad' });
  assert.equal((await login(ADMIN))[0], 200, 'the earlier lock left no count behind');
});

test('each failure restarts the lock timer; an expired count starts again from zero', async () => {
  for (let i = 0; i < 5; i++) await login({ ...ADMIN, password: 'bad' });
  k.runtime.clock.advance(1800_000);
  await login({ ...ADMIN, password: 'bad' });
  assert.equal((await login(ADMIN))[0], 200, 'the five old failures had expired');
  for (let i = 0; i < 6; i++) {
    await login({ ...ADMIN, password: 'bad' });
    k.runtime.clock.advance(1_000_000);
  }
  assert.deepEqual(await login(ADMIN), [401, SIGN_IN], 'failures 1000 s apart keep the lock alive');
});

test('2FA on: the right password is refused with 400 and the active providers; a wrong one 401', async () => {
  k.services.store.transaction(() => k.services.config.set('twofactorauth/general/enable', '1'));
  assert.deepEqual(await login(ADMIN), [
    400,
    {
      message: 'Please use the 2fa provider-specific endpoints to obtain a token.',
      parameters: { active_providers: ['google'] },
    },
  ]);
  assert.deepEqual(await login({ ...ADMIN, password: 'bad' }), [401, SIGN_IN]);
});
