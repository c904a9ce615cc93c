import type { Services } from '../../context.ts';
import { InputError, LocalizedError, NoSuchEntityError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { CUSTOMERS, type Customer, type CustomerGroup, type CustomerGroupDto, GROUPS } from './types.ts';

/**
 * Customer groups: Magento's four defaults (0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer, all
 * with tax class 3 "Retail Customer"), `GET/PUT/DELETE /V1/customerGroups/:id`, `POST /V1/customerGroups`
 * and `GET /V1/customerGroups/search`. Codes are cut to 32 characters, as the group model does.
 * @see Magento\Customer\Model\ResourceModel\GroupRepository
 * @see Magento\Customer\Setup\Patch\Data\DefaultCustomerGroupsAndAttributes
 */
export const GROUP_CODE_MAX_LENGTH = 32;
const DEFAULT_TAX_CLASS_ID = 3;
const DEFAULT_CLASSES = [
  { class_id: 2, class_name: 'Taxable Goods', class_type: 'PRODUCT' },
  { class_id: 3, class_name: 'Retail Customer', class_type: 'CUSTOMER' },
];

export function seedCustomerGroups(s: Services): void {
  ['NOT LOGGED IN', 'General', 'Wholesale', 'Retailer'].forEach((code, id) => {
    s.store.put<CustomerGroup>(GROUPS, String(id), { id, code, tax_class_id: DEFAULT_TAX_CLASS_ID });
  });
  s.store.setSequence(GROUPS, 3);
}

interface TaxClass {
  class_id: number;
  class_name: string;
  class_type: string;
}

function taxClass(s: Services, id: number): TaxClass | undefined {
  const seeded = s.store.all<TaxClass>('tax_classes');
  return [...seeded, ...DEFAULT_CLASSES].find((c) => Number(c.class_id) === id);
}

export function presentGroup(s: Services, g: CustomerGroup): CustomerGroupDto {
  return {
    id: g.id,
    code: g.code,
    tax_class_id: g.tax_class_id,
    tax_class_name: taxClass(s, g.tax_class_id)?.class_name ?? '',
  };
}

export function findGroup(s: Services, id: number): CustomerGroup | undefined {
  return s.store.get<CustomerGroup>(GROUPS, String(id));
}

export function findGroupByCode(s: Services, code: string): CustomerGroup | undefined {
  return s.store.all<CustomerGroup>(GROUPS).find((g) => g.code.toLowerCase() === code.toLowerCase());
}

export function getGroup(s: Services, id: number): CustomerGroupDto {
  const g = findGroup(s, id);
  if (!g) throw NoSuchEntityError.singleField('id', id);
  return presentGroup(s, g);
}

export function searchGroups(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const rows = s.store
    .all<CustomerGroup>(GROUPS)
    .map((g) => presentGroup(s, g))
    .sort((a, b) => a.id - b.id);
  return search(rows, parseSearchCriteria(s, query));
}

export interface GroupInput {
  id?: number | undefined;
  code?: string | undefined;
  tax_class_id?: number | undefined;
}

/** Creates a group, or updates the one `id` names. */
export function saveGroup(s: Services, input: GroupInput): CustomerGroupDto {
  const prior = input.id ? findGroup(s, input.id) : undefined;
  if (input.id && !prior) throw NoSuchEntityError.singleField('id', input.id);
  const code = (input.code ?? '').slice(0, GROUP_CODE_MAX_LENGTH);
  if (code.trim() === '') throw InputError.required('code');
  const taxClassId = input.tax_class_id || DEFAULT_TAX_CLASS_ID;
  if (taxClass(s, taxClassId)?.class_type !== 'CUSTOMER')
    throw InputError.invalidValue('taxClassId', input.tax_class_id);
  const clash = findGroupByCode(s, code);
  if (clash && clash.id !== prior?.id) throw new LocalizedError('Customer Group already exists.');
  const group: CustomerGroup = { id: prior?.id ?? s.store.nextId(GROUPS), code, tax_class_id: taxClassId };
  s.store.put(GROUPS, String(group.id), group);
  return presentGroup(s, group);
}

/** Deleting moves the group's customers to the default group; NOT LOGGED IN and the default stay. */
export function deleteGroup(s: Services, id: number, defaultGroupId: number): boolean {
  if (!findGroup(s, id)) throw NoSuchEntityError.singleField('id', id);
  if (id <= 0 || id === defaultGroupId) throw new LocalizedError('Cannot delete group.');
  s.store.delete(GROUPS, String(id));
  for (const c of s.store.all<Customer>(CUSTOMERS)) {
    if (c.group_id === id) s.store.put(CUSTOMERS, String(c.id), { ...c, group_id: defaultGroupId });
  }
  return true;
}
