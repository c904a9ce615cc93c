import type { Readable, Writable } from 'node:stream';
import type { ToxicStream } from '../contracts/toxiproxy.ts';
import { now } from './clock.ts';
import type { Logger } from './logger.ts';
import type { Random } from './random.ts';
import { Stub, type StubHost, type Target } from './stub.ts';
import { type ToxicWrapper, toxicDefinition } from './toxics/registry.ts';
import type { Item } from './toxics/toxic-stub.ts';

/** What a link reports to its connection. */
export interface LinkHooks {
  readonly random: Random;
  readonly logger: Logger;
  /** The end of the stream reached the sink: the connection closes `dest`. */
  onEnd(link: Link): void;
  /** Byte counters for /metrics. */
  count?(kind: 'received' | 'sent', bytes: number): void;
}

/** The hidden head of every chain (never listed, toxicity 1). */
const HEAD: ToxicWrapper = {
  name: '',
  type: 'noop',
  stream: '',
  direction: 'upstream',
  toxicity: 1,
  attributes: {},
};

/**
 * One direction of a proxied connection: bytes read from `source` run through a chain of stubs,
 * one per toxic of that direction in creation order, headed by a noop, and are written to `dest`.
 *
 *            head (noop)        toxic 1             toxic n
 *   source ──► [ Stub ] ──push──► [ Stub ] ── ... ──► [ Stub ] ──► sink ──► dest
 *   'data'     pass-through       pipe(stub, attrs)               dest.write()
 *
 * A stub whose toxic is a noop, or lost its toxicity roll, forwards synchronously; others run their
 * pipe function. The source is paused while a stub holds more chunks than its buffer or `dest`
 * needs draining, so back-pressure reaches the sender as it would through Toxiproxy's channels.
 * Adding, updating or removing a toxic interrupts the affected stubs, rewires, and restarts them.
 * @see https://github.com/Shopify/toxiproxy/blob/main/link.go
 */
export class Link implements StubHost {
  readonly stubs: Stub[];
  readonly random: Random;
  readonly logger: Logger;
  private readonly sink: Target = { push: (item) => this.deliver(item) };
  private overCount = 0;
  private sinkBlocked = false;
  private paused = false;
  private ended = false;
  private finished = false;
  private dead = false;

  constructor(
    readonly direction: ToxicStream,
    private readonly source: Readable,
    readonly dest: Writable,
    chain: readonly ToxicWrapper[],
    private readonly hooks: LinkHooks,
  ) {
    this.random = hooks.random;
    this.logger = hooks.logger;
    this.stubs = [];
    let next: Target = this.sink;
    for (const toxic of [HEAD, ...chain].reverse()) {
      const stub: Stub = new Stub(this, toxic, next, toxicDefinition(toxic.type)?.newState?.());
      this.stubs.unshift(stub);
      next = stub;
    }
  }

  start(): void {
    for (const stub of this.stubs) stub.run();
    this.source.on('data', this.onData);
    this.source.on('end', this.onEof);
    this.source.on('close', this.onEof);
    this.dest.on('drain', this.onDrain);
    this.source.resume();
  }

  /** Appends a toxic to the chain of this live link. */
  async addToxic(toxic: ToxicWrapper): Promise<void> {
    const last = this.stubs[this.stubs.length - 1] as Stub;
    const stub = new Stub(this, toxic, last.next, toxicDefinition(toxic.type)?.newState?.());
    if (!(await last.interrupt()) || this.dead) return;
    last.next = stub;
    this.stubs.push(stub);
    stub.run();
    last.run();
  }

  /** Restarts the stub running `toxic` with its new attributes (and a new toxicity roll). */
  async updateToxic(toxic: ToxicWrapper): Promise<void> {
    const stub = this.stubs.find((s) => s.toxic === toxic);
    if (stub && (await stub.interrupt()) && !this.dead) stub.run(toxic);
  }

  /** Takes `toxic` out of the chain; what it had queued moves on, unless its cleanup closed the stream. */
  async removeToxic(toxic: ToxicWrapper): Promise<void> {
    const stub = this.stubs.find((s) => s.toxic === toxic);
    if (!stub || !(await stub.interrupt()) || this.dead) return;
    toxicDefinition(toxic.type)?.cleanup?.(stub);
    if (stub.closed) return;
    const prev = this.stubs[this.stubs.indexOf(stub) - 1] as Stub;
    const prevRunning = await prev.interrupt();
    if (this.dead || !stub.drain()) return;
    prev.next = stub.next;
    this.stubs.splice(this.stubs.indexOf(stub), 1);
    stub.retire();
    if (prevRunning) prev.run();
  }

  /** Stops every stub and timer (the connection is gone). */
  kill(): void {
    this.dead = true;
    for (const stub of this.stubs) stub.kill();
    this.source.off('data', this.onData);
    this.dest.off('drain', this.onDrain);
  }

  pressure(delta: 1 | -1): void {
    this.overCount += delta;
    this.flow();
  }

  private readonly onData = (data: Buffer): void => {
    this.hooks.count?.('received', data.length);
    (this.stubs[0] as Stub).push({ data, ts: now() });
  };

  private readonly onEof = (): void => {
    if (this.ended) return;
    this.ended = true;
    (this.stubs[0] as Stub).push(null);
  };

  private readonly onDrain = (): void => {
    this.sinkBlocked = false;
    this.flow();
  };

  private deliver(item: Item): void {
    if (item === null) {
      if (!this.finished) {
        this.finished = true;
        this.hooks.onEnd(this);
      }
      return;
    }
    if (this.finished || this.dest.destroyed || this.dest.writableEnded) return;
    this.hooks.count?.('sent', item.data.length);
    if (!this.dest.write(item.data)) {
      this.sinkBlocked = true;
      this.flow();
    }
  }

  /** Pauses the source while any stub is over its buffer or dest needs draining. */
  private flow(): void {
    const hold = this.overCount > 0 || this.sinkBlocked;
    if (hold === this.paused || this.dead) return;
    this.paused = hold;
    if (hold) this.source.pause();
    else this.source.resume();
  }
}
