import type { ToxicStream } from '../contracts/toxiproxy.ts';
import type { Connection } from './connection.ts';
import type { Link } from './link.ts';
import type { Attributes, ToxicWrapper } from './toxics/registry.ts';

const streams: readonly ToxicStream[] = ['upstream', 'downstream'];

/**
 * A proxy's toxics: one chain per direction (in creation order) and the live links they run on.
 * Changes apply to every open connection, one change at a time.
 * @see https://github.com/Shopify/toxiproxy/blob/main/toxic_collection.go
 */
export class ToxicCollection {
  private readonly chains: Record<ToxicStream, ToxicWrapper[]> = { upstream: [], downstream: [] };
  private readonly links: Record<ToxicStream, Set<Link>> = { upstream: new Set(), downstream: new Set() };
  private tail: Promise<unknown> = Promise.resolve();

  /** Upstream toxics first, then downstream, each in creation order. */
  list(): ToxicWrapper[] {
    return [...this.chains.upstream, ...this.chains.downstream];
  }

  find(name: string): ToxicWrapper | undefined {
    return this.list().find((t) => t.name === name);
  }

  /** A copy of one direction's chain, for a new connection. */
  chain(stream: ToxicStream): readonly ToxicWrapper[] {
    return [...this.chains[stream]];
  }

  attach(connection: Connection): void {
    this.links.upstream.add(connection.upstream);
    this.links.downstream.add(connection.downstream);
  }

  detach(connection: Connection): void {
    this.links.upstream.delete(connection.upstream);
    this.links.downstream.delete(connection.downstream);
  }

  add(toxic: ToxicWrapper): Promise<void> {
    return this.serial(() => {
      this.chains[toxic.direction].push(toxic);
      return this.eachLink(toxic.direction, (link) => link.addToxic(toxic));
    });
  }

  /** Replaces attributes and toxicity, then restarts the toxic on every link. */
  update(toxic: ToxicWrapper, attributes: Attributes, toxicity: number): Promise<void> {
    return this.serial(() => {
      toxic.attributes = attributes;
      toxic.toxicity = toxicity;
      return this.eachLink(toxic.direction, (link) => link.updateToxic(toxic));
    });
  }

  remove(toxic: ToxicWrapper): Promise<void> {
    return this.serial(() => this.unchain(toxic));
  }

  /** Removes every toxic (as `POST /reset` does), first to last in each direction. */
  reset(): Promise<void> {
    return this.serial(async () => {
      for (const stream of streams) for (const toxic of [...this.chains[stream]]) await this.unchain(toxic);
    });
  }

  private unchain(toxic: ToxicWrapper): Promise<void> {
    const chain = this.chains[toxic.direction];
    const at = chain.indexOf(toxic);
    if (at < 0) return Promise.resolve();
    chain.splice(at, 1);
    return this.eachLink(toxic.direction, (link) => link.removeToxic(toxic));
  }

  /** Runs `change` on a snapshot of the live links: links opened later already see the new chain. */
  private async eachLink(stream: ToxicStream, change: (link: Link) => Promise<void>): Promise<void> {
    await Promise.all([...this.links[stream]].map(change));
  }

  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => {});
    return run;
  }
}
