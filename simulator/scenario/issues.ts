import type { z } from 'zod';

/**
 * Turns a zod error into one readable line naming each bad field by its path, e.g.
 * `products[2].price: Invalid input: expected number, received string`, so a typo in a scenario
 * file or a control-API body is found without reading a stack of JSON.
 */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${fieldPath(i.path) || '(top level)'}: ${i.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}

/** `["products", 2, "price"]` → `products[2].price`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
