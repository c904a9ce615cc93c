/** One row of the `/__sim` control API's route table. */
export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path after `/__sim`, e.g. `/reset` or `/faults/:id` (`:name` matches one segment). */
  path: string;
  description: string;
  handler: (req: ControlRequest) => unknown | Promise<unknown>;
}

export interface ControlRequest {
  body: unknown;
  query: URLSearchParams;
  /** Values of the path's `:name` segments. */
  params: Record<string, string>;
}

/** A control-API error with an HTTP status (400 unless said). */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Finds the route for a method and path; `:name` segments capture one path segment each. */
export function matchControlRoute(
  routes: readonly ControlRoute[],
  method: string,
  path: string,
): { route: ControlRoute; params: Record<string, string> } | null {
  const parts = path.split('/').filter((s) => s !== '');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.path.split('/').filter((s) => s !== '');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      const part = parts[i] as string;
      if (!seg.startsWith(':')) return seg === part;
      params[seg.slice(1)] = safeDecode(part);
      return true;
    });
    if (ok) return { route, params };
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
