import type { z } from 'zod';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { TcpProxy } from '../proxy.ts';
import type { ProxyCollection } from '../proxy-collection.ts';
import { badRequestBody, ProxyNotFound } from './errors.ts';
import { decodeStruct, type GoTarget } from './go-decode.ts';
import { decodeFirstValue } from './go-json.ts';
import type { Reply } from './reply.ts';

/** What every handler can reach. */
export interface ApiContext {
  readonly proxies: ProxyCollection;
  readonly version: string;
  readonly logger: Logger;
  readonly metrics?: Metrics;
}

export interface ApiRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body: string;
}

export type Handler = (req: ApiRequest, ctx: ApiContext) => Promise<Reply> | Reply;

/** The body's first JSON value; a syntax error is `bad request body: <Go message>`. */
export function parseBody(body: string): unknown {
  try {
    return decodeFirstValue(body);
  } catch (err) {
    throw badRequestBody((err as Error).message);
  }
}

/** Decodes a parsed body into a struct over `current`; a type error is `bad request body: …`. */
export function decodeBody<S extends z.ZodObject>(
  raw: unknown,
  schema: S,
  current: z.output<S>,
  target: GoTarget,
): z.output<S> {
  try {
    return decodeStruct(raw, schema, current, target);
  } catch (err) {
    throw badRequestBody((err as Error).message);
  }
}

/** The proxy named by the `{proxy}` path segment, or 404 `proxy not found`. */
export function findProxy(req: ApiRequest, ctx: ApiContext): TcpProxy {
  const proxy = ctx.proxies.get(req.params.proxy ?? '');
  if (!proxy) throw ProxyNotFound;
  return proxy;
}
