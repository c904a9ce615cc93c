import type { Services } from '../../../context.ts';
import { AggregateInputError, type ErrorItem, LocalizedError, NoSuchEntityError } from '../../../errors.ts';
import { phpRound } from '../round.ts';
import { isImpossibleRegionId, isKnownCountry, regionById } from './directory.ts';
import { sameText } from './tax-classes.ts';
import { findRate, presentRate, type TaxRateDto } from './tax-rates.ts';
import { TAX_RATES, type TaxRateRecord } from './types.ts';

/**
 * `POST`/`PUT /V1/taxRates`: the repository's aggregated validation (country, region, percent,
 * code, then the ZIP range or the postcode), the model's `beforeSave` (ZIP length, `from-to`
 * postcode of a range, postcode cut to 10 characters, a region of another country becomes "any"),
 * then the unique code (`%1 already exists.` ["Code"]).
 * @see Magento\Tax\Model\Calculation\RateRepository::validate
 * @see Magento\Tax\Model\Calculation\Rate::beforeSave
 */
export interface TaxRateInput {
  id?: number | undefined;
  tax_country_id?: string | undefined;
  tax_region_id?: number | undefined;
  tax_postcode?: string | undefined;
  zip_is_range?: number | undefined;
  zip_from?: number | undefined;
  zip_to?: number | undefined;
  rate?: number | undefined;
  code?: string | undefined;
  titles?: Array<{ store_id?: string | undefined; value?: string | undefined }> | undefined;
}

const REQUIRED = '"%fieldName" is required. Enter and try again.';
const INVALID = 'Invalid value of "%value" provided for the %fieldName field.';

export function saveRate(s: Services, input: TaxRateInput): TaxRateDto {
  if (input.id && !findRate(s, input.id)) throw NoSuchEntityError.singleField('taxRateId', input.id);
  validate(input);
  const record = beforeSave(input, input.id || s.store.nextId(TAX_RATES));
  const clash = s.store.all<TaxRateRecord>(TAX_RATES).find((r) => sameText(r.code, record.code));
  if (clash && clash.id !== record.id) throw new LocalizedError('%1 already exists.', ['Code']);
  s.store.put(TAX_RATES, String(record.id), record);
  return presentRate(record);
}

function validate(input: TaxRateInput): void {
  const errors: ErrorItem[] = [];
  const required = (fieldName: string) => errors.push({ message: REQUIRED, parameters: { fieldName } });
  const invalid = (fieldName: string, value: unknown) =>
    errors.push({ message: INVALID, parameters: { fieldName, value: value ?? null } });
  const country = input.tax_country_id ?? '';
  if (country === '') required('country_id');
  else if (!isKnownCountry(country)) invalid('country_id', country);
  if (input.tax_region_id && isImpossibleRegionId(input.tax_region_id))
    invalid('region_id', input.tax_region_id);
  if (input.rate === undefined || input.rate < 0) required('percentage_rate');
  if ((input.code ?? '').trim() === '') required('code');
  if (input.zip_is_range) {
    for (const key of ['zip_from', 'zip_to'] as const) {
      const value = input[key];
      if (value === undefined || value < 0) invalid(key, value);
    }
    if ((input.zip_from ?? 0) > (input.zip_to ?? 0)) {
      errors.push({ message: 'Range To should be equal or greater than Range From.' });
    }
  } else if ((input.tax_postcode ?? '').trim() === '') required('postcode');
  if (errors.length > 0) throw AggregateInputError.of(errors);
}

function beforeSave(input: TaxRateInput, id: number): TaxRateRecord {
  const country = input.tax_country_id as string;
  const region = regionById(input.tax_region_id ?? 0);
  const base = {
    id,
    code: input.code as string,
    tax_country_id: country,
    tax_region_id: region && region.country_id !== country ? 0 : Math.max(input.tax_region_id ?? 0, 0),
    rate: phpRound(input.rate as number, 4),
    titles: (input.titles ?? [])
      .filter((t) => (t.value ?? '') !== '')
      .map((t) => ({ store_id: Math.trunc(Number(t.store_id ?? 0)) || 0, value: t.value as string })),
  };
  if (!input.zip_is_range) return { ...base, tax_postcode: (input.tax_postcode as string).slice(0, 10) };
  const from = input.zip_from as number;
  const to = input.zip_to as number;
  if (String(from).length > 9 || String(to).length > 9) {
    throw new LocalizedError(
      'The ZIP Code length is invalid. Verify that the length is nine characters or fewer and try again.',
    );
  }
  return { ...base, tax_postcode: `${from}-${to}`, zip_is_range: 1, zip_from: from, zip_to: to };
}
