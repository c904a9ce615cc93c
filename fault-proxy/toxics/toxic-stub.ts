import type { Random } from '../random.ts';

// The contract between a link and a toxic's pipe function (Toxiproxy's `ToxicStub` and
// `StreamChunk`), kept apart from the stub implementation so toxics depend on nothing else.

/** One socket read, stamped with the time it was received (ms on the `now()` clock). */
export interface Chunk {
  data: Buffer;
  ts: number;
}
/** What moves between stubs: a chunk, or `null` for the end of the stream. */
export type Item = Chunk | null;

/** `read()` result when the stub is being reconfigured: the pipe must return promptly. */
export const INTERRUPTED: unique symbol = Symbol('interrupted');
/** `read(timeoutMs)` result when nothing arrived in time. */
export const TIMED_OUT: unique symbol = Symbol('timed out');
export type ReadResult = Chunk | null | typeof INTERRUPTED | typeof TIMED_OUT;

/**
 * What a toxic's pipe function works with (Toxiproxy's `ToxicStub`). A pipe loops on `read()`,
 * writes what it lets through, calls `close()` at the end of the stream, and returns when `read`
 * gives INTERRUPTED or `sleep` gives false, forwarding any chunk it holds so nothing is lost.
 */
export interface ToxicStub<S = unknown> {
  read(timeoutMs?: number): Promise<ReadResult>;
  /** Puts an item back at the head of the input (read again after a restart or removal). */
  unread(item: Item): void;
  write(chunk: Chunk): void;
  /** Waits `ms`; resolves false if interrupted first. */
  sleep(ms: number): Promise<boolean>;
  /** Waits `ms` ignoring interrupts (Toxiproxy's reset_peer does this). */
  pause(ms: number): Promise<void>;
  /** Ends the stream after this stub: everything after it sees end-of-stream. */
  close(): void;
  readonly state: S;
  readonly random: Random;
  now(): number;
}
