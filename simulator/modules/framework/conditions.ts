import { InputError } from '../../errors.ts';
import { compare } from './search.ts';
import type { Filter } from './search-criteria.ts';

/**
 * One filter against one value, with MySQL's semantics for each condition_type: `like` with `%`
 * and `_` case-insensitively, `in`/`nin` over a comma-separated list, numeric comparison when both
 * sides are numbers, `finset` over a comma-separated column, `null`/`notnull`, `from`/`to`.
 * @see Magento\Framework\DB\Adapter\Pdo\Mysql::prepareSqlCondition
 */
export function matches(value: unknown, f: Filter): boolean {
  const v = f.value;
  const values = Array.isArray(value) ? value : [value];
  switch (f.condition_type.toLowerCase()) {
    case 'eq':
    case 'seq':
      return values.some((x) => eq(x, v));
    case 'neq':
    case 'sneq':
      return !values.some((x) => eq(x, v));
    case 'like':
      return values.some((x) => like(x, v));
    case 'nlike':
      return !values.some((x) => like(x, v));
    case 'in':
      return values.some((x) => list(v).some((item) => eq(x, item)));
    case 'nin':
      return !values.some((x) => list(v).some((item) => eq(x, item)));
    case 'null':
      return value === null || value === undefined;
    case 'notnull':
      return value !== null && value !== undefined;
    case 'is':
      return v.toUpperCase() === 'NULL' ? value === null || value === undefined : eq(value, v);
    case 'gt':
      return present(value) && compare(value, v) > 0;
    case 'lt':
      return present(value) && compare(value, v) < 0;
    case 'gteq':
    case 'moreq':
    case 'from':
      return present(value) && compare(value, v) >= 0;
    case 'lteq':
    case 'to':
      return present(value) && compare(value, v) <= 0;
    case 'finset':
      return present(value) && String(value).split(',').includes(v);
    case 'nfinset':
      return !present(value) || !String(value).split(',').includes(v);
    case 'regexp':
      return present(value) && safeRegExp(v).test(String(value));
    case 'ntoa':
      return eq(value, v);
    default:
      throw new InputError('Invalid value of "%value" provided for the %fieldName field.', {
        fieldName: 'condition_type',
        value: f.condition_type,
      });
  }
}

const present = (x: unknown) => x !== null && x !== undefined;
const list = (v: string) => v.split(',').map((s) => s.trim());

function eq(x: unknown, v: string): boolean {
  if (!present(x)) return false;
  if (typeof x === 'boolean') return (x ? '1' : '0') === v || String(x) === v;
  return (
    compare(x, v) === 0 &&
    (String(x).toLowerCase() === v.toLowerCase() || (!Number.isNaN(Number(x)) && Number(x) === Number(v)))
  );
}

function like(x: unknown, pattern: string): boolean {
  if (!present(x)) return false;
  const re = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${re}$`, 'is').test(String(x));
}

function safeRegExp(p: string): RegExp {
  try {
    return new RegExp(p, 'i');
  } catch {
    throw new InputError('Invalid value of "%value" provided for the %fieldName field.', {
      fieldName: 'value',
      value: p,
    });
  }
}
