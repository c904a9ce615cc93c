/**
 * Request bodies (magento-rest.md §2, `framework/Webapi/Rest/Request.php` + the JSON
 * deserializer): which methods read a body, Content-Type checks, `Decoding error.`, and what a
 * decoded non-object becomes.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Kernel, startKernel } from '../../test/support/fuzz-kernel.ts';
import { type Route, route } from './route.ts';

const echo = (ctx: { body: unknown }) => ({ body: ctx.body });
const routes: Route[] = [
  route({ method: 'POST', path: '/V1/test/echo', resource: 'anonymous' }, echo),
  route({ method: 'PUT', path: '/V1/test/echo', resource: 'anonymous' }, echo),
  route({ method: 'DELETE', path: '/V1/test/echo', resource: 'anonymous' }, echo),
  route({ method: 'POST', path: '/V1/test/admin', resource: 'Magento_Test::admin' }, echo),
];

let k: Kernel;
let dev: Kernel;
before(async () => {
  k = await startKernel(routes);
  dev = await startKernel(routes, { profile: { developerMode: true } });
});
after(async () => {
  await k.close();
  await dev.close();
});

async function send(
  body: string | undefined,
  contentType: string | undefined,
  method = 'POST',
  base = k.url,
): Promise<[number, unknown]> {
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  // A Buffer body, so that fetch adds no Content-Type of its own.
  const res = await fetch(`${base}/rest/V1/test/echo`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: Buffer.from(body) }),
  });
  return [res.status, await res.json()];
}

const DECODING = [400, { message: 'Decoding error.' }];

test('an empty body (or "0") is no parameters, with or without a Content-Type', async () => {
  assert.deepEqual(await send(undefined, undefined), [200, { body: {} }]);
  assert.deepEqual(await send('', 'text/plain'), [200, { body: {} }]);
  assert.deepEqual(await send('0', undefined), [200, { body: {} }]);
});

test('Content-Type: missing, malformed, another charset', async () => {
  assert.deepEqual(await send('{}', undefined), [400, { message: 'Content-Type header is empty.' }]);
  assert.deepEqual(await send('{}', 'json please'), [400, { message: 'Content-Type header is invalid.' }]);
  assert.deepEqual(await send('{}', 'application/json; charset=ISO-8859-1'), [
    400,
    { message: 'UTF-8 is the only supported charset.' },
  ]);
  assert.deepEqual(await send('{"a":1}', 'application/json; charset=UTF-8'), [200, { body: { a: 1 } }]);
  assert.deepEqual(await send('{"a":1}', 'application/json;charset=utf-8'), [200, { body: { a: 1 } }]);
});

test('a media type other than application/json (exactly) cannot be understood', async () => {
  for (const type of ['text/plain', 'application/xml', 'Application/JSON']) {
    assert.deepEqual(
      await send('{}', type),
      [400, { message: `Server cannot understand Content-Type HTTP header media type ${type}` }],
      type,
    );
  }
});

test('bad JSON, JSON nested beyond 512 levels, a lone surrogate escape: Decoding error.', async () => {
  assert.deepEqual(await send('{"a":', 'application/json'), DECODING);
  assert.deepEqual(await send(' ', 'application/json'), DECODING);
  assert.deepEqual(await send(`${'['.repeat(513)}${']'.repeat(513)}`, 'application/json'), DECODING);
  assert.equal((await send(`${'['.repeat(512)}${']'.repeat(512)}`, 'application/json'))[0], 200);
  assert.deepEqual(await send('{"a":"\\ud800"}', 'application/json'), DECODING);
  assert.deepEqual(await send('{"a":"\\ud83d\\ude00"}', 'application/json'), [200, { body: { a: '😀' } }]);
});

test('developer mode explains the decoding error, with a null trace (a Webapi exception)', async () => {
  const [status, body] = await send('{"a":', 'application/json', 'POST', dev.url);
  const b = body as { message: string; trace: unknown };
  assert.equal(status, 400);
  assert.match(b.message, /^Decoding error: \nUnable to unserialize value\. Error: Syntax error\n/);
  assert.equal(b.trace, null);
});

test('a list body becomes an index-keyed object, a scalar {"0": value}, null nothing', async () => {
  assert.deepEqual(await send('[1,"x"]', 'application/json'), [200, { body: { '0': 1, '1': 'x' } }]);
  assert.deepEqual(await send('"x"', 'application/json'), [200, { body: { '0': 'x' } }]);
  assert.deepEqual(await send('null', 'application/json'), [200, { body: {} }]);
});

test('PUT bodies are decoded too; DELETE and GET bodies are never read', async () => {
  assert.deepEqual(await send('{bad', 'application/json', 'PUT'), DECODING);
  assert.deepEqual(await send('{bad', undefined, 'DELETE'), [200, { body: {} }]);
});

test('the ACL check comes before the body is decoded', async () => {
  const res = await fetch(`${k.url}/rest/V1/test/admin`, { method: 'POST', body: Buffer.from('{bad') });
  assert.equal(res.status, 401);
});
