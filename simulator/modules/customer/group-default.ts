import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { storeViewById, websiteById } from '../store/stores.ts';
import { getGroup } from './groups.ts';
import type { CustomerGroupDto } from './types.ts';

/**
 * The default group of new accounts (`customer/create_account/default_group`, General = 1):
 * `GET /V1/customerGroups/default[/:storeId]` and `PUT /V1/customerGroups/default/:id`.
 * @see Magento\Customer\Model\GroupManagement::getDefaultGroup, Magento\Customer\Model\Config\CustomerGroupConfig
 */
const PATH = 'customer/create_account/default_group';

export function defaultGroupId(s: Services, storeId: number): number {
  const view = storeViewById(s, storeId);
  const website = view && websiteById(s, view.website_id);
  return Number(s.config.get(PATH, { store: view?.code ?? '', website: website?.code ?? '' }) ?? 1);
}

export function getDefaultGroup(s: Services, storeId: number): CustomerGroupDto {
  if (!storeViewById(s, storeId)) throw NoSuchEntityError.singleField('storeId', storeId);
  const id = defaultGroupId(s, storeId);
  try {
    return getGroup(s, id);
  } catch {
    throw new NoSuchEntityError('No such entity with %fieldName = %fieldValue, %field2Name = %field2Value', {
      fieldName: 'groupId',
      fieldValue: id,
      field2Name: 'storeId',
      field2Value: storeId,
    });
  }
}

/** Returns the id, as Magento's CustomerGroupConfig does. */
export function setDefaultGroup(s: Services, id: number): number {
  getGroup(s, id);
  s.config.set(PATH, String(id));
  return id;
}
