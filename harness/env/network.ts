import { type Proxy as ToxiProxy, Toxiproxy } from 'toxiproxy-node-client';

/**
 * The register's network to Magento, made faulty through Toxiproxy's API (posgate's own fault
 * proxy or the real Toxiproxy): outages, hangs, resets, latency. Outages are made here, never
 * with sleeps, so scenarios stay fast and deterministic.
 */
export class RegisterNetwork {
  private readonly api: Toxiproxy;
  private proxy: ToxiProxy | undefined;

  constructor(
    readonly apiUrl: string,
    readonly name: string,
  ) {
    this.api = new Toxiproxy(apiUrl);
  }

  /** Creates (or replaces) the proxy from `listen` to Magento's `upstream` (host:port). */
  async connect(upstream: string, listen = '127.0.0.1:0'): Promise<string> {
    const existing = await this.api.getAll();
    if (existing[this.name]) await existing[this.name]?.remove();
    this.proxy = await this.api.createProxy({ name: this.name, listen, upstream });
    return this.proxy.listen;
  }

  /** Connection refused: the shop's link is down. */
  async down(): Promise<void> {
    const p = await this.current();
    this.proxy = await p.update({ enabled: false, listen: p.listen, upstream: p.upstream });
  }

  async up(): Promise<void> {
    const p = await this.current();
    this.proxy = await p.update({ enabled: true, listen: p.listen, upstream: p.upstream });
  }

  /** Requests reach Magento but no answer ever comes back: the client times out. */
  async hangResponses(): Promise<void> {
    await (await this.current()).addToxic({
      type: 'timeout',
      name: 'hang_downstream',
      stream: 'downstream',
      toxicity: 1,
      attributes: { timeout: 0 },
    } as never);
  }

  async latency(ms: number): Promise<void> {
    await (await this.current()).addToxic({
      type: 'latency',
      name: 'latency_downstream',
      stream: 'downstream',
      toxicity: 1,
      attributes: { latency: ms, jitter: 0 },
    } as never);
  }

  /** Back to a healthy link: enabled, no toxics (Toxiproxy's POST /reset). */
  async heal(): Promise<void> {
    await this.api.reset();
  }

  private async current(): Promise<ToxiProxy> {
    if (!this.proxy) throw new Error(`the ${this.name} proxy is not connected`);
    return this.api.get(this.name);
  }
}
