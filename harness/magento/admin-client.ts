import axios, { type AxiosInstance } from 'axios';

/**
 * The harness's own REST client for Magento (the simulator or a real one): admin or integration
 * credentials, JSON in and out, never retrying — checks must see Magento as it is. Independent of
 * the register's client on purpose: the harness never trusts the register's code or word.
 */
export interface AdminAuth {
  token?: string;
  username?: string;
  password?: string;
}

export class MagentoRestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly path: string,
  ) {
    super(`Magento answered ${status} to ${path}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
  }
}

export class AdminClient {
  private readonly http: AxiosInstance;
  private token: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly auth: AdminAuth,
    timeoutMs = 10_000,
  ) {
    this.http = axios.create({
      baseURL: baseUrl.replace(/\/$/, ''),
      timeout: timeoutMs,
      validateStatus: () => true,
    });
    this.token = auth.token;
  }

  /** GET/POST/PUT/DELETE `/rest/<storeCode>/V1/...`; throws MagentoRestError on a non-2xx. */
  async call<T>(method: string, path: string, body?: unknown, storeCode?: string): Promise<T> {
    const url = `/rest${storeCode ? `/${storeCode}` : ''}${path}`;
    let res = await this.http.request({ method, url, data: body, headers: await this.headers() });
    if (res.status === 401 && this.auth.username) {
      this.token = undefined;
      res = await this.http.request({ method, url, data: body, headers: await this.headers() });
    }
    if (res.status < 200 || res.status >= 300)
      throw new MagentoRestError(res.status, res.data, `${method} ${url}`);
    return res.data as T;
  }

  get = <T>(path: string, storeCode?: string) => this.call<T>('GET', path, undefined, storeCode);
  post = <T>(path: string, body?: unknown, storeCode?: string) =>
    this.call<T>('POST', path, body ?? {}, storeCode);
  put = <T>(path: string, body?: unknown, storeCode?: string) =>
    this.call<T>('PUT', path, body ?? {}, storeCode);

  /** Pages through a getList route until every match is read. */
  async searchAll<T>(
    path: string,
    filters: Array<[string, string | number, string?]> = [],
    pageSize = 200,
  ): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const q = filters
        .map(([field, value, cond], i) => {
          const p = `searchCriteria[filter_groups][${i}][filters][0]`;
          return `${p}[field]=${encodeURIComponent(field)}&${p}[value]=${encodeURIComponent(String(value))}&${p}[condition_type]=${cond ?? 'eq'}`;
        })
        .concat([`searchCriteria[pageSize]=${pageSize}`, `searchCriteria[currentPage]=${page}`])
        .join('&');
      const res = await this.get<{ items: T[]; total_count: number }>(`${path}?${q}`);
      out.push(...res.items);
      if (res.items.length === 0 || out.length >= res.total_count) return out;
    }
  }

  private async headers(): Promise<Record<string, string>> {
    if (!this.token && this.auth.username && this.auth.password) {
      const res = await this.http.post('/rest/V1/integration/admin/token', {
        username: this.auth.username,
        password: this.auth.password,
      });
      if (res.status !== 200)
        throw new MagentoRestError(res.status, res.data, 'POST /rest/V1/integration/admin/token');
      this.token = res.data as string;
    }
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }
}
