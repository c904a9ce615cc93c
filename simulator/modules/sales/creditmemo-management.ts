import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import type { SearchResult } from '../framework/search.ts';
import { CREDITMEMOS } from './collections.ts';
import { searchCollection } from './document-search.ts';
import type { Creditmemo } from './document-types.ts';
import { NO_SUCH_ENTITY, requireId } from './order-repository.ts';

/**
 * Credit memo reads and CreditmemoManagement. A refunded credit memo cannot be undone: `cancel`
 * (`PUT /V1/creditmemo/:id`) always refuses, without even loading it.
 * @see Magento\Sales\Model\Service\CreditmemoService::cancel, notify
 */
export function getCreditmemo(s: Services, id: number): Creditmemo {
  requireId(id);
  const cm = s.store.get<Creditmemo>(CREDITMEMOS, String(id));
  if (!cm) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  return cm;
}

/** `GET /V1/creditmemos`: CreditmemoRepository::getList. */
export function searchCreditmemos(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return searchCollection<Creditmemo>(s, CREDITMEMOS, query);
}

/** `PUT /V1/creditmemo/:id`: always 400 `You can not cancel Credit Memo`. */
export function cancelCreditmemo(_s: Services, _id: number): boolean {
  throw new LocalizedError('You can not cancel Credit Memo');
}

/** `POST /V1/creditmemo/:id/emails`: true once the memo exists. */
export function notifyCreditmemo(s: Services, id: number): boolean {
  getCreditmemo(s, id);
  return true;
}
