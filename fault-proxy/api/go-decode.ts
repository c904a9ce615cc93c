import type { z } from 'zod';

/**
 * Decodes a parsed JSON value into a struct the way Go's encoding/json does for Toxiproxy's
 * bodies: keys match field names exactly or case-insensitively, unknown keys and nulls are ignored
 * (the field keeps its current value), a wrong type fails with Go's message
 * (`json: cannot unmarshal string into Go struct field Proxy.enabled of type bool`). Field types
 * are read from the zod schema: z.string, z.boolean, z.int (int64), z.float32, z.number.
 */
export class GoDecodeError extends Error {
  override name = 'GoDecodeError';
}

/** How Go names the target in messages: `Proxy` + `toxiproxy.Proxy`, or a field path prefix. */
export interface GoTarget {
  struct: string;
  value: string;
  path?: string;
}

type GoType = 'string' | 'bool' | 'int64' | 'float32' | 'float64';
interface Def {
  type: string;
  format?: string;
  innerType?: { _zod: { def: Def } };
}

function goType(schema: z.ZodType): GoType {
  let def = schema._zod.def as unknown as Def;
  while (def.innerType) def = def.innerType._zod.def;
  if (def.type === 'string') return 'string';
  if (def.type === 'boolean') return 'bool';
  return def.format === 'safeint' ? 'int64' : def.format === 'float32' ? 'float32' : 'float64';
}

/** Go's name for the kind of a JSON value in unmarshal errors. */
export function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return value === null ? 'null' : typeof value;
}

/** The nearest float32 written with the fewest digits, as Go prints a float32. */
export function float32(value: number): number {
  const f = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const short = Number(f.toPrecision(digits));
    if (Math.fround(short) === f) return short;
  }
  return f;
}

const MAX_FLOAT32 = 3.4028234663852886e38;

/** The value converted to the Go type, or the "cannot unmarshal X" description of why not. */
function convert(value: unknown, type: GoType): { ok: unknown } | { kind: string } {
  const kind = jsonKind(value);
  if (type === 'string') return typeof value === 'string' ? { ok: value } : { kind };
  if (type === 'bool') return typeof value === 'boolean' ? { ok: value } : { kind };
  if (typeof value !== 'number') return { kind };
  if (type === 'int64' && !Number.isSafeInteger(value)) return { kind: `number ${value}` };
  if (type === 'float32' && Math.abs(value) > MAX_FLOAT32) return { kind: `number ${value}` };
  return { ok: type === 'float32' ? float32(value) : value };
}

/** The value of the last key naming `field` (exactly or case-insensitively), or undefined. */
export function pickField(raw: unknown, field: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  let found: unknown;
  for (const [key, value] of Object.entries(raw))
    if (key === field || key.toLowerCase() === field.toLowerCase()) found = value;
  return found;
}

/** Decodes `raw` over `current` (Go decodes into a prefilled struct) and returns the result. */
export function decodeStruct<S extends z.ZodObject>(
  raw: unknown,
  schema: S,
  current: z.output<S>,
  target: GoTarget,
): z.output<S> {
  if (raw === null || raw === undefined) return schema.parse(current);
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new GoDecodeError(`json: cannot unmarshal ${jsonKind(raw)} into Go value of type ${target.value}`);
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields = Object.keys(shape);
  const out: Record<string, unknown> = { ...current };
  let error: string | undefined;
  for (const [key, value] of Object.entries(raw)) {
    const field = fields.includes(key) ? key : fields.find((f) => f.toLowerCase() === key.toLowerCase());
    if (field === undefined || value === null) continue;
    const type = goType(shape[field] as z.ZodType);
    const result = convert(value, type);
    if ('ok' in result) out[field] = result.ok;
    else {
      const path = target.path ? `${target.path}.${field}` : field;
      error ??= `json: cannot unmarshal ${result.kind} into Go struct field ${target.struct}.${path} of type ${type}`;
    }
  }
  if (error) throw new GoDecodeError(error);
  return schema.parse(out);
}
