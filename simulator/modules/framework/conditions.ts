import { compare } from './search.ts';
import type { Filter } from './search-criteria.ts';

/**
 * One filter against one field value, with MySQL's semantics for each condition_type: `eq`,
 * `neq`, `gt`, `lt`, `gteq`/`moreq`/`from`, `lteq`/`to` (numbers numerically, text
 * case-insensitively), `like`/`nlike` with `%` and `_`, `in`/`nin` over the comma-separated value
 * (items not trimmed), `null`/`notnull`, `finset`/`nfinset` over a comma-separated field,
 * `regexp`, `ntoa` (dotted IPv4 of a number, then LIKE), `seq`/`sneq` (`eq`/`neq`, or
 * `null`/`notnull` for an empty value). A NULL field matches no comparison, negative ones
 * included (SQL three-valued logic). An unknown condition_type falls back to `eq`, because
 * Magento then builds `field = value`. A multi-valued field (e.g. a product's website ids)
 * matches when one of its values does.
 * @see Magento\Framework\DB\Adapter\Pdo\Mysql::prepareSqlCondition
 */
export function matches(value: unknown, f: Filter): boolean {
  const cond = f.condition_type.toLowerCase();
  if (cond === 'null' || (cond === 'seq' && f.value === '')) return !present(value);
  if (cond === 'notnull' || (cond === 'sneq' && f.value === '')) return present(value);
  const values = (Array.isArray(value) ? value : [value]).filter(present);
  if (values.length === 0) return false;
  const v = f.value;
  switch (cond) {
    case 'neq':
    case 'sneq':
      return !values.some((x) => eq(x, v));
    case 'like':
      return values.some((x) => like(String(x), v));
    case 'nlike':
      return !values.some((x) => like(String(x), v));
    case 'in':
      return values.some((x) => v.split(',').some((item) => eq(x, item)));
    case 'nin':
      return !values.some((x) => v.split(',').some((item) => eq(x, item)));
    case 'gt':
      return values.some((x) => compare(x, v) > 0);
    case 'lt':
      return values.some((x) => compare(x, v) < 0);
    case 'gteq':
    case 'moreq':
    case 'from':
      return values.some((x) => compare(x, v) >= 0);
    case 'lteq':
    case 'to':
      return values.some((x) => compare(x, v) <= 0);
    case 'finset':
      return values.some((x) => String(x).split(',').includes(v));
    case 'nfinset':
      return !values.some((x) => String(x).split(',').includes(v));
    case 'regexp':
      return values.some((x) => regexp(v).test(String(x)));
    case 'ntoa':
      return values.some((x) => like(ntoa(x), v));
    default:
      return values.some((x) => eq(x, v));
  }
}

const present = (x: unknown) => x !== null && x !== undefined;

/** MySQL `=`: numbers numerically, booleans as 0/1, text case-insensitively. */
function eq(x: unknown, v: string): boolean {
  if (typeof x === 'boolean') return (x ? '1' : '0') === v.trim() || String(x) === v;
  if (typeof x === 'number' || (typeof x === 'string' && isNumeric(x) && isNumeric(v))) {
    return isNumeric(v) && Number(x) === Number(v);
  }
  return String(x).toLowerCase() === v.toLowerCase();
}

const isNumeric = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

function like(x: string, pattern: string): boolean {
  const re = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${re}$`, 'is').test(x);
}

/** MySQL REGEXP is case-insensitive on text; a pattern JavaScript cannot read matches nothing. */
function regexp(p: string): RegExp {
  try {
    return new RegExp(p, 'i');
  } catch {
    return /(?!)/;
  }
}

function ntoa(x: unknown): string {
  const n = Number(x);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) return '';
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}
