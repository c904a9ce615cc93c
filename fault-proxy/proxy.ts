import { connect, createServer, type Server, type Socket } from 'node:net';
import type { ProxyFields } from '../contracts/toxiproxy.ts';
import { listenTcp, sameListen, splitHostPort } from './address.ts';
import { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import type { Random } from './random.ts';
import { ToxicCollection } from './toxic-collection.ts';

/** Shared by every proxy of one fault proxy instance. */
export interface Runtime {
  readonly random: Random;
  readonly logger: Logger;
  readonly metrics?: Metrics;
}

/**
 * A named TCP listener that forwards each client to `upstream` through its toxics. Upstream is
 * dialled per client; when the dial fails the client is closed at once (it reads EOF), as in
 * Toxiproxy. Stopping closes the listener (new clients get ECONNREFUSED) and every open socket.
 * @see https://github.com/Shopify/toxiproxy/blob/main/proxy.go
 */
export class TcpProxy {
  readonly toxics = new ToxicCollection();
  enabled = false;
  private server: Server | undefined;
  private readonly connections = new Set<Connection>();
  private readonly dialling = new Set<Socket>();

  constructor(
    readonly name: string,
    public listen: string,
    public upstream: string,
    private readonly runtime: Runtime,
  ) {}

  /** Starts listening; `listen` becomes the bound address. Throws Go's listen error text. */
  async start(): Promise<void> {
    if (this.enabled) return;
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: true, noDelay: true });
    server.on('connection', (client) => this.accept(client));
    this.listen = await listenTcp(server, this.listen);
    server.on('error', (err) =>
      this.runtime.logger.warn('accept failed', { name: this.name, err: String(err) }),
    );
    this.server = server;
    this.enabled = true;
    this.runtime.logger.info('started proxy', {
      name: this.name,
      listen: this.listen,
      upstream: this.upstream,
    });
  }

  /** Stops listening and drops every connection; toxics are kept. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!this.enabled || !server) return;
    this.enabled = false;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const client of this.dialling) client.destroy();
    for (const connection of this.connections) connection.destroy();
    await closed;
    this.runtime.logger.info('terminated proxy', { name: this.name, listen: this.listen });
  }

  /**
   * Toxiproxy's Proxy.Update: a different listen (compared resolved) or upstream restarts the proxy
   * (dropping its connections); then `enabled` is applied. Toxics survive.
   */
  async update(input: Omit<ProxyFields, 'name'>): Promise<void> {
    const moved = input.upstream !== this.upstream || !(await sameListen(input.listen, this.listen));
    if (moved) {
      await this.stop();
      this.listen = input.listen;
      this.upstream = input.upstream;
    }
    if (input.enabled && !this.enabled) await this.start();
    else if (!input.enabled) await this.stop();
  }

  private accept(client: Socket): void {
    client.on('error', () => {});
    let upstream: Socket;
    try {
      const { host, port } = splitHostPort(this.upstream);
      upstream = connect({ host, port: Number(port), allowHalfOpen: true, noDelay: true });
    } catch {
      this.runtime.logger.warn('bad upstream address', { name: this.name, upstream: this.upstream });
      return void client.destroy();
    }
    this.dialling.add(client);
    upstream.once('error', () => {
      this.dialling.delete(client);
      this.runtime.logger.warn('unable to open connection to upstream', { name: this.name });
      client.destroy();
    });
    upstream.once('connect', () => {
      this.dialling.delete(client);
      upstream.removeAllListeners('error');
      if (!this.enabled || client.destroyed) {
        upstream.destroy();
        return void client.destroy();
      }
      this.join(client, upstream);
    });
  }

  private join(client: Socket, upstream: Socket): void {
    const listener = this.listen;
    const connection = new Connection(
      client,
      upstream,
      { upstream: this.toxics.chain('upstream'), downstream: this.toxics.chain('downstream') },
      {
        random: this.runtime.random,
        logger: this.runtime.logger,
        onClosed: (c) => {
          this.connections.delete(c);
          this.toxics.detach(c);
        },
        count: this.runtime.metrics?.counter(this.name, listener, this.upstream),
      },
    );
    this.connections.add(connection);
    this.toxics.attach(connection);
    connection.start();
  }
}
