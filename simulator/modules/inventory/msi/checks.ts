import type { ErrorItem } from '../../../errors.ts';

/**
 * MSI's small field checkers, each returning zero or one error in Magento's words. Validators
 * concatenate them, so one bad value can yield several errors (`" "` is both empty and spaced).
 * @see Magento\Inventory\Model\Validators\NotAnEmptyString, NoWhitespaceInString,
 *   NoSpaceBeforeAndAfterString, NoSpecialCharsInString, IsNumericValue
 */
const field = (message: string, name: string): ErrorItem[] => [{ message, parameters: { field: name } }];

export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function notEmpty(name: string, v: unknown): ErrorItem[] {
  return str(v).trim() === '' ? field('"%field" can not be empty.', name) : [];
}

export function noWhitespace(name: string, v: unknown): ErrorItem[] {
  return /\s/.test(str(v)) ? field('"%field" can not contain whitespaces.', name) : [];
}

export function noSpaceAround(name: string, v: unknown): ErrorItem[] {
  const s = str(v);
  return s.trim() !== s ? field('"%field" can not contain leading or trailing spaces.', name) : [];
}

/** Template-injection guard: `${...}` style values are refused with a bare "Validation Failed". */
export function noSpecialChars(v: unknown): ErrorItem[] {
  return /\$:*\{.*\}/.test(str(v)) ? [{ message: 'Validation Failed' }] : [];
}

/** PHP's is_numeric: numbers and numeric strings (no booleans, no empty string). */
export function isNumeric(name: string, v: unknown): ErrorItem[] {
  const ok =
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v));
  return ok ? [] : field('"%field" should be numeric.', name);
}
