import type { HttpMethod, Route } from './route.ts';

/**
 * Matches a method and a path (after the store prefix) against the route table, as Magento's
 * REST router does: both paths are trimmed of slashes and split on `/` (so `//` makes an empty
 * segment and a trailing slash is ignored), literal segments compare case-sensitively, and a
 * parameter takes its segment `urldecode`d (`%2F` is a slash inside one value, `+` a space).
 * Literal segments win over parameters at the same position, so `/V1/carts/mine` is not taken for
 * `/V1/carts/:cartId`. No match, or a match under another method only, is Magento's 404
 * `Request does not match any route.`
 * @see Magento\Webapi\Controller\Rest\Router::match
 * @see Magento\Webapi\Controller\Rest\Router\Route::match
 */
export interface Match {
  route: Route;
  params: Record<string, string>;
}

interface Compiled {
  route: Route;
  segments: string[];
  /** Lower is more specific: literal segments before parameters. */
  rank: string;
}

export class Router {
  private readonly byMethod = new Map<HttpMethod, Map<number, Compiled[]>>();

  constructor(routes: readonly Route[]) {
    for (const r of routes) {
      const segments = split(r.path);
      const compiled: Compiled = {
        route: r,
        segments,
        rank: segments.map((s) => (s.startsWith(':') ? '1' : '0')).join(''),
      };
      let byLen = this.byMethod.get(r.method);
      if (!byLen) {
        byLen = new Map();
        this.byMethod.set(r.method, byLen);
      }
      const list = byLen.get(segments.length) ?? [];
      list.push(compiled);
      list.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
      byLen.set(segments.length, list);
    }
  }

  match(method: string, path: string): Match | null {
    const parts = split(path);
    const candidates = this.byMethod.get(method.toUpperCase() as HttpMethod)?.get(parts.length);
    if (!candidates) return null;
    for (const c of candidates) {
      const params = matchSegments(c.segments, parts);
      if (params) return { route: c.route, params };
    }
    return null;
  }
}

function split(path: string): string[] {
  return path.replace(/^\/+|\/+$/g, '').split('/');
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const v = parts[i] as string;
    if (p.startsWith(':')) params[p.slice(1)] = urlDecode(v);
    else if (p !== v) return null;
  }
  return params;
}

/** PHP's urldecode: `+` is a space, `%XX` decoded, malformed escapes left as they are. */
function urlDecode(v: string): string {
  const plus = v.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/(%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}
