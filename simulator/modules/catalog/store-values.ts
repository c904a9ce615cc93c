import type { Services, StoreContext } from '../../context.ts';
import { listStoreViews } from '../store/stores.ts';
import { PRODUCT_STORE_VALUES, type Product, type StoreValues } from './types.ts';

/**
 * Store-view values of a product. Magento keeps an EAV value per store view for store- and
 * website-scoped attributes; a REST update without `all` writes them for the URL's store view only
 * (the default view for `/rest/V1`), so the global value and other views keep the old one. Reads
 * under a store code see that view's values over the global ones.
 * @see Magento\Catalog\Model\ProductRepository::save, magento-rest.md §2 "Store scope for product writes"
 */
type Scope = 'store' | 'website' | 'global';

const CUSTOM_SCOPES: Record<string, Scope> = {
  description: 'store',
  short_description: 'store',
  url_key: 'store',
  meta_title: 'store',
  meta_keyword: 'store',
  meta_description: 'store',
  special_from_date: 'website',
  special_to_date: 'website',
};

/** `catalog/price/scope` 0 = global prices (Magento's default), 1 = per website. */
function priceScope(s: Services): Scope {
  return s.config.get('catalog/price/scope') === '1' ? 'website' : 'global';
}

export function attributeScope(s: Services, code: string): Scope {
  if (code === 'name' || code === 'visibility') return 'store';
  if (code === 'status') return 'website';
  if (code === 'price' || code === 'special_price') return priceScope(s);
  return CUSTOM_SCOPES[code] ?? 'global';
}

const key = (productId: number, storeId: number) => `${productId}/${storeId}`;

export function storeValuesOf(s: Services, productId: number, storeId: number): StoreValues | undefined {
  return s.store.get<StoreValues>(PRODUCT_STORE_VALUES, key(productId, storeId));
}

/** The product as a store view sees it (store 0, the admin scope, sees the global values). */
export function inStore(s: Services, p: Product, storeId: number): Product {
  if (storeId === 0) return p;
  const v = storeValuesOf(s, p.id, storeId);
  if (!v) return p;
  const custom = v.custom_attributes ?? {};
  return {
    ...p,
    ...(v.name === undefined ? {} : { name: v.name }),
    ...(v.status === undefined ? {} : { status: v.status }),
    ...(v.visibility === undefined ? {} : { visibility: v.visibility }),
    ...(v.price === undefined ? {} : { price: v.price }),
    custom_attributes: p.custom_attributes.map((a) =>
      a.attribute_code in custom ? { ...a, value: custom[a.attribute_code] } : a,
    ),
  };
}

/** Store views an attribute value saved under `scope` lands in. */
export function targetStores(s: Services, code: string, scope: StoreContext): number[] {
  const kind = attributeScope(s, code);
  if (scope.isAll || scope.storeId === 0 || kind === 'global') return [];
  if (kind === 'store') return [scope.storeId];
  return listStoreViews(s)
    .filter((v) => v.website_id === scope.websiteId && v.id !== 0)
    .map((v) => v.id);
}

/** Records one attribute value for a store view. */
export function putStoreValue(s: Services, productId: number, storeId: number, code: string, value: unknown) {
  const prev = storeValuesOf(s, productId, storeId) ?? {};
  const next: StoreValues =
    code === 'name' || code === 'status' || code === 'visibility' || code === 'price'
      ? { ...prev, [code]: value }
      : { ...prev, custom_attributes: { ...(prev.custom_attributes ?? {}), [code]: value } };
  s.store.put(PRODUCT_STORE_VALUES, key(productId, storeId), next);
}

export function deleteStoreValues(s: Services, productId: number): void {
  for (const v of listStoreViews(s)) s.store.delete(PRODUCT_STORE_VALUES, key(productId, v.id));
}
