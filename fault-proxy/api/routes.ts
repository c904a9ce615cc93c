import type { Handler } from './handler.ts';
import { metrics, resetState, version } from './misc-handlers.ts';
import { populateHandler } from './populate.ts';
import { proxyCreate, proxyDelete, proxyIndex, proxyShow, proxyUpdate } from './proxy-handlers.ts';
import { toxicCreate, toxicDelete, toxicIndex, toxicShow, toxicUpdate } from './toxic-handlers.ts';

export interface Route {
  /** HTTP methods, or '*' for any. */
  readonly methods: readonly string[] | '*';
  /** Path with `{param}` segments, matched segment by segment (a param is one non-empty segment). */
  readonly path: string;
  /** Toxiproxy's handler name. */
  readonly name: string;
  readonly handler: Handler;
  /** Whether the handler reads or changes proxies (such handlers run one at a time). */
  readonly stateful: boolean;
  /** Only served when metrics are on (else the path does not exist: 404). */
  readonly metricsOnly?: boolean;
}

const route = (
  methods: Route['methods'],
  path: string,
  name: string,
  handler: Handler,
  extra: Partial<Route> = {},
): Route => ({ methods, path, name, handler, stateful: true, ...extra });

/**
 * The Toxiproxy HTTP API, one row per route, as in Toxiproxy's `Routes()`. Both update routes take
 * POST (what the Go and Node clients send) and PATCH.
 * @see https://github.com/Shopify/toxiproxy/blob/main/api.go
 */
export const routes: readonly Route[] = [
  route(['POST'], '/reset', 'ResetState', resetState),
  route(['GET'], '/proxies', 'ProxyIndex', proxyIndex),
  route(['POST'], '/proxies', 'ProxyCreate', proxyCreate),
  route(['POST'], '/populate', 'Populate', populateHandler),
  route(['GET'], '/proxies/{proxy}', 'ProxyShow', proxyShow),
  route(['POST', 'PATCH'], '/proxies/{proxy}', 'ProxyUpdate', proxyUpdate),
  route(['DELETE'], '/proxies/{proxy}', 'ProxyDelete', proxyDelete),
  route(['GET'], '/proxies/{proxy}/toxics', 'ToxicIndex', toxicIndex),
  route(['POST'], '/proxies/{proxy}/toxics', 'ToxicCreate', toxicCreate),
  route(['GET'], '/proxies/{proxy}/toxics/{toxic}', 'ToxicShow', toxicShow),
  route(['POST', 'PATCH'], '/proxies/{proxy}/toxics/{toxic}', 'ToxicUpdate', toxicUpdate),
  route(['DELETE'], '/proxies/{proxy}/toxics/{toxic}', 'ToxicDelete', toxicDelete),
  route(['GET'], '/version', 'Version', version, { stateful: false }),
  route('*', '/metrics', 'Metrics', metrics, { stateful: false, metricsOnly: true }),
];

/** The params of `path` against `pattern`, or undefined when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const seg = got[i] as string;
    if (part.startsWith('{')) {
      if (seg === '') return undefined;
      params[part.slice(1, -1)] = seg;
    } else if (part !== seg) return undefined;
  }
  return params;
}

/** The route for a request: a match, 'method' (path known, method not: 405) or undefined (404). */
export function findRoute(
  method: string,
  path: string,
  metricsOn: boolean,
): { route: Route; params: Record<string, string> } | 'method' | undefined {
  let pathKnown = false;
  for (const r of routes) {
    if (r.metricsOnly && !metricsOn) continue;
    const params = matchPath(r.path, path);
    if (!params) continue;
    if (r.methods === '*' || r.methods.includes(method)) return { route: r, params };
    pathKnown = true;
  }
  return pathKnown ? 'method' : undefined;
}
