import type { Services } from '../../context.ts';
import { storeViewById, websiteById } from '../store/stores.ts';
import type { StoreGroup } from '../store/types.ts';

/**
 * An order's `store_name`: website, store group and store view names on three lines, as the order
 * records them at placement (e.g. `Main Website\nMain Website Store\nDefault Store View`).
 * @see Magento\Sales\Model\ResourceModel\Order::_beforeSave
 */
export function orderStoreName(s: Services, storeId: number): string {
  const view = storeViewById(s, storeId);
  const website = view ? websiteById(s, view.website_id) : undefined;
  const group = view ? s.store.get<StoreGroup>('store_groups', String(view.store_group_id)) : undefined;
  return [website?.name ?? '', group?.name ?? '', view?.name ?? ''].join('\n');
}
