/**
 * The error envelope and status mapping (magento-rest.md §3): `parameters` as object or list,
 * `errors[]` from the second aggregated error on, masked 500s with a report id, developer mode,
 * `[]` for void, and the rollback of a failed handler's writes.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Kernel, startKernel } from '../../test/support/fuzz-kernel.ts';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import {
  AggregateInputError,
  AuthenticationError,
  AuthorizationError,
  LocalizedError,
  NoSuchEntityError,
  WebapiError,
} from '../errors.ts';
import { type Route, route } from './route.ts';

const get = (path: string, handler: () => unknown): Route =>
  route({ method: 'GET', path: `/V1/test/${path}`, resource: 'anonymous' }, handler);
const routes: Route[] = [
  get('named', () => {
    throw NoSuchEntityError.singleField('cartId', 42);
  }),
  get('positional', () => {
    throw new LocalizedError('Invalid product data: %1', ['Invalid attribute set entity type']);
  }),
  get('plain', () => {
    throw new LocalizedError('The product was unable to be saved. Please try again.');
  }),
  get('one', () => {
    throw AggregateInputError.of([
      { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'sku' } },
    ]);
  }),
  get('two', () => {
    throw AggregateInputError.of([
      { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'sku' } },
      { message: 'Something else is wrong.' },
    ]);
  }),
  get('authz', () => {
    throw AuthorizationError.forResources(['A::a', 'B::b']);
  }),
  get('authn', () => {
    throw new AuthenticationError('Consumer key has expired');
  }),
  get('webapi', () => {
    throw new WebapiError('Method not allowed here', 405, { hint: 'x' });
  }),
  get('crash', () => {
    throw new Error('SQLSTATE[42S22]: Column not found');
  }),
  get('typeerror', () => (undefined as unknown as { a: { b: number } }).a.b),
  get('void', () => undefined),
  get('null', () => null),
  get('false', () => false),
  get('zero', () => 0),
  get('text', () => 'A-1'),
  route({ method: 'POST', path: '/V1/test/write-then-fail', resource: 'anonymous' }, (ctx) => {
    ctx.store.put('test_rows', 'a', { v: 1 });
    throw new LocalizedError('rolled back');
  }),
  route({ method: 'POST', path: '/V1/test/write-keep-fail', resource: 'anonymous' }, (ctx) => {
    ctx.store.put('test_rows', 'b', { v: 2 });
    throw new LocalizedError('kept').keepingWrites();
  }),
];

let k: Kernel;
let dev: Kernel;
let c: MagentoTestClient;
let d: MagentoTestClient;
before(async () => {
  k = await startKernel(routes);
  dev = await startKernel(routes, { profile: { developerMode: true } });
  c = new MagentoTestClient(k.url);
  d = new MagentoTestClient(dev.url);
});
after(async () => {
  await k.close();
  await dev.close();
});

const call = async (client: MagentoTestClient, path: string) => {
  const r = await client.get(`/rest/V1/test/${path}`);
  return [r.status, r.body];
};

test('named placeholders: raw message + parameters object; NoSuchEntity is 404', async () => {
  assert.deepEqual(await call(c, 'named'), [
    404,
    {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'cartId', fieldValue: 42 },
    },
  ]);
});

test('positional placeholders: parameters list; no placeholders: no parameters key', async () => {
  assert.deepEqual(await call(c, 'positional'), [
    400,
    { message: 'Invalid product data: %1', parameters: ['Invalid attribute set entity type'] },
  ]);
  assert.deepEqual(await call(c, 'plain'), [
    400,
    { message: 'The product was unable to be saved. Please try again.' },
  ]);
});

test('aggregated input errors: one is the message; from two on, errors[] with parameters each', async () => {
  assert.deepEqual(await call(c, 'one'), [
    400,
    { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'sku' } },
  ]);
  assert.deepEqual(await call(c, 'two'), [
    400,
    {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'sku' } },
        { message: 'Something else is wrong.', parameters: [] },
      ],
    },
  ]);
});

test('authorization and authentication failures are 401; a Webapi exception keeps its status', async () => {
  assert.deepEqual(await call(c, 'authz'), [
    401,
    {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'A::a, B::b' },
    },
  ]);
  assert.deepEqual(await call(c, 'authn'), [401, { message: 'Consumer key has expired' }]);
  assert.deepEqual(await call(c, 'webapi'), [
    405,
    { message: 'Method not allowed here', parameters: { hint: 'x' } },
  ]);
});

test('anything else is a masked 500 with a webapi- report id; the real error goes to the journal', async () => {
  for (const path of ['crash', 'typeerror']) {
    const [status, body] = await call(c, path);
    assert.equal(status, 500);
    assert.deepEqual(Object.keys(body as object), ['message']);
    assert.match(
      (body as { message: string }).message,
      /^Internal Error\. Details are available in Magento log file\. Report ID: webapi-[0-9a-f]{13}$/,
    );
  }
  const entry = k.runtime.journal.list().find((e) => e.url === '/rest/V1/test/crash');
  assert.equal(entry?.internalError, 'SQLSTATE[42S22]: Column not found');
});

test('developer mode: a 500 shows the real message and a trace; Localized errors carry a trace', async () => {
  const [status, body] = await call(d, 'crash');
  assert.equal(status, 500);
  assert.equal((body as { message: string }).message, 'SQLSTATE[42S22]: Column not found');
  assert.match((body as { trace: string }).trace, /Error: SQLSTATE/);
  const [, localized] = await call(d, 'plain');
  assert.equal(typeof (localized as { trace: unknown }).trace, 'string');
  const [, webapi] = await call(d, 'webapi');
  assert.equal((webapi as { trace: unknown }).trace, null);
});

test('void and null answer [], other values as JSON', async () => {
  assert.deepEqual(await call(c, 'void'), [200, []]);
  assert.deepEqual(await call(c, 'null'), [200, []]);
  assert.deepEqual(await call(c, 'false'), [200, false]);
  assert.deepEqual(await call(c, 'zero'), [200, 0]);
  assert.deepEqual(await call(c, 'text'), [200, 'A-1']);
});

test('a failing handler rolls its writes back, unless the error keeps them', async () => {
  assert.equal((await c.post('/rest/V1/test/write-then-fail', {})).status, 400);
  assert.equal((await c.post('/rest/V1/test/write-keep-fail', {})).status, 400);
  assert.equal(k.services.store.get('test_rows', 'a'), undefined);
  assert.deepEqual(k.services.store.get('test_rows', 'b'), { v: 2 });
});
