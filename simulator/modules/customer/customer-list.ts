import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { defaultAddress } from './addresses.ts';
import { CUSTOMERS, type Customer } from './types.ts';

/**
 * `GET /V1/customers/search`: the EAV customer collection with the name and the default billing
 * address's fields joined (`billing_postcode`, `billing_city`, ...), as Magento's getList builds it.
 * A field that is no customer attribute fails as in any EAV collection.
 * @see Magento\Customer\Model\ResourceModel\CustomerRepository::getList
 */
const FIELDS = [
  'entity_id',
  'id',
  'email',
  'firstname',
  'lastname',
  'middlename',
  'prefix',
  'suffix',
  'dob',
  'gender',
  'taxvat',
  'group_id',
  'store_id',
  'website_id',
  'created_at',
  'updated_at',
  'created_in',
  'confirmation',
  'default_billing',
  'default_shipping',
  'disable_auto_group_change',
  'name',
  'company',
  'billing_postcode',
  'billing_city',
  'billing_telephone',
  'billing_region',
  'billing_region_id',
  'billing_country_id',
  'billing_street',
  'billing_firstname',
  'billing_lastname',
  'billing_full',
  'shipping_full',
];

export function searchCustomers(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  const criteria = parseSearchCriteria(s, query);
  for (const g of criteria.filter_groups) {
    for (const f of g.filters) {
      if (!FIELDS.includes(f.field)) {
        throw new LocalizedError('The "%1" attribute name is invalid. Reset the name and try again.', [
          f.field,
        ]);
      }
    }
  }
  return search(s.store.all<Customer>(CUSTOMERS), criteria, { field: (c, f) => customerField(s, c, f) });
}

function customerField(s: Services, c: Customer, field: string): unknown {
  if (field === 'entity_id' || field === 'id') return c.id;
  if (field === 'name')
    return [c.prefix, c.firstname, c.middlename, c.lastname, c.suffix].filter(Boolean).join(' ');
  if (field.startsWith('billing_') || field === 'company') {
    const a = defaultAddress(s, c, 'billing') as unknown as Record<string, unknown> | null;
    const key = field === 'company' ? 'company' : field.slice('billing_'.length);
    if (key === 'region') return (a?.['region'] as { region?: string } | undefined)?.region;
    const value = a?.[key];
    return Array.isArray(value) ? value.join(' ') : value;
  }
  return (c as unknown as Record<string, unknown>)[field];
}
