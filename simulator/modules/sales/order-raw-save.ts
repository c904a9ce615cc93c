import { magentoDate } from '../../clock.ts';
import type { Services, StoreContext } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { ORDERS, SEQ } from './collections.ts';
import { nextIncrementId } from './increment-id.ts';
import { defaultStatus } from './order-config.ts';
import { presentOrder, saveOrder } from './order-repository.ts';
import type { Order, OrderItem } from './order-types.ts';

/**
 * `POST /V1/orders` and `PUT /V1/orders/create`: OrderRepository::save of the entity as given. No
 * quote conversion, totals, payment or MSI reservation plugin runs (that plugin wraps
 * OrderManagement::place), so stock is never reserved: inventory #2787/#3185, and exactly what a
 * register that "creates orders" this way gets wrong. An existing entity_id updates that order
 * (only the fields sent; lines matched by item_id). Ids, increment id, dates and the quantity
 * columns' zero defaults are filled as the database would.
 * @see Magento\Sales\Model\OrderRepository::save, Magento\Sales\Model\ResourceModel\EntityAbstract::_beforeSave
 */
type Raw = Record<string, unknown>;

/** Saves the entity as given (create or update) and answers the order. */
export function saveRawOrder(s: Services, entity: Raw, scope: StoreContext): Order {
  const now = magentoDate(s.clock.now());
  const id = Number(entity['entity_id'] ?? 0);
  const prior = id ? s.store.get<Order>(ORDERS, String(id)) : undefined;
  const entityId = prior ? id : claimId(s, id);
  const base = prior ?? freshOrder(s, entityId, entity, scope, now);
  const merged = { ...base, ...defined(entity), entity_id: entityId } as Order;
  const order: Order = {
    ...merged,
    items: mergeItems(s, base.items ?? [], asList(entity['items']), entityId, merged, now),
    status_histories: base.status_histories ?? [],
    ...(entity['payment']
      ? { payment: withIds(s, SEQ.orderPayment, base.payment, entity['payment'], entityId) }
      : {}),
    ...(entity['billing_address']
      ? {
          billing_address: withIds(
            s,
            SEQ.orderAddress,
            base.billing_address,
            entity['billing_address'],
            entityId,
          ),
        }
      : {}),
  };
  assertUniqueIncrementId(s, order);
  return presentOrder(saveOrder(s, order));
}

/** The `(increment_id, store_id)` unique key: AbstractDb turns the duplicate into a 400. */
function assertUniqueIncrementId(s: Services, order: Order): void {
  const clash = s.store
    .all<Order>(ORDERS)
    .some(
      (o) =>
        o.entity_id !== order.entity_id &&
        o.increment_id === order.increment_id &&
        Number(o.store_id) === Number(order.store_id),
    );
  if (clash) throw new LocalizedError('Unique constraint violation found');
}

function freshOrder(s: Services, id: number, entity: Raw, scope: StoreContext, now: string): Order {
  const storeId = Number(entity['store_id'] ?? scope.storeId);
  const state = String(entity['state'] ?? 'new');
  return {
    entity_id: id,
    increment_id: String(entity['increment_id'] ?? nextIncrementId(s, 'order', storeId)),
    state,
    status: String(entity['status'] ?? defaultStatus(state)),
    store_id: storeId,
    created_at: now,
    updated_at: now,
    items: [],
    status_histories: [],
    extension_attributes: {},
  } as unknown as Order;
}

/** A new entity id: the one sent (the sequence moves past it) or the next one. */
function claimId(s: Services, wanted: number): number {
  const next = s.store.nextId(SEQ.order);
  if (!wanted || wanted === next) return next;
  if (wanted > next) s.store.setSequence(SEQ.order, wanted);
  return wanted;
}

function mergeItems(s: Services, prior: OrderItem[], sent: Raw[], orderId: number, o: Order, now: string) {
  const out = [...prior];
  for (const raw of sent) {
    const at = out.findIndex((i) => i.item_id === Number(raw['item_id']));
    if (at >= 0) out[at] = { ...out[at], ...defined(raw) } as OrderItem;
    else out.push(newItem(s, raw, orderId, o, now));
  }
  return out;
}

const QTY_COLUMNS = ['qty_ordered', 'qty_invoiced', 'qty_shipped', 'qty_refunded', 'qty_canceled'] as const;

function newItem(s: Services, raw: Raw, orderId: number, o: Order, now: string): OrderItem {
  const zeros = Object.fromEntries(QTY_COLUMNS.map((c) => [c, 0]));
  return {
    ...zeros,
    store_id: o.store_id,
    created_at: now,
    updated_at: now,
    ...defined(raw),
    item_id: Number(raw['item_id'] ?? 0) || s.store.nextId(SEQ.orderItem),
    order_id: orderId,
  } as unknown as OrderItem;
}

function withIds<T>(s: Services, seq: string, prior: T | undefined, sent: unknown, parentId: number): T {
  const raw = (sent && typeof sent === 'object' ? sent : {}) as Raw;
  const old = (prior ?? {}) as Raw;
  const entityId = Number(old['entity_id'] ?? raw['entity_id'] ?? 0) || s.store.nextId(seq);
  return { ...old, ...defined(raw), entity_id: entityId, parent_id: parentId } as T;
}

const asList = (v: unknown): Raw[] =>
  Array.isArray(v) ? v.filter((x): x is Raw => !!x && typeof x === 'object') : [];

/** Only the keys actually sent (null included, as Magento writes NULL; undefined dropped). */
function defined(o: Raw): Raw {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
