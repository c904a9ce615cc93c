import { InputError } from '../../errors.ts';

/**
 * One `sortOrders[]` entry, validated like Magento's SortOrder DTO: the field may hold only
 * letters, digits and `_` (`Sort order field %1 contains restricted symbols`); a given direction
 * must be a string (`... got %1.` with PHP's type name) equal to ASC or DESC in any case, and is
 * echoed upper-cased. A missing direction is not echoed and sorts descending, because the
 * collection processor sorts ascending only when the direction is `ASC`.
 * @see Magento\Framework\Api\SortOrder
 * @see Magento\Framework\Api\SearchCriteria\CollectionProcessor\SortingProcessor
 */
export interface SortOrder {
  field: string;
  direction?: 'ASC' | 'DESC';
}

export function parseSortOrder(o: Record<string, unknown>): SortOrder {
  const field = o['field'] === undefined || o['field'] === null ? '' : String(o['field']);
  if (/[^a-z0-9_]/i.test(field)) {
    throw new InputError('Sort order field %1 contains restricted symbols', [field]);
  }
  const dir = o['direction'];
  if (dir === undefined || dir === null) return { field };
  if (typeof dir !== 'string') {
    throw new InputError('The sort order has to be specified as a string, got %1.', [phpType(dir)]);
  }
  const up = dir.toUpperCase();
  if (up !== 'ASC' && up !== 'DESC') {
    throw new InputError(
      'The sort order has to be specified as %1 for ascending order or %2 for descending order.',
      ['ASC', 'DESC'],
    );
  }
  return { field, direction: up };
}

function phpType(v: unknown): string {
  if (Array.isArray(v) || typeof v === 'object') return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'double';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}
