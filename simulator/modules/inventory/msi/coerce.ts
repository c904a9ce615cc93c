import { InputError } from '../../../errors.ts';

/**
 * Converts one DTO field the way Magento's ServiceInputProcessor does before any validator runs:
 * absent or null stays null (MSI validators then report it), numeric strings become numbers, and a
 * value of the wrong type fails with the wrapped, already-rendered type message that
 * InventoryApi's REST api-functional tests assert.
 * @see Magento\Framework\Webapi\ServiceInputProcessor::convertValue
 */
type Kind = 'string' | 'float' | 'int' | 'bool';

function typeError(field: string, value: unknown, type: Kind): InputError {
  const shown = Array.isArray(value) || typeof value === 'object' ? 'array' : String(value);
  return new InputError(
    `Error occurred during "${field}" processing. The "${shown}" value's type is invalid. ` +
      `The "${type}" type was expected. Verify and try again.`,
  );
}

export function asString(field: string, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw typeError(field, v, 'string');
}

export function asFloat(field: string, v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw typeError(field, v, 'float');
}

export function asInt(field: string, v: unknown): number | null {
  const n = v === undefined || v === null ? null : asFloatOrThrow(field, v, 'int');
  if (n !== null && !Number.isInteger(n)) throw typeError(field, v, 'int');
  return n;
}

export function asBool(field: string, v: unknown): boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === '1' || v === 'true') return true;
  if (v === 0 || v === '0' || v === 'false' || v === '') return false;
  throw typeError(field, v, 'bool');
}

function asFloatOrThrow(field: string, v: unknown, kind: Kind): number {
  try {
    return asFloat(field, v) as number;
  } catch {
    throw typeError(field, v, kind);
  }
}

/** A required array argument of the service (`sourceItems`, `links`). */
export function asList(name: string, v: unknown): Record<string, unknown>[] {
  if (v === undefined || v === null) throw InputError.required(name);
  const list = Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v) : [v];
  return list.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {}));
}

const TYPE_INVALID =
  'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.';

/** A top-level service argument (path or query): required, then converted (`stockId`, `qty`). */
export function argument(name: string, v: unknown, type: 'int' | 'float' | 'string'): number | string {
  if (v === undefined || v === null || v === '') throw InputError.required(name);
  if (type === 'string') {
    if (typeof v !== 'string') throw new InputError(TYPE_INVALID, { value: JSON.stringify(v), type });
    return v;
  }
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n) || (type === 'int' && !Number.isInteger(n))) {
    throw new InputError(TYPE_INVALID, { value: typeof v === 'string' ? v : JSON.stringify(v), type });
  }
  return n;
}
