import type { Socket } from 'node:net';
import type { ToxicStream } from '../contracts/toxiproxy.ts';
import { Link, type LinkHooks } from './link.ts';
import type { ToxicWrapper } from './toxics/registry.ts';

/** What a connection needs from its proxy. */
export interface ConnectionHooks extends Omit<LinkHooks, 'onEnd' | 'count'> {
  onClosed(connection: Connection): void;
  count?(direction: ToxicStream, kind: 'received' | 'sent', bytes: number): void;
}

/**
 * One accepted client and its upstream socket, joined by two links: `upstream` (client -> server)
 * and `downstream` (server -> client). When a link's stream ends, its destination socket is closed
 * completely (no half-close, as Toxiproxy's `Close()`), which ends the other link too. Connections
 * opened while a reset_peer toxic is on either chain close with RST (Toxiproxy sets linger 0).
 */
export class Connection {
  readonly upstream: Link;
  readonly downstream: Link;
  private readonly reset: boolean;
  private open = 2;

  constructor(
    readonly client: Socket,
    readonly server: Socket,
    chains: Record<ToxicStream, readonly ToxicWrapper[]>,
    private readonly hooks: ConnectionHooks,
  ) {
    this.reset = [...chains.upstream, ...chains.downstream].some((t) => t.type === 'reset_peer');
    const link = (direction: ToxicStream, from: Socket, to: Socket): Link =>
      new Link(direction, from, to, chains[direction], {
        random: hooks.random,
        logger: hooks.logger,
        onEnd: () => this.closeSocket(to),
        count: (kind, bytes) => hooks.count?.(direction, kind, bytes),
      });
    this.upstream = link('upstream', client, server);
    this.downstream = link('downstream', server, client);
    for (const socket of [client, server]) {
      socket.setNoDelay(true);
      socket.on('error', () => {});
      socket.once('close', () => {
        if (--this.open === 0) this.finish();
      });
    }
  }

  start(): void {
    this.upstream.start();
    this.downstream.start();
  }

  /** Drops both sockets at once (proxy disabled, deleted or moved). */
  destroy(): void {
    for (const socket of [this.client, this.server]) this.drop(socket);
  }

  private closeSocket(socket: Socket): void {
    if (socket.destroyed) return;
    if (this.reset) this.drop(socket);
    else socket.end(() => socket.destroy());
  }

  private drop(socket: Socket): void {
    if (socket.destroyed) return;
    if (!this.reset) {
      socket.destroy();
      return;
    }
    try {
      socket.resetAndDestroy();
    } catch {
      socket.destroy();
    }
  }

  private finish(): void {
    this.upstream.kill();
    this.downstream.kill();
    this.hooks.onClosed(this);
  }
}
