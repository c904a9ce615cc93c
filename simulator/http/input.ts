import { z } from 'zod';
import { AggregateInputError, type ErrorItem, InputError } from '../errors.ts';

/**
 * Zod builders for request bodies that convert and reject values the way Magento's
 * ServiceInputProcessor does: numeric strings are accepted for numbers, `"1"`/`true` for booleans,
 * a missing required field is `"%fieldName" is required. Enter and try again.`, and a value of the
 * wrong type is `The "%value" value's type is invalid. The "%type" type was expected. ...`.
 * @see Magento\Framework\Webapi\ServiceInputProcessor::processInputError
 * @see Magento\Framework\Reflection\TypeProcessor::processSimpleAndAnyType
 */
const TYPE_INVALID =
  'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.';

function typed<T>(type: string, convert: (v: unknown) => T | undefined) {
  return z.unknown().transform((v, ctx) => {
    if (v === undefined || v === null) {
      ctx.addIssue({ code: 'custom', message: 'required', params: { magento: 'required' } });
      return z.NEVER;
    }
    const out = convert(v);
    if (out === undefined) {
      const value = typeof v === 'object' ? JSON.stringify(v) : String(v);
      ctx.addIssue({ code: 'custom', message: 'type', params: { magento: 'type', type, value } });
      return z.NEVER;
    }
    return out;
  });
}

const num = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
};

export const m = {
  int: () =>
    typed('int', (v) => {
      const n = num(v);
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    }),
  float: () => typed('float', num),
  string: () =>
    typed('string', (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined)),
  bool: () =>
    typed('bool', (v) => {
      if (typeof v === 'boolean') return v;
      if (v === 1 || v === '1' || v === 'true') return true;
      if (v === 0 || v === '0' || v === 'false' || v === '') return false;
      return undefined;
    }),
  /** An array of items; a non-array is a type error naming the item type. */
  /** An array of items; a non-array is a type error. */
  array: <T extends z.ZodType>(item: T) => z.array(item),
  /** A DTO; unknown keys are kept (Magento ignores what it does not map here). */
  object: <S extends z.ZodRawShape>(shape: S) => z.looseObject(shape),
};

/** Parses `body` with `schema`, throwing Magento's input errors (aggregated like Magento). */
export function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  const items: ErrorItem[] = result.error.issues.map((issue) => {
    const params = (issue as { params?: Record<string, string> }).params ?? {};
    const fieldName = String(issue.path.at(-1) ?? 'input');
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_type' && (input === undefined || input === null)) {
      return { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName } };
    }
    if (issue.code === 'invalid_type') {
      const value = typeof input === 'string' ? input : JSON.stringify(input);
      return {
        message: TYPE_INVALID,
        parameters: { value, type: issue.expected === 'object' ? 'array' : issue.expected },
      };
    }
    if (params['magento'] === 'type') {
      return {
        message: TYPE_INVALID,
        parameters: { value: params['value'] ?? '', type: params['type'] ?? 'string' },
      };
    }
    return { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName } };
  });
  throw AggregateInputError.of(items);
}

/**
 * A path value for an `int` service argument (`/V1/taxRates/:rateId`): digits, else Magento's
 * type error. One parser for every route table.
 */
export function pathInt(raw: string | undefined): number {
  const v = raw ?? '';
  if (/^-?\d+$/.test(v.trim())) return Number(v);
  throw new InputError(TYPE_INVALID, { value: v, type: 'int' });
}
