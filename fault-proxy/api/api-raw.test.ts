/**
 * The API byte for byte over raw HTTP: status codes, bodies, field order, content types, headers,
 * Go's error messages, and robustness against malformed input (compat doc §1 and §8).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ProxyFields } from '../../contracts/toxiproxy.ts';
import { api, collect, dial, type Harness, startHarness, startServer } from '../test-support.ts';
import { decodeStruct, float32 } from './go-decode.ts';
import { decodeFirstValue, quoteChar } from './go-json.ts';

let h: Harness;
const call = (method: string, path: string, body?: string, headers?: Record<string, string>) =>
  api(h.fp.url, method, path, body, headers);
const errorBody = (error: string, status: number) => `${JSON.stringify({ error, status })}\n`;

before(async () => {
  h = await startHarness({ metrics: true });
});
after(() => h.close());
beforeEach(async () => {
  for (const name of Object.keys(JSON.parse((await call('GET', '/proxies')).text)))
    await call('DELETE', `/proxies/${name}`);
});

test('/version: exact bytes, content type and a request id', async () => {
  const res = await call('GET', '/version');
  assert.equal(res.status, 200);
  assert.equal(res.text, '{"version": "2.12.0"}\n');
  assert.equal(res.headers.get('content-type'), 'application/json;charset=utf-8');
  assert.match(res.headers.get('x-toxiproxy-request-id') ?? '', /^[0-9a-v]{20}$/);
  const other = await call('GET', '/version');
  assert.notEqual(other.headers.get('x-toxiproxy-request-id'), res.headers.get('x-toxiproxy-request-id'));
});

test('browsers get 403, other user agents do not', async () => {
  const browser = await call('GET', '/proxies', undefined, { 'User-Agent': 'Mozilla/5.0 (X11)' });
  assert.equal(browser.status, 403);
  assert.equal(browser.text, 'User agent not allowed\n');
  assert.equal(browser.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.ok(browser.headers.get('x-toxiproxy-request-id'));
  assert.equal((await call('GET', '/proxies', undefined, { 'User-Agent': 'Wget/2.1' })).status, 200);
});

test('create 201, toxic create 200, deletes and reset 204 — exact bodies in Toxiproxy’s field order', async () => {
  const created = await call(
    'POST',
    '/proxies',
    '{"name":"pos","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}',
  );
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('content-type'), 'application/json');
  const listen = JSON.parse(created.text).listen as string;
  assert.match(listen, /^127\.0\.0\.1:\d+$/);
  assert.equal(
    created.text,
    `{"name":"pos","listen":"${listen}","upstream":"127.0.0.1:9","enabled":true,"Logger":{},"toxics":[]}`,
  );
  const toxic = await call('POST', '/proxies/pos/toxics', '{"type":"latency","attributes":{"latency":100}}');
  assert.equal(toxic.status, 200);
  const latency =
    '{"attributes":{"latency":100,"jitter":0},"name":"latency_downstream","type":"latency","stream":"downstream","toxicity":1}';
  assert.equal(toxic.text, latency);
  assert.equal((await call('GET', '/proxies/pos/toxics/latency_downstream')).text, latency);
  assert.equal(
    (await call('GET', '/proxies')).text,
    `{"pos":${created.text.replace('"toxics":[]', `"toxics":[${latency}]`)}}`,
  );
  for (const [method, path] of [
    ['DELETE', '/proxies/pos/toxics/latency_downstream'],
    ['POST', '/reset'],
    ['DELETE', '/proxies/pos'],
  ] as const) {
    const res = await call(method, path);
    assert.deepEqual(
      [res.status, res.text, res.headers.get('content-type')],
      [204, '', null],
      `${method} ${path}`,
    );
  }
});

test('every toxic type lists all its attributes, zero when not given, in Go’s order', async () => {
  await call('POST', '/proxies', '{"name":"t","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}');
  const expected: Record<string, string> = {
    latency: '{"latency":0,"jitter":0}',
    bandwidth: '{"rate":0}',
    slow_close: '{"delay":0}',
    timeout: '{"timeout":0}',
    reset_peer: '{"timeout":0}',
    slicer: '{"average_size":0,"size_variation":0,"delay":0}',
    limit_data: '{"bytes":0}',
    noop: '{}',
  };
  for (const [type, attributes] of Object.entries(expected)) {
    const res = await call('POST', '/proxies/t/toxics', JSON.stringify({ type, stream: 'upstream' }));
    assert.equal(
      res.text,
      `{"attributes":${attributes},"name":"${type}_upstream","type":"${type}","stream":"upstream","toxicity":1}`,
    );
  }
  const down = await call('POST', '/proxies/t/toxics', '{"type":"down"}');
  assert.equal(down.text, errorBody('invalid toxic type', 400));
});

test('both update routes take POST and PATCH; attributes merge, toxicity float32 round-trips', async () => {
  await call('POST', '/proxies', '{"name":"u","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}');
  const patched = await call('PATCH', '/proxies/u', '{"upstream":"127.0.0.1:10"}');
  assert.equal(JSON.parse(patched.text).upstream, '127.0.0.1:10');
  const posted = await call('POST', '/proxies/u', '{"enabled":false}');
  assert.deepEqual([posted.status, JSON.parse(posted.text).enabled], [200, false]);
  await call(
    'POST',
    '/proxies/u/toxics',
    '{"name":"s","type":"slicer","attributes":{"average_size":64,"delay":10}}',
  );
  const t = await call(
    'PATCH',
    '/proxies/u/toxics/s',
    '{"attributes":{"size_variation":32},"toxicity":0.1234567891}',
  );
  assert.equal(
    t.text,
    '{"attributes":{"average_size":64,"size_variation":32,"delay":10},"name":"s","type":"slicer","stream":"downstream","toxicity":0.12345679}',
  );
});

test('field names match case-insensitively; unknown fields and nulls are ignored; streams echo their spelling', async () => {
  const res = await call(
    'POST',
    '/proxies',
    '{"Name":"c","LISTEN":"127.0.0.1:0","upstream":"127.0.0.1:9","enabled":null,"extra":[1]}',
  );
  assert.deepEqual([res.status, JSON.parse(res.text).name, JSON.parse(res.text).enabled], [201, 'c', true]);
  const t = await call(
    'POST',
    '/proxies/c/toxics',
    '{"Type":"latency","Stream":"UPSTREAM","Attributes":{"Latency":5},"x":1}',
  );
  assert.equal(
    t.text,
    '{"attributes":{"latency":5,"jitter":0},"name":"latency_UPSTREAM","type":"latency","stream":"UPSTREAM","toxicity":1}',
  );
});

test('malformed bodies are 400 bad request body with Go’s json messages, as text/plain', async () => {
  await call('POST', '/proxies', '{"name":"m","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}');
  const cases: Array<[string, string, string]> = [
    ['POST', '/proxies', ''],
    ['POST', '/proxies', '{"name":'],
    ['POST', '/proxies', 'xyz'],
    ['POST', '/proxies', '{"name" "a"}'],
    ['POST', '/proxies', '{"name":"a",}'],
    ['POST', '/proxies', '{"name":"a","enabled":"yes"}'],
    ['POST', '/proxies', '[]'],
    ['POST', '/populate', '{}'],
    ['POST', '/proxies/m/toxics', '{"type":"latency","attributes":{"latency":1.5}}'],
    ['POST', '/proxies/m/toxics', '{"type":"latency","toxicity":"1"}'],
    ['POST', '/proxies/m/toxics', '{"type":"bandwidth","attributes":{"rate":-1}}'],
  ];
  const messages = [
    'EOF',
    'unexpected EOF',
    "invalid character 'x' looking for beginning of value",
    "invalid character '\"' after object key",
    "invalid character '}' looking for beginning of object key string",
    'json: cannot unmarshal string into Go struct field Proxy.enabled of type bool',
    'json: cannot unmarshal array into Go value of type toxiproxy.Proxy',
    'json: cannot unmarshal object into Go value of type []struct { toxiproxy.Proxy; Enabled *bool "json:\\"enabled\\"" }',
    'json: cannot unmarshal number 1.5 into Go struct field LatencyToxic.attributes.latency of type int64',
    'json: cannot unmarshal string into Go struct field ToxicWrapper.toxicity of type float32',
    'rate must not be negative',
  ];
  for (const [i, [method, path, body]] of cases.entries()) {
    const res = await call(method, path, body);
    assert.equal(res.status, 400, body);
    const error = `bad request body: ${messages[i]}`;
    if (path === '/populate') assert.equal(res.text, JSON.stringify({ error, status: 400, proxies: [] }));
    else {
      assert.equal(res.text, errorBody(error, 400), body);
      assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  }
  assert.equal((await call('GET', '/version')).status, 200, 'still serving');
  const trailing = await call(
    'POST',
    '/proxies',
    '{"name":"tr","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"} junk',
  );
  assert.equal(trailing.status, 201, 'Go’s decoder ignores what follows the first value');
});

test('not found: proxies, toxics, unknown paths (404 page not found) and wrong methods (405)', async () => {
  assert.equal((await call('GET', '/proxies/nope')).text, errorBody('proxy not found', 404));
  assert.equal(
    (await call('POST', '/proxies/nope/toxics', '{"type":"noop"}')).text,
    errorBody('proxy not found', 404),
  );
  await call('POST', '/proxies', '{"name":"f","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}');
  for (const method of ['GET', 'PATCH', 'DELETE'])
    assert.equal(
      (await call(method, '/proxies/f/toxics/nope', method === 'GET' ? undefined : '{}')).text,
      errorBody('toxic not found', 404),
    );
  const unknown = await call('GET', '/nothing');
  assert.deepEqual(
    [unknown.status, unknown.text, unknown.headers.get('x-toxiproxy-request-id')],
    [404, '404 page not found\n', null],
  );
  assert.equal((await call('PUT', '/proxies')).status, 405);
  assert.equal((await call('DELETE', '/version')).status, 405);
});

test('GET /proxies is keyed by name in sorted order; populate answers the created proxies', async () => {
  const made = await call(
    'POST',
    '/populate',
    JSON.stringify(['b', 'a', 'c'].map((name) => ({ name, listen: '127.0.0.1:0', upstream: '127.0.0.1:9' }))),
  );
  assert.equal(made.status, 201);
  assert.deepEqual(
    JSON.parse(made.text).proxies.map((p: { name: string }) => p.name),
    ['b', 'a', 'c'],
  );
  assert.deepEqual(Object.keys(JSON.parse((await call('GET', '/proxies')).text)), ['a', 'b', 'c']);
  assert.equal((await call('POST', '/populate', '[]')).text, '{"proxies":[]}');
});

test('an empty listen binds every interface on a free port, reported as Go does', async () => {
  const res = await call('POST', '/proxies', '{"name":"any","upstream":"127.0.0.1:9"}');
  assert.equal(res.status, 201);
  assert.match(JSON.parse(res.text).listen, /^(\[::\]|0\.0\.0\.0):\d+$/);
});

test('an unresolvable listen on update is a 500 with Go’s error text', async () => {
  await call('POST', '/proxies', '{"name":"l","listen":"127.0.0.1:0","upstream":"127.0.0.1:9"}');
  const res = await call('PATCH', '/proxies/l', '{"listen":"local373"}');
  assert.equal(res.text, errorBody('address local373: missing port in address', 500));
});

test('/metrics counts bytes per direction when metrics are on (and does not exist otherwise)', async (t) => {
  const echo = await startServer();
  const plain = await startHarness();
  t.after(async () => {
    await plain.close();
    await echo.close();
  });
  const listen = await h.proxy('echo', echo.address);
  const socket = await dial(listen);
  const got = collect(socket);
  socket.write('12345');
  await got.bytes(5);
  const res = await call('GET', '/metrics');
  assert.equal(res.status, 200);
  assert.match(res.text, /# TYPE toxiproxy_proxy_received_bytes_total counter/);
  const labels = (direction: string) =>
    `{direction="${direction}",listener="${listen}",proxy="echo",upstream="${echo.address}"}`;
  for (const kind of ['received', 'sent'])
    for (const direction of ['upstream', 'downstream'])
      assert.ok(
        res.text.includes(`toxiproxy_proxy_${kind}_bytes_total${labels(direction)} 5\n`),
        `${kind} ${direction}`,
      );
  socket.destroy();
  assert.equal((await api(plain.fp.url, 'GET', '/metrics')).status, 404);
});

// The decoder behind those messages, case by case (Go's encoding/json scanner and decoder).
describe('Go JSON decoding', () => {
  test('syntax errors carry Go encoding/json messages', () => {
    const cases: Array<[string, string]> = [
      ['', 'EOF'],
      ['  \n', 'EOF'],
      ['{', 'unexpected EOF'],
      ['[1,', 'unexpected EOF'],
      ['"abc', 'unexpected EOF'],
      ['}', "invalid character '}' looking for beginning of value"],
      ['{"a" 1}', "invalid character '1' after object key"],
      ['{"a":1 "b":2}', "invalid character '\"' after object key:value pair"],
      ['{1:2}', "invalid character '1' looking for beginning of object key string"],
      ['[1 2]', "invalid character '2' after array element"],
      ['[1,]', "invalid character ']' looking for beginning of value"],
      ['tru', 'unexpected EOF'],
      ['trux', "invalid character 'x' in literal true (expecting 'e')"],
      ['nul!', "invalid character '!' in literal null (expecting 'l')"],
      ['-x', "invalid character 'x' in numeric literal"],
      ['1.x', "invalid character 'x' after decimal point in numeric literal"],
      ['1ex', "invalid character 'x' in exponent of numeric literal"],
      ['"a\\q"', "invalid character 'q' in string escape code"],
      ['"\\u12G4"', "invalid character 'G' in \\u hexadecimal character escape"],
      ['"a\nb"', "invalid character '\\n' in string literal"],
      ["'a'", "invalid character '\\'' looking for beginning of value"],
    ];
    for (const [input, message] of cases)
      assert.throws(() => decodeFirstValue(input), { message }, JSON.stringify(input));
  });

  test('the first value is decoded and what follows is ignored', () => {
    assert.deepEqual(decodeFirstValue(' {"a":[1,2.5e3,true,null,"x\\u0041"]} tail'), {
      a: [1, 2500, true, null, 'xA'],
    });
    assert.equal(decodeFirstValue('12abc'), 12);
    assert.equal(quoteChar('\x01'), "'\\x01'");
  });

  test('struct decoding: case-insensitive keys, nulls and unknown keys ignored, Go type errors', () => {
    const current = { name: '', listen: '', upstream: '', enabled: true };
    const target = { struct: 'Proxy', value: 'toxiproxy.Proxy' };
    assert.deepEqual(
      decodeStruct({ NAME: 'a', Enabled: null, other: 1, upstream: 'u' }, ProxyFields, current, target),
      {
        ...current,
        name: 'a',
        upstream: 'u',
      },
    );
    assert.throws(() => decodeStruct({ name: 5 }, ProxyFields, current, target), {
      message: 'json: cannot unmarshal number into Go struct field Proxy.name of type string',
    });
    assert.deepEqual(decodeStruct(null, ProxyFields, current, target), current);
    assert.equal(float32(0.2), 0.2);
    assert.equal(float32(1 / 3), 0.33333334);
  });
});
