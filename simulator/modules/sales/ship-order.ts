import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { SEQ, SHIPMENTS } from './collections.ts';
import { newComment } from './document-comments.ts';
import type { Shipment, ShipmentTrack } from './document-types.ts';
import { assertValid, phrase } from './document-validation.ts';
import { nextIncrementId } from './increment-id.ts';
import type { DocumentCommentRequest, DocumentItemRequest } from './invoice-order.ts';
import { requestedQtys } from './invoice-order.ts';
import { n } from './money.ts';
import { defaultStatus } from './order-config.ts';
import { bumpQty, lines, qtyToShip, withItems } from './order-items.ts';
import { getOrder, saveOrder } from './order-repository.ts';
import { resolveState } from './order-state.ts';
import type { Order } from './order-types.ts';
import { type ShipLine, shipLines } from './shipment-build.ts';
import { deductShipment, shipmentSource } from './shipment-inventory.ts';

/**
 * `POST /V1/order/:orderId/ship`: builds the shipment, validates it (`Shipment Document Validation
 * Error(s):` + lines), registers the shipped quantities, deducts the source with its compensating
 * reservation, moves a `new` order on (the save's state check then completes an order that is
 * fully invoiced and shipped) and answers the shipment id.
 * @see Magento\Sales\Model\ShipOrder::execute, Magento\Sales\Model\Order\Validation\CanShip,
 *   Magento\Sales\Model\Order\Shipment\Validation\QuantityValidator, TrackValidator
 */
export interface TrackRequest {
  track_number?: string | null;
  title?: string | null;
  carrier_code?: string | null;
}

/** The body of `POST /V1/order/:orderId/ship`. */
export interface ShipRequest {
  items?: DocumentItemRequest[] | null;
  notify?: boolean | null;
  appendComment?: boolean | null;
  comment?: DocumentCommentRequest | null;
  tracks?: TrackRequest[] | null;
  packages?: unknown[] | null;
  arguments?: { extension_attributes?: { source_code?: string | null } | null } | null;
}

/** Ships an order; answers the shipment entity_id. */
export function shipOrder(s: Services, orderId: number, req: ShipRequest = {}): number {
  const order = getOrder(s, orderId);
  const shipped = shipLines(order, requestedQtys(req.items));
  assertValid('Shipment', [
    ...canShipMessages(order),
    ...quantityMessages(shipped),
    ...trackMessages(req.tracks),
  ]);
  const source = shipmentSource(s, order, req.arguments?.extension_attributes?.source_code);
  const shipment = buildShipment(s, order, shipped, req, source);
  const registered = withItems(
    order,
    shipped.map((l) => bumpQty(l.item, 'qty_shipped', l.qty)),
  );
  const state = registered.state === 'new' ? resolveState(s, registered, true) : registered.state;
  s.store.put(SHIPMENTS, String(shipment.entity_id), shipment);
  deductShipment(s, order, source, shipped);
  saveOrder(s, { ...registered, state, status: state === order.state ? order.status : defaultStatus(state) });
  return shipment.entity_id;
}

function canShipMessages(order: Order): string[] {
  if (['payment_review', 'holded', 'canceled'].includes(order.state) || n(order.is_virtual)) {
    return [phrase('A shipment cannot be created when an order has a status of %1', order.status)];
  }
  const shippable = lines(order).some((i) => qtyToShip(i) > 0 && !n(i.is_virtual));
  return shippable ? [] : ['The order does not allow a shipment to be created.'];
}

function quantityMessages(shipped: ShipLine[]): string[] {
  if (shipped.length === 0) return ["You can't create a shipment without products."];
  const over = shipped.filter((l) => l.qty > qtyToShip(l.item));
  const lines = over.map((l) =>
    phrase(
      'The quantity to ship must not be greater than the unshipped quantity for product SKU "%1".',
      l.item.sku,
    ),
  );
  const total = shipped.filter((l) => !over.includes(l)).reduce((t, l) => t + l.qty, 0);
  return total > 0 ? lines : [...lines, "You can't create a shipment without products."];
}

function trackMessages(tracks: TrackRequest[] | null | undefined): string[] {
  return (tracks ?? []).filter((t) => !t.track_number).map(() => 'Please enter a tracking number.');
}

function buildShipment(
  s: Services,
  order: Order,
  shipped: ShipLine[],
  req: ShipRequest,
  source: string,
): Shipment {
  const id = s.store.nextId(SEQ.shipment);
  const now = magentoDate(s.clock.now());
  const notified = Boolean(req.appendComment && req.notify);
  return {
    entity_id: id,
    increment_id: nextIncrementId(s, 'shipment', Number(order.store_id)),
    order_id: order.entity_id,
    store_id: Number(order.store_id),
    customer_id: order.customer_id ?? null,
    billing_address_id: order.billing_address?.entity_id ?? null,
    shipping_address_id:
      order.extension_attributes?.shipping_assignments?.[0]?.shipping?.address?.entity_id ?? null,
    total_qty: shipped.reduce((t, l) => t + l.qty, 0),
    total_weight: null,
    email_sent: null,
    shipment_status: null,
    packages: req.packages ?? [],
    items: shipped.map((l) => ({
      entity_id: s.store.nextId(SEQ.shipmentItem),
      parent_id: id,
      order_item_id: l.item.item_id,
      product_id: l.item.product_id,
      sku: l.item.sku,
      name: l.item.name,
      qty: l.qty,
      price: n(l.item.price),
      weight: (l.item.weight as number | null | undefined) ?? null,
      row_total: null,
    })),
    tracks: (req.tracks ?? []).map((t) => newTrack(s, id, order.entity_id, t, now)),
    comments: req.comment?.comment
      ? [newComment(s, 'shipment', id, { ...req.comment, is_customer_notified: notified })]
      : [],
    created_at: now,
    updated_at: now,
    extension_attributes: { source_code: source },
  };
}

/** A track row of a shipment. */
export function newTrack(
  s: Services,
  parentId: number,
  orderId: number,
  t: TrackRequest,
  now: string,
): ShipmentTrack {
  return {
    entity_id: s.store.nextId(SEQ.track),
    parent_id: parentId,
    order_id: orderId,
    track_number: t.track_number ?? null,
    title: t.title ?? null,
    carrier_code: t.carrier_code ?? null,
    description: null,
    qty: null,
    weight: null,
    created_at: now,
    updated_at: now,
  };
}
