import type { z } from 'zod';
import type { RequestContext } from '../context.ts';
import type { Edition, MagentoVersion } from '../profile.ts';
import { parseInput } from './input.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One row of the simulator's route table — our `webapi.xml`. `path` is Magento's URL verbatim
 * (`/V1/products/:sku`); `resource` is the ACL resource(s) (`anonymous`, `self`, or ids such as
 * `Magento_Catalog::products`); the handler receives the parsed body already validated.
 * Handlers must be synchronous: the HTTP layer wraps each in one state transaction.
 */
export interface Route {
  method: HttpMethod;
  path: string;
  resource: string | readonly string[];
  handler: (ctx: RequestContext) => unknown;
  /** Only in this edition (Commerce surfaces). */
  edition?: Edition;
  /** First and last versions that have the route (inclusive). */
  since?: MagentoVersion;
  until?: MagentoVersion;
  /** Part of the POS-extension surface (docs/pos-extension.md): absent with `--strict-core`. */
  posExtension?: boolean;
  /** Not a Magento core route: excluded from the schema-parity test (e.g. POS extension). */
  nonCore?: boolean;
  /** Placement routes: subject to backpressure (2.4.7+) and to the per-cart lock. */
  placesOrder?: boolean;
}

type RouteBase = Omit<Route, 'handler'>;

/** Declares a route whose JSON body is parsed with `schema` (Magento's input errors on failure). */
export function withBody<S extends z.ZodType>(
  base: RouteBase,
  schema: S,
  handler: (ctx: RequestContext, body: z.output<S>) => unknown,
): Route {
  return { ...base, handler: (ctx) => handler(ctx, parseInput(schema, ctx.body)) };
}

/** Declares a route without a body. */
export function route(base: RouteBase, handler: (ctx: RequestContext) => unknown): Route {
  return { ...base, handler };
}
