import type { Services } from '../../../context.ts';
import { AggregateInputError, type ErrorItem, InputError, NoSuchEntityError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import { TAX_CLASSES, type TaxClassRecord } from './types.ts';

/**
 * Tax classes: `GET/DELETE /V1/taxClasses/:taxClassId`, `POST /V1/taxClasses`,
 * `PUT /V1/taxClasses/:classId` (the URL id overrides the body's `class_id`, as Magento's
 * ParamsOverrider does) and `GET /V1/taxClasses/search`. Saving answers the id **as a string**
 * (the service's `@return string`). A class's type cannot change; name + type are unique.
 * @see Magento\Tax\Model\TaxClass\Repository
 * @see Magento\Tax\Model\ClassModelRegistry::retrieve
 */
export interface TaxClassInput {
  class_id?: number | undefined;
  class_name?: string | undefined;
  class_type?: string | undefined;
}

export function findTaxClass(s: Services, id: number): TaxClassRecord | undefined {
  return s.store.get<TaxClassRecord>(TAX_CLASSES, String(id));
}

export function getTaxClass(s: Services, id: number): TaxClassRecord {
  const found = findTaxClass(s, id);
  if (!found) throw NoSuchEntityError.singleField('class_id', id);
  return found;
}

export function searchTaxClasses(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store.all<TaxClassRecord>(TAX_CLASSES).sort((a, b) => a.class_id - b.class_id);
  return search(rows, parseSearchCriteria(s, query));
}

export function saveTaxClass(s: Services, input: TaxClassInput): string {
  const prior = input.class_id ? getTaxClass(s, input.class_id) : undefined;
  if (prior && prior.class_type !== input.class_type) {
    throw new InputError('Updating classType is not allowed.');
  }
  const { name, type } = validate(input);
  const clash = s.store
    .all<TaxClassRecord>(TAX_CLASSES)
    .find((c) => c.class_type === type && sameText(c.class_name, name) && c.class_id !== prior?.class_id);
  if (clash) throw new InputError('A class with the same name already exists for ClassType %1.', [type]);
  const id = prior?.class_id ?? s.store.nextId(TAX_CLASSES);
  s.store.put<TaxClassRecord>(TAX_CLASSES, String(id), { class_id: id, class_name: name, class_type: type });
  return String(id);
}

function validate(input: TaxClassInput): { name: string; type: TaxClassRecord['class_type'] } {
  const errors: ErrorItem[] = [];
  const required = (fieldName: string) =>
    errors.push({ message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName } });
  const name = input.class_name ?? '';
  const type = input.class_type ?? '';
  if (name.trim() === '') required('class_name');
  if (type.trim() === '') required('class_type');
  else if (type !== 'CUSTOMER' && type !== 'PRODUCT') {
    errors.push({
      message: 'Invalid value of "%value" provided for the %fieldName field.',
      parameters: { fieldName: 'class_type', value: type },
    });
  }
  if (errors.length > 0) throw AggregateInputError.of(errors);
  return { name, type: type as TaxClassRecord['class_type'] };
}

/** MySQL's default collation compares case-insensitively and ignores trailing spaces. */
export const sameText = (a: string, b: string): boolean =>
  a.trimEnd().toLowerCase() === b.trimEnd().toLowerCase();
