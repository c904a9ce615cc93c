import { MagentoRestError } from '../magento/admin-client.ts';

/**
 * Reading Magento's refusals: a route the target does not have (404 `Request does not match any
 * route.`: an Open Source store asked for a Commerce surface, or a module that is not installed) is
 * a missing precondition, not a failure; a 404 on an existing route is a record that does not exist.
 */
export const NO_ROUTE = 'Request does not match any route.';

export function isNoRoute(err: unknown): boolean {
  return err instanceof MagentoRestError && err.status === 404 && messageOf(err) === NO_ROUTE;
}

/** A 404 that is not "no route": the route exists, the record does not. */
export function isNotFound(err: unknown): boolean {
  return err instanceof MagentoRestError && err.status === 404 && messageOf(err) !== NO_ROUTE;
}

/** Magento's `message` with its `%name` / `%1` parameters filled in, for one-line reasons. */
export function messageOf(err: unknown): string {
  if (!(err instanceof MagentoRestError)) return err instanceof Error ? err.message : String(err);
  const body = err.body as { message?: unknown; parameters?: unknown } | string | null;
  if (typeof body === 'string') return body.slice(0, 200);
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${err.status}`;
  const params = body?.parameters;
  if (!params || typeof params !== 'object') return message;
  return message.replace(/%(\w+)/g, (whole, key: string) => {
    const list = params as Record<string, unknown>;
    const value = Array.isArray(params) ? list[Number(key) - 1] : list[key];
    return value === undefined ? whole : String(value);
  });
}

/** A seeding call that failed for a reason no precondition explains: names what was being seeded. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly what: string,
    readonly failure: unknown,
  ) {
    super(`seeding ${what} failed: ${messageOf(failure)}`);
  }
}

/** Runs a seeding call; an unexpected refusal becomes a SeedError naming `what`. */
export async function seeding<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof SeedError) throw err;
    throw new SeedError(what, err);
  }
}
