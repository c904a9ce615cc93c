import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { type SearchResult, search } from '../framework/search.ts';
import { CREDITMEMOS, INVOICES, SEQ, SHIPMENTS } from './collections.ts';
import { byParent } from './document-search.ts';
import type { DocumentComment } from './document-types.ts';

/**
 * Comments on invoices, shipments and credit memos: added with the document (the services'
 * `comment` argument) or through the comment repositories (`{"entity":{parent_id, comment, ...}}`,
 * where the parent comes from the entity, never from the URL), listed oldest first. A save that
 * cannot happen is the repository's `Could not save the <document> comment.`
 * @see Magento\Sales\Model\Order\Invoice\CommentRepository, Shipment\CommentRepository,
 *   Creditmemo\CommentRepository
 */
export type CommentedKind = 'invoice' | 'shipment' | 'creditmemo';

const COLLECTION: Record<CommentedKind, string> = {
  invoice: INVOICES,
  shipment: SHIPMENTS,
  creditmemo: CREDITMEMOS,
};
const SEQUENCE: Record<CommentedKind, string> = {
  invoice: SEQ.invoiceComment,
  shipment: SEQ.shipmentComment,
  creditmemo: SEQ.creditmemoComment,
};

/** The comment fields a service or repository receives. */
export interface CommentFields {
  comment?: string | null;
  is_customer_notified?: number | boolean | null;
  is_visible_on_front?: number | boolean | null;
}

/** A comment row for a document (ids from the document kind's sequence). */
export function newComment(
  s: Services,
  kind: CommentedKind,
  parentId: number,
  c: CommentFields,
): DocumentComment {
  return {
    entity_id: s.store.nextId(SEQUENCE[kind]),
    parent_id: parentId,
    comment: c.comment ?? '',
    is_customer_notified: Number(Boolean(c.is_customer_notified)),
    is_visible_on_front: Number(Boolean(c.is_visible_on_front)),
    created_at: magentoDate(s.clock.now()),
  };
}

/** The comment repositories' save: the entity's parent must exist and a comment text is required. */
export function saveComment(
  s: Services,
  kind: CommentedKind,
  entity: CommentFields & { parent_id?: number | null },
) {
  const key = String(entity.parent_id ?? '');
  const doc = s.store.get<{ comments?: DocumentComment[] }>(COLLECTION[kind], key);
  if (!doc || !entity.comment) throw new LocalizedError(`Could not save the ${kind} comment.`);
  const comment = newComment(s, kind, Number(key), entity);
  s.store.put(COLLECTION[kind], key, { ...doc, comments: [...(doc.comments ?? []), comment] });
  return comment;
}

/** `getCommentsList($id)`: the document's comments as a search result (empty if none). */
export function listComments(s: Services, kind: CommentedKind, id: number): SearchResult<unknown> {
  const doc = s.store.get<{ comments?: DocumentComment[] }>(COLLECTION[kind], String(id));
  return search(doc?.comments ?? [], byParent(id));
}
