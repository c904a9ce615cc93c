import type { TaxRate } from './types.ts';

/** Postcodes are cut to this length before building search templates (`Tax\Helper\Data`). */
export const POSTCODE_SUBSTRING_LENGTH = 10;

/** PHP's `is_numeric` for strings: optional sign, decimals, exponent, surrounding whitespace. */
export function isPhpNumeric(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value);
}

/**
 * The postcode patterns a rate may carry to match `postcode`: the postcode itself, `postcode*`,
 * and every shorter prefix followed by `*` (`9003*`, `900*`, … `9*`).
 * @see Magento\Tax\Model\ResourceModel\Calculation::_createSearchPostCodeTemplates
 */
export function postcodeTemplates(
  postcode: string | null | undefined,
  exactPostcode?: string | null,
): string[] {
  const cut = (s: string) => Array.from(s).slice(0, POSTCODE_SUBSTRING_LENGTH).join('');
  let base = postcode != null ? cut(postcode) : '';
  const templates = [base, `${base}*`];
  if (exactPostcode) {
    base = cut(exactPostcode);
    templates.push(base);
  }
  const chars = Array.from(base);
  for (let i = 1; i < chars.length; i++) templates.push(`${chars.slice(0, -i).join('')}*`);
  return templates;
}

/** MySQL's default collation: case-insensitive, trailing spaces ignored. */
const collate = (s: string) => s.toLowerCase().replace(/ +$/, '');

/**
 * Whether a rate's postcode condition lets `postcode` through, exactly as the two SELECTs of
 * `_getRates` do: plain rates match a null/empty/`*` postcode or one of the templates; range rates
 * only match a numeric postcode inside `zip_from..zip_to` (US ZIP+4 `90034-1234` and Portuguese
 * `1000-001` count by their first part); a postcode like `100-200` elsewhere is a range query.
 * A request postcode of `*` skips the postcode condition for plain rates.
 * @see Magento\Tax\Model\ResourceModel\Calculation::_getRates
 */
export function matchesPostcode(
  rate: TaxRate,
  countryId: string,
  requestPostcode: string | null | undefined,
) {
  let postcode = requestPostcode;
  let numeric = isPhpNumeric(postcode);
  let isRange = false;
  let original: string | null = null;
  let zipFrom = '';
  let zipTo = '';
  const m = typeof postcode === 'string' ? /^(.+)-(.+)$/.exec(postcode) : null;
  if (m && postcode != null) {
    const [, head = '', tail = ''] = m;
    const tailLen = Array.from(tail).length;
    if (
      (countryId === 'US' && isPhpNumeric(tail) && tailLen === 4) ||
      (countryId === 'PT' && isPhpNumeric(tail) && tailLen === 3)
    ) {
      numeric = true;
      original = postcode;
      postcode = head;
    } else {
      isRange = true;
      zipFrom = head;
      zipTo = tail;
    }
  }
  const filtered = postcode !== '*' || isRange;
  if (rate.zip_is_range) {
    if (!numeric && !isRange) return false;
    if (!filtered) return true;
    const from = rate.zip_from ?? Number.NaN;
    const to = rate.zip_to ?? Number.NaN;
    if (numeric) return Number(postcode) >= from && Number(postcode) <= to;
    return from >= Number(zipFrom) && to <= Number(zipTo);
  }
  if (!filtered || rate.tax_postcode == null) return true;
  const allowed = ['*', '', ...(isRange ? [postcode ?? ''] : postcodeTemplates(postcode, original))];
  return allowed.map(collate).includes(collate(rate.tax_postcode));
}
