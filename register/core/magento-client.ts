import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { z } from 'zod';
import type { Credentials, RegisterSession } from '../../contracts/driver.ts';
import { type Authenticator, authenticatorFor } from './auth.ts';
import { errorFromResponse, errorFromThrown, parseBody } from './error-mapping.ts';
import { AuthExpiredError, type CallSite, MagentoRejection, TransportError } from './errors.ts';
import type { HmacSha256 } from './oauth-signer.ts';
import { defaultRetryOptions, type RetryOptions, withRetry } from './retry.ts';
import { type SearchCriteria, searchQuery } from './search-criteria.ts';

/**
 * The register's only way to Magento: REST over axios, with the session's store code, credentials
 * and deadline, every failure mapped to the catalogue of errors.ts. Knows Magento only as a base
 * URL (architecture.md §2 rule 2).
 *
 * - URL: `<base>/rest/<storeCode>/V1/...`; a call may name another store, `all` (admin scope,
 *   writes only) or `null` (no prefix: Magento's default store).
 * - Credentials: admin (token obtained, renewed once on a 401, then the call is re-sent: a 401
 *   is refused before anything runs), bearer token, or integration (OAuth 1.0a, HMAC-SHA256).
 * - Deadline: `timeoutMs` for the whole exchange, not only socket idleness.
 * - Optional retry policy: GETs retried on 429 and transport errors; writes on 429 only.
 * @see magento-rest.md §1, §2, §3, §17
 */
export interface MagentoClientOptions {
  /** Magento's base URL as the register reaches it (often through a proxy or CDN). */
  baseUrl: string;
  storeCode: string;
  credentials: Credentials;
  timeoutMs: number;
  /** Needed for integration credentials; the Node shell passes `nodeHmacSha256`. */
  hmacSha256?: HmacSha256;
  http?: AxiosInstance;
  now?: () => number;
  retry?: RetryOptions;
}

export interface CallOptions {
  /** This call's store code: another store view, `all` for admin-scope writes, null for none. */
  storeCode?: string | null;
}

const SearchResults = z.object({ items: z.array(z.unknown()), total_count: z.number() });

export class MagentoClient {
  private readonly http: AxiosInstance;
  private readonly auth: Authenticator;
  private readonly now: () => number;

  constructor(private readonly o: MagentoClientOptions) {
    this.http = o.http ?? axios.create();
    this.now = o.now ?? Date.now;
    const login = (username: string, password: string) => this.login(username, password);
    this.auth = authenticatorFor(o.credentials, { login, now: this.now, hmacSha256: o.hmacSha256 });
  }

  /** A client for a driver session: its URL, store, credentials, deadline, retry budget and seed. */
  static fromSession(s: RegisterSession, extra: Partial<MagentoClientOptions> = {}): MagentoClient {
    return new MagentoClient({
      baseUrl: s.magentoUrl,
      storeCode: s.storeCode,
      credentials: s.credentials,
      timeoutMs: s.timeouts.requestMs,
      retry: defaultRetryOptions(s.seed, s.timeouts.maxRetryWaitMs),
      ...extra,
    });
  }

  get<T = unknown>(path: string, options: CallOptions = {}): Promise<T> {
    return this.request<T>('GET', path, undefined, options);
  }
  post<T = unknown>(path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
    return this.request<T>('POST', path, body, options);
  }
  put<T = unknown>(path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, body, options);
  }
  delete<T = unknown>(path: string, options: CallOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, undefined, options);
  }

  /**
   * Every match of a `getList` route, page by page (`pageSize` default 100) until `total_count`
   * items arrived or a page comes back short. Sort on a stable field if the data may change meanwhile.
   */
  async searchAll<T = unknown>(
    path: string,
    criteria: SearchCriteria = {},
    options: CallOptions = {},
  ): Promise<T[]> {
    const pageSize = criteria.pageSize ?? 100;
    const items: T[] = [];
    for (let page = criteria.currentPage ?? 1; ; page++) {
      const query = searchQuery({ ...criteria, pageSize, currentPage: page });
      const url = `${path}${path.includes('?') ? '&' : '?'}${query}`;
      const result = SearchResults.parse(await this.get(url, options));
      items.push(...(result.items as T[]));
      if (items.length >= result.total_count || result.items.length < pageSize) return items;
    }
  }

  /** One call through the retry policy (when configured) and the credentials' authorization. */
  request<T>(method: string, path: string, body: unknown, options: CallOptions): Promise<T> {
    const url = this.url(path, options.storeCode === undefined ? this.o.storeCode : options.storeCode);
    const once = () => this.authorized<T>(method, url, body);
    return this.o.retry ? withRetry(once, { ...this.o.retry, retryTransport: method === 'GET' }) : once();
  }

  private async authorized<T>(method: string, url: string, body: unknown): Promise<T> {
    const first = await this.auth.authorize(method, url);
    try {
      return await this.send<T>(method, url, body, first.headers, this.auth.renew !== undefined);
    } catch (e) {
      if (!(e instanceof AuthExpiredError) || !this.auth.renew) throw e;
      await this.auth.renew(first.ticket);
      const again = await this.auth.authorize(method, url);
      return this.send<T>(method, url, body, again.headers, false);
    }
  }

  private async login(username: string, password: string): Promise<string> {
    const url = this.url('/V1/integration/admin/token', null);
    const token = await this.send<unknown>('POST', url, { username, password }, {}, false);
    if (typeof token === 'string' && token !== '') return token;
    const site = { method: 'POST', path: pathOf(url) };
    throw new MagentoRejection(
      site,
      200,
      'The admin token endpoint answered without a token.',
      undefined,
      [],
      token,
    );
  }

  private async send<T>(
    method: string,
    url: string,
    body: unknown,
    auth: Record<string, string>,
    canReauthenticate: boolean,
  ): Promise<T> {
    const site: CallSite = { method, path: pathOf(url) };
    const headers: Record<string, string> = { Accept: 'application/json', ...auth };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: AxiosResponse<string>;
    try {
      res = await this.http.request<string>({
        method,
        url,
        headers,
        data: body === undefined ? undefined : JSON.stringify(body),
        timeout: this.o.timeoutMs,
        signal: AbortSignal.timeout(this.o.timeoutMs),
        responseType: 'text',
        transformResponse: [(d: unknown) => d],
        validateStatus: () => true,
        maxRedirects: 0,
      });
    } catch (e) {
      throw errorFromThrown(site, e);
    }
    const text = typeof res.data === 'string' ? res.data : String(res.data ?? '');
    if (res.status >= 200 && res.status < 300) return okBody<T>(site, res.status, text);
    const header = (name: string) => (res.headers[name] == null ? undefined : String(res.headers[name]));
    throw errorFromResponse(site, { status: res.status, header, text }, this.now(), canReauthenticate);
  }

  private url(path: string, storeCode: string | null): string {
    if (!path.startsWith('/')) throw new TypeError(`path must start with "/": ${path}`);
    return `${this.o.baseUrl.replace(/\/+$/, '')}/rest${storeCode ? `/${storeCode}` : ''}${path}`;
  }
}

/** Magento answers JSON (`[]` for void); anything else in a 2xx came from something in between. */
function okBody<T>(site: CallSite, status: number, text: string): T {
  const body = parseBody(text);
  if (typeof body === 'string' && !text.trimStart().startsWith('"')) {
    throw new TransportError(
      site,
      'bad-gateway',
      'a 2xx answer that is not JSON (captive portal, CDN page?)',
      status,
    );
  }
  return body as T;
}

function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
}
