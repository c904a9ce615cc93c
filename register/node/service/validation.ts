import type { z } from 'zod';

/**
 * Bad input to the register service is a 400 that names the field, never a crash: the zod issues
 * of the driver contract's schemas become `{message, field, issues}` (field as a path such as
 * `lines[0].qty`; an unknown key is named by itself).
 */
export class BadRequest extends Error {
  override name = 'BadRequest';
  constructor(
    message: string,
    readonly field: string,
    readonly issues: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => {
    const keys = (i as { keys?: string[] }).keys;
    const path = pathOf(i.path);
    const field =
      keys && keys.length > 0 ? keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : path || '(body)';
    return { field, message: i.message };
  });
  const first = issues[0] ?? { field: '(body)', message: 'invalid' };
  return failWith(`invalid ${what}: ${first.field}: ${first.message}`, first.field, issues);
}

function failWith(message: string, field: string, issues: BadRequest['issues']): never {
  throw new BadRequest(message, field, issues);
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );
}
