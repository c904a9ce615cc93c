import { after, now } from './clock.ts';
import type { Logger } from './logger.ts';
import type { Random } from './random.ts';
import { type ToxicWrapper, toxicDefinition } from './toxics/registry.ts';
import {
  type Chunk,
  INTERRUPTED,
  type Item,
  type ReadResult,
  TIMED_OUT,
  type ToxicStub,
} from './toxics/toxic-stub.ts';

/** What a stub needs from its link. */
export interface StubHost {
  readonly random: Random;
  readonly logger: Logger;
  /** +1 when a stub's input queue exceeds its buffer, -1 when it is back under (back-pressure). */
  pressure(delta: 1 | -1): void;
}

/** Where a stub's output goes: the next stub, or the link's sink. */
export interface Target {
  push(item: Item): void;
}

type Mode = 'idle' | 'pass' | 'pipe' | 'closed';

/**
 * Runs one toxic on one direction of one connection. A stub whose toxic lost its toxicity roll, or
 * whose toxic has no pipe (noop), forwards synchronously ('pass'), so a clean link costs no promise.
 */
export class Stub implements ToxicStub, Target {
  readonly random: Random;
  private mode: Mode = 'idle';
  private queue: Item[] = [];
  private readonly capacity: number;
  private over = false;
  private interrupting = false;
  private running: Promise<void> | undefined;
  private wakeRead: ((result: ReadResult) => void) | undefined;
  private wakeSleep: ((completed: boolean) => void) | undefined;
  private cancelTimer: (() => void) | undefined;
  private cancelPause: (() => void) | undefined;

  constructor(
    private readonly host: StubHost,
    public toxic: ToxicWrapper,
    public next: Target,
    readonly state: unknown,
  ) {
    this.random = host.random;
    this.capacity = Math.max(1, toxicDefinition(toxic.type)?.bufferSize ?? 0);
  }

  get closed(): boolean {
    return this.mode === 'closed';
  }

  now(): number {
    return now();
  }

  /** Starts the toxic (rolling its toxicity) on this stub. */
  run(toxic: ToxicWrapper = this.toxic): void {
    this.toxic = toxic;
    if (this.mode === 'closed') return;
    const active = toxic.toxicity >= 1 || this.random.float() < toxic.toxicity;
    const def = active ? toxicDefinition(toxic.type) : undefined;
    if (!def?.pipe) {
      this.mode = 'pass';
      while (this.queue.length > 0 && this.mode === 'pass') this.forward(this.take());
      return;
    }
    this.mode = 'pipe';
    this.running = def
      .pipe(this, toxic.attributes)
      .catch((err: unknown) =>
        this.host.logger.error('toxic failed', { toxic: toxic.name, err: String(err) }),
      )
      .finally(() => {
        if (this.mode === 'pipe') this.mode = 'idle';
      });
  }

  /** Stops the running toxic so the chain can change; false if the stream already ended here. */
  async interrupt(): Promise<boolean> {
    if (this.mode === 'closed') return false;
    if (this.mode !== 'pipe') {
      this.mode = 'idle';
      return true;
    }
    this.interrupting = true;
    this.wake(INTERRUPTED, false);
    await this.running;
    this.interrupting = false;
    return (this.mode as Mode) !== 'closed';
  }

  /** Ends this stub for good without signalling the rest of the chain (connection gone). */
  kill(): void {
    this.interrupting = true;
    this.wake(INTERRUPTED, false);
    this.settle();
  }

  push(item: Item): void {
    if (this.mode === 'closed') return;
    if (this.mode === 'pass') {
      this.forward(item);
      return;
    }
    const wake = this.wakeRead;
    if (wake && this.queue.length === 0) {
      this.wakeRead = undefined;
      this.stopTimer();
      wake(item);
      return;
    }
    this.queue.push(item);
    if (!this.over && this.queue.length > this.capacity) {
      this.over = true;
      this.host.pressure(1);
    }
  }

  read(timeoutMs?: number): Promise<ReadResult> {
    if (this.interrupting) return Promise.resolve(INTERRUPTED);
    if (this.queue.length > 0) return Promise.resolve(this.take());
    return new Promise((resolve) => {
      this.wakeRead = resolve;
      if (timeoutMs !== undefined && timeoutMs > 0)
        this.cancelTimer = after(timeoutMs, () => this.wake(TIMED_OUT, true));
    });
  }

  unread(item: Item): void {
    if (this.mode !== 'closed') this.queue.unshift(item);
  }

  write(chunk: Chunk): void {
    if (this.mode !== 'closed') this.next.push(chunk);
  }

  sleep(ms: number): Promise<boolean> {
    if (this.interrupting) return Promise.resolve(false);
    if (!(ms > 0)) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.wakeSleep = resolve;
      this.cancelTimer = after(ms, () => this.wake(TIMED_OUT, true));
    });
  }

  pause(ms: number): Promise<void> {
    if (this.mode === 'closed' || !(ms > 0)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = after(ms, () => {
        this.cancelPause = undefined;
        resolve();
      });
      this.cancelPause = () => {
        done();
        resolve();
      };
    });
  }

  close(): void {
    if (this.mode === 'closed') return;
    this.settle();
    this.next.push(null);
  }

  /**
   * Hands everything queued to the next stub, as Toxiproxy does when a toxic is removed. Returns
   * false when the end of the stream was among it (the stub then closes, ending the chain).
   */
  drain(): boolean {
    while (this.queue.length > 0) {
      const item = this.take();
      if (item === null) {
        this.close();
        return false;
      }
      this.next.push(item);
    }
    return true;
  }

  /** Marks the stub finished after it left the chain. */
  retire(): void {
    this.settle();
  }

  private forward(item: Item): void {
    if (item === null) this.settle();
    this.next.push(item);
  }

  private take(): Item {
    const item = this.queue.shift() as Item;
    if (this.over && this.queue.length <= this.capacity) {
      this.over = false;
      this.host.pressure(-1);
    }
    return item;
  }

  /** Resolves a pending read with `result` or a pending sleep with `slept`. */
  private wake(result: ReadResult, slept: boolean): void {
    this.stopTimer();
    const read = this.wakeRead;
    const sleep = this.wakeSleep;
    this.wakeRead = undefined;
    this.wakeSleep = undefined;
    read?.(result);
    sleep?.(slept);
  }

  private stopTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private settle(): void {
    this.mode = 'closed';
    this.queue = [];
    this.cancelPause?.();
    if (this.over) {
      this.over = false;
      this.host.pressure(-1);
    }
  }
}
