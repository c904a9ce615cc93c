import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';

/**
 * `/magento/*` on the page's origin, passed through byte for byte to the session's Magento URL
 * (in tests, the fault proxy in front of the simulator). It adds no behaviour of its own:
 *
 * ```
 *  browser ──/magento/rest/V1/…──► page server ──/rest/V1/…──► magentoUrl (fault proxy) ──► Magento
 *        ◄── Magento's status, headers, body ──┘  (Host: magentoUrl's host)
 * ```
 *
 * When Magento cannot be reached (refused, reset, DNS) or the connection breaks mid-answer, the
 * browser's socket is destroyed, never answered with a 502: the page then sees a network
 * failure, as a till talking to Magento directly would, and the register's core a TransportError.
 * A browser that gives up (the register's deadline) aborts the upstream request too.
 * @see docs/decisions/002-browser-register-same-origin.md
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'cookie',
]);

export function passThrough(req: IncomingMessage, res: ServerResponse, magentoUrl: string): void {
  const target = new URL(`${magentoUrl.replace(/\/+$/, '')}${req.url ?? '/'}`);
  const client = target.protocol === 'https:' ? https : http;
  const upstream = client.request(target, {
    method: req.method,
    headers: { ...forwardable(req.headers), host: target.host },
    agent: false, // a fresh connection per request: a link cut by the proxy is seen at once
  });
  const cut = () => {
    upstream.destroy();
    res.destroy(); // the client socket too: a network failure for the browser
    req.socket.destroy();
  };
  upstream.on('error', cut);
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 500, answer.statusMessage, forwardable(answer.headers));
    answer.on('error', cut);
    answer.on('close', () => {
      if (!answer.complete) cut();
    });
    answer.pipe(res);
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

function forwardable(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}
