/**
 * Reads the OAuth 1.0a protocol parameters of a request the way Magento's request helper does:
 * the `Authorization` header counts as OAuth when it contains `oauth ` anywhere (case-insensitive);
 * its `oauth_*` pairs are split on `,` and `=`, unquoted and raw-url-decoded; then every query
 * parameter that is not itself an `oauth_*` one is added (split on `&` and `=`, url-decoded, pairs
 * without exactly one `=` dropped). JSON bodies are never part of the signature.
 * @see Magento\Framework\Oauth\Helper\Request::prepareRequest
 */
export interface OAuthRequestParams {
  /** Protocol parameters from the header (`oauth_*`). */
  protocol: Record<string, string>;
  /** Query parameters signed with them, in request order (duplicate names: the last wins). */
  query: Array<[string, string]>;
}

const PROTOCOL_PARAM = /oauth_[a-z_-]+/;

/** Null when the header is not an OAuth one (the caller is then resolved another way). */
export function readOAuthRequest(header: string | undefined, url: string): OAuthRequestParams | null {
  if (!header) return null;
  const at = header.toLowerCase().indexOf('oauth ');
  if (at === -1) return null;
  const protocol: Record<string, string> = {};
  for (const part of header.slice(at + 6).split(',')) {
    const pair = part.trim();
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    const name = pair.slice(0, eq);
    if (!PROTOCOL_PARAM.test(name)) continue;
    protocol[rawUrlDecode(name)] = rawUrlDecode(trimQuotes(pair.slice(eq + 1)));
  }
  return { protocol, query: queryParams(url) };
}

function queryParams(url: string): Array<[string, string]> {
  const q = url.indexOf('?');
  if (q === -1) return [];
  const byName = new Map<string, string>();
  for (const pair of url
    .slice(q + 1)
    .split('#')[0]!
    .split('&')) {
    const parts = pair.split('=');
    if (parts.length !== 2 || PROTOCOL_PARAM.test(parts[0]!)) continue;
    byName.set(urlDecode(parts[0]!), urlDecode(parts[1]!));
  }
  return [...byName];
}

function trimQuotes(v: string): string {
  return v.replace(/^"+|"+$/g, '');
}

/** PHP's rawurldecode: `%XX` decoded, `+` kept, malformed escapes left as they are. */
export function rawUrlDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v.replace(/(%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

/** PHP's urldecode: as rawurldecode, but `+` is a space. */
export function urlDecode(v: string): string {
  return rawUrlDecode(v.replace(/\+/g, ' '));
}
