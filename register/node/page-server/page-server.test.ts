import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { pageSession } from '../../test-support/page-kit.ts';
import { type RegisterPage, startRegisterPage } from './start-page.ts';

/**
 * The page server over HTTP, without a browser: the page and its bundled script, the session
 * rewritten to the same-origin `/magento` base, Magento passed through verbatim (path, method,
 * body, status, headers, Host), and an unreachable or broken upstream seen as a network failure
 * (the socket destroyed), never as a 502.
 */
let upstream: Server;
let upstreamUrl: string;
let page: RegisterPage;
const seen: Array<{ method: string; url: string; host: string; body: string }> = [];

before(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '', body });
      if (req.url?.includes('/rate-limited')) {
        res.writeHead(429, { 'Retry-After': '3', 'Content-Type': 'application/json' });
        res.end('{"message":"Too Many Requests"}');
      } else if (req.url?.includes('/half')) {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/shop`;
  page = await startRegisterPage({ port: 0 });
});
after(async () => {
  await page.close();
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

test('without a session: the page loads, /session.json and /magento answer 404 saying how to start', async () => {
  const html = await (await fetch(page.url)).text();
  assert.match(html, /<h1>posgate register<\/h1>/);
  const js = await fetch(new URL('/app.js', page.url));
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.match(await js.text(), /sourceMappingURL=app\.js\.map/);
  const s = await fetch(new URL('/session.json', page.url));
  assert.equal(s.status, 404);
  assert.match(((await s.json()) as { message: string }).message, /posgate register --ui --session/);
  assert.equal((await fetch(new URL('/magento/rest/V1/x', page.url))).status, 404);
});

test('the session is served with magentoUrl on the page origin and Magento base in a header', async () => {
  assert.throws(() => page.setSession({ ...pageSession(upstreamUrl), stockId: -1 }), /stockId/);
  page.setSession(pageSession(upstreamUrl));
  const res = await fetch(new URL('/session.json', page.url));
  const served = (await res.json()) as Record<string, unknown>;
  assert.equal(served['magentoUrl'], new URL('/magento', page.url).href);
  assert.equal(served['dataDir'], undefined);
  assert.equal(served['registerId'], 'REG1');
  assert.equal(res.headers.get('posgate-magento-base'), upstreamUrl);
});

test('/magento/* is passed through: path under the base, method, body, Host, status and headers', async () => {
  page.setSession(pageSession(upstreamUrl));
  seen.length = 0;
  const res = await fetch(new URL('/magento/rest/default/V1/carts?x=1', page.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"a":1}',
  });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true });
  assert.deepEqual(seen, [
    {
      method: 'POST',
      url: '/shop/rest/default/V1/carts?x=1',
      host: new URL(upstreamUrl).host,
      body: '{"a":1}',
    },
  ]);
  const limited = await fetch(new URL('/magento/rate-limited', page.url));
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '3');
  assert.deepEqual(await limited.json(), { message: 'Too Many Requests' });
});

test('an unreachable Magento destroys the socket (a network failure), never a 502', async () => {
  const dead = createServer();
  await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
  const port = (dead.address() as AddressInfo).port;
  await new Promise((r) => dead.close(r));
  page.setSession(pageSession(`http://127.0.0.1:${port}`));
  await assert.rejects(fetch(new URL('/magento/rest/V1/store/storeViews', page.url)), (e: Error) => {
    assert.equal(e.name, 'TypeError'); // undici's "fetch failed": no HTTP answer at all
    return true;
  });
});

test('a Magento answer cut mid-body is cut for the browser too', async () => {
  page.setSession(pageSession(upstreamUrl));
  const res = await fetch(new URL('/magento/half', page.url));
  assert.equal(res.status, 200);
  await assert.rejects(res.text());
});
