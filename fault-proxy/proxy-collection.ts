import type { ProxyFields } from '../contracts/toxiproxy.ts';
import { sameListen } from './address.ts';
import { type Runtime, TcpProxy } from './proxy.ts';

/**
 * Every proxy of one fault proxy, by name.
 * @see https://github.com/Shopify/toxiproxy/blob/main/proxy_collection.go
 */
export class ProxyCollection {
  private readonly proxies = new Map<string, TcpProxy>();

  constructor(private readonly runtime: Runtime) {}

  get(name: string): TcpProxy | undefined {
    return this.proxies.get(name);
  }

  /** All proxies, sorted by name (Go marshals its map that way). */
  all(): TcpProxy[] {
    return [...this.proxies.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Creates a proxy, started when `enabled`; a failed start adds nothing. The name must be free. */
  async add(fields: ProxyFields): Promise<TcpProxy> {
    const proxy = new TcpProxy(fields.name, fields.listen, fields.upstream, this.runtime);
    if (fields.enabled) await proxy.start();
    this.proxies.set(proxy.name, proxy);
    return proxy;
  }

  /**
   * Populate's add-or-replace: an existing proxy with the same listen (resolved) and upstream is kept
   * as it is (toxics, connections, enabled state); otherwise it is stopped and replaced.
   */
  async addOrReplace(fields: ProxyFields): Promise<TcpProxy> {
    const existing = this.proxies.get(fields.name);
    if (existing) {
      const same =
        existing.upstream === fields.upstream &&
        (await sameListen(fields.listen, existing.listen).catch(() => false));
      if (same) return existing;
      await existing.stop();
      this.proxies.delete(fields.name);
    }
    return this.add(fields);
  }

  async remove(name: string): Promise<boolean> {
    const proxy = this.proxies.get(name);
    if (!proxy) return false;
    await proxy.stop();
    this.proxies.delete(name);
    return true;
  }

  async clear(): Promise<void> {
    for (const name of [...this.proxies.keys()]) await this.remove(name);
  }
}
