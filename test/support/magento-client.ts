/**
 * A tiny HTTP client for tests that talk to the simulator (or any Magento) over REST.
 * `call()` never throws on 4xx/5xx: tests assert on status and body.
 */
export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class MagentoTestClient {
  token: string | undefined;
  constructor(readonly baseUrl: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.token && !('authorization' in h)) h['authorization'] = `Bearer ${this.token}`;
    if (body !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
    const res = await fetch(
      `${this.baseUrl}${path.startsWith('/rest') || path.startsWith('/__sim') ? '' : '/rest'}${path}`,
      {
        method,
        headers: h,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      },
    );
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** Logs in as admin (default simulator credentials) and keeps the token for later calls. */
  async loginAdmin(username = 'admin', password = 'posgate123'): Promise<string> {
    const r = await this.call<string>('POST', '/V1/integration/admin/token', { username, password });
    if (r.status !== 200) throw new Error(`admin login failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.token = r.body;
    return r.body;
  }

  get = <T = unknown>(path: string) => this.call<T>('GET', path);
  post = <T = unknown>(path: string, body?: unknown) => this.call<T>('POST', path, body ?? {});
  put = <T = unknown>(path: string, body?: unknown) => this.call<T>('PUT', path, body ?? {});
  delete = <T = unknown>(path: string) => this.call<T>('DELETE', path);
}

/** Encodes searchCriteria as Magento's bracketed query string. */
export function searchQuery(criteria: {
  filters?: Array<Array<{ field: string; value: string | number; condition_type?: string }>>;
  sortOrders?: Array<{ field: string; direction?: string }>;
  pageSize?: number;
  currentPage?: number;
}): string {
  const parts: string[] = [];
  (criteria.filters ?? []).forEach((group, g) => {
    group.forEach((f, i) => {
      const p = `searchCriteria[filter_groups][${g}][filters][${i}]`;
      parts.push(
        `${p}[field]=${encodeURIComponent(f.field)}`,
        `${p}[value]=${encodeURIComponent(String(f.value))}`,
      );
      if (f.condition_type) parts.push(`${p}[condition_type]=${f.condition_type}`);
    });
  });
  (criteria.sortOrders ?? []).forEach((o, i) => {
    parts.push(`searchCriteria[sortOrders][${i}][field]=${o.field}`);
    if (o.direction) parts.push(`searchCriteria[sortOrders][${i}][direction]=${o.direction}`);
  });
  if (criteria.pageSize !== undefined) parts.push(`searchCriteria[pageSize]=${criteria.pageSize}`);
  if (criteria.currentPage !== undefined) parts.push(`searchCriteria[currentPage]=${criteria.currentPage}`);
  return parts.length ? parts.join('&') : 'searchCriteria=';
}
