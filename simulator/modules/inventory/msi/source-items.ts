import type { Services } from '../../../context.ts';
import { type ErrorItem, InputError, LocalizedError, render, ValidationError } from '../../../errors.ts';
import { atLeast } from '../../../profile.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import { SOURCE_ITEMS, SOURCES, type SourceItem, sourceItemKey } from '../types.ts';
import { isNumeric, noSpaceAround, notEmpty, noWhitespace } from './checks.ts';
import { asFloat, asInt, asString } from './coerce.ts';

/**
 * Source items: the quantity and in-stock status of one SKU at one source. Saving validates all
 * items first (`Validation Failed: <first error>` with every error listed), then upserts them;
 * an unknown source code breaks the foreign key (`Could not save Source Item`). SKUs need not
 * exist in the catalog (magento/magento2#38154). Leading/trailing spaces in a SKU are refused from
 * 2.4.7 (MSI 1.2.7).
 * @see Magento\Inventory\Model\SourceItem\Command\Handler\SourceItemsSaveHandler
 * @see Magento\Inventory\Model\SourceItem\Validator\SkuValidator and siblings
 */
export function listSourceItems(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return search(s.store.all<SourceItem>(SOURCE_ITEMS), parseSearchCriteria(s, query));
}

interface RawItem {
  sku: string | null;
  source_code: string | null;
  quantity: unknown;
  status: unknown;
}

/** `POST /V1/inventory/source-items`: validate every item, then upsert them all. */
export function saveSourceItems(s: Services, raw: Record<string, unknown>[]): void {
  if (raw.length === 0) throw new InputError('Input data is empty');
  const items: RawItem[] = raw.map((o) => ({
    sku: asString('sku', o['sku']),
    source_code: asString('source_code', o['source_code']),
    quantity: asFloat('quantity', o['quantity']),
    status: asInt('status', o['status']),
  }));
  const errors = items.flatMap((i) => validate(s, i));
  const [first] = errors;
  if (first)
    throw ValidationError.of(errors, `Validation Failed: ${render(first.message, first.parameters)}`);
  if (items.some((i) => !s.store.has(SOURCES, i.source_code as string))) {
    throw new LocalizedError('Could not save Source Item');
  }
  for (const i of items) {
    const item: SourceItem = {
      sku: i.sku as string,
      source_code: i.source_code as string,
      quantity: Number(i.quantity),
      status: Number(i.status),
    };
    s.store.put(SOURCE_ITEMS, sourceItemKey(item.sku, item.source_code), item);
  }
}

/** `POST /V1/inventory/source-items-delete`: unknown pairs are ignored. */
export function deleteSourceItems(s: Services, raw: Record<string, unknown>[]): void {
  if (raw.length === 0) throw new InputError('Input data is empty');
  for (const o of raw) {
    const sku = asString('sku', o['sku']) ?? '';
    const code = asString('source_code', o['source_code']) ?? '';
    s.store.delete(SOURCE_ITEMS, sourceItemKey(sku, code));
  }
}

function validate(s: Services, i: RawItem): ErrorItem[] {
  const status = i.status;
  return [
    ...notEmpty('sku', i.sku),
    ...(atLeast(s.profile, '2.4.7') ? noSpaceAround('sku', i.sku ?? '') : []),
    ...notEmpty('source_code', i.source_code),
    ...noWhitespace('source_code', i.source_code),
    ...isNumeric('quantity', i.quantity),
    ...isNumeric('status', status),
    ...(status === null || status === 0 || status === 1
      ? []
      : [{ message: '"%field" should a known status.', parameters: { field: 'status' } }]),
  ];
}
