import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { parseSearchCriteria } from '../framework/search-criteria.ts';
import { listStoreViews } from '../store/stores.ts';
import { isProductAttribute } from './product-attributes.ts';
import { inStore } from './store-values.ts';
import { PRODUCTS, type Product } from './types.ts';

/**
 * `GET /V1/products?searchCriteria`: the EAV product collection. A filter on a field that is no
 * product attribute fails like Magento's EAV collection; `category_id`, `website_id` and `store_id`
 * are the collection processor's special filters; custom attributes filter by their stored value.
 * Items carry the store view's values and no `stock_item` (only single loads get it).
 * @see Magento\Catalog\Model\ProductRepository::getList
 * @see Magento\Eav\Model\Entity\Collection\AbstractCollection::_getAttributeConditionSql
 */
export function listProducts(
  s: Services,
  query: Record<string, unknown>,
  storeId: number,
): SearchResult<unknown> {
  const criteria = parseSearchCriteria(s, query);
  for (const g of criteria.filter_groups) for (const f of g.filters) checkField(s, f.field);
  const records = s.store.all<Product>(PRODUCTS).map((p) => inStore(s, p, storeId));
  return search(records, criteria, { field: (p, f) => productField(s, p, f) });
}

const SPECIAL = ['category_id', 'website_id', 'store_id'];

function checkField(s: Services, field: string): void {
  if (SPECIAL.includes(field) || isProductAttribute(s, field)) return;
  throw new LocalizedError('The "%1" attribute name is invalid. Reset the name and try again.', [field]);
}

/** Reads a filter or sort field from a product DTO. */
export function productField(s: Services, p: Product, field: string): unknown {
  switch (field) {
    case 'entity_id':
    case 'id':
      return p.id;
    case 'website_id':
      return p.extension_attributes.website_ids;
    case 'category_id':
      return (p.extension_attributes.category_links ?? []).map((l) => l.category_id);
    case 'store_id':
      return listStoreViews(s)
        .filter((v) => p.extension_attributes.website_ids.includes(v.website_id))
        .map((v) => v.id);
  }
  const top = (p as unknown as Record<string, unknown>)[field];
  if (top !== undefined && typeof top !== 'object') return top;
  return p.custom_attributes.find((a) => a.attribute_code === field)?.value;
}
