import type { z } from 'zod';
import type { ToxicStream } from '../../contracts/toxiproxy.ts';
import { bandwidth } from './bandwidth.ts';
import { latency } from './latency.ts';
import { limitData } from './limit-data.ts';
import { noop } from './noop.ts';
import { resetPeer } from './reset-peer.ts';
import { slicer } from './slicer.ts';
import { slowClose } from './slow-close.ts';
import { timeout } from './timeout.ts';
import type { ToxicStub } from './toxic-stub.ts';

/** Attribute values of a toxic, every attribute of its type present. */
export type Attributes = Record<string, number>;

/** A toxic as configured on a proxy (Toxiproxy's `ToxicWrapper`). */
export interface ToxicWrapper {
  name: string;
  type: string;
  /** The stream as the client spelled it (Toxiproxy echoes it), e.g. `upstream` or `UPSTREAM`. */
  stream: string;
  /** The direction `stream` names. */
  direction: ToxicStream;
  toxicity: number;
  attributes: Attributes;
}

/**
 * A toxic type: its attribute schema (zod, in Toxiproxy's field order) and its pipe function.
 * @see https://github.com/Shopify/toxiproxy/blob/main/CREATING_TOXICS.md
 */
export interface ToxicDefinition<A extends Attributes = Attributes, S = unknown> {
  readonly type: string;
  /** The Go struct name, used in decoding error messages (`LatencyToxic.attributes.latency`). */
  readonly goName: string;
  readonly attributes: z.ZodObject<{ [K in keyof A]: z.ZodType<A[K]> }>;
  /** Moves chunks through one stub; absent means pass-through (noop). */
  pipe?(stub: ToxicStub<S>, attrs: A): Promise<void>;
  /** Chunks the stub may queue before the source is paused (Toxiproxy's channel buffer). */
  readonly bufferSize?: number;
  /** Per connection-direction state, created when the toxic is attached and kept across updates. */
  newState?(): S;
  /** Runs when the toxic is removed from a live link (timeout closes the connection). */
  cleanup?(stub: ToxicStub<S>): void;
  /** A reason the attributes are unusable, reported as `bad request body: <reason>`. */
  validate?(attrs: A): string | undefined;
}

const registry = new Map<string, ToxicDefinition>();

/** Adds a toxic type; a later registration of the same type replaces the earlier one. */
export function registerToxic<A extends Attributes, S>(def: ToxicDefinition<A, S>): void {
  registry.set(def.type, def as unknown as ToxicDefinition);
}

/** The toxic type registered under `type`, if any. */
export function toxicDefinition(type: string): ToxicDefinition | undefined {
  return registry.get(type);
}

for (const def of [noop, latency, bandwidth, slowClose, timeout, resetPeer, slicer, limitData])
  registerToxic(def as ToxicDefinition);
