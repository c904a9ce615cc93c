import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../errors.ts';
import type { SearchResult } from '../framework/search.ts';
import { SHIPMENTS } from './collections.ts';
import { searchCollection } from './document-search.ts';
import type { Shipment, ShipmentTrack } from './document-types.ts';
import { NO_SUCH_ENTITY, requireId } from './order-repository.ts';
import { newTrack, type TrackRequest } from './ship-order.ts';

/**
 * Shipment reads, labels, notifications and tracks. A track is saved against the shipment its
 * `parent_id` names, which must belong to its `order_id` (else `Could not save the shipment
 * tracking.`); deleting one answers `true`.
 * @see Magento\Sales\Model\Order\Shipment\TrackRepository, Magento\Sales\Model\Service\ShipmentService
 */
export function getShipment(s: Services, id: number): Shipment {
  requireId(id);
  const shipment = s.store.get<Shipment>(SHIPMENTS, String(id));
  if (!shipment) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  return shipment;
}

/** `GET /V1/shipments`: ShipmentRepository::getList. */
export function searchShipments(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return searchCollection<Shipment>(s, SHIPMENTS, query);
}

/** ShipmentService::getLabel: the stored label (carriers make them; offline shipments have none). */
export function shipmentLabel(s: Services, id: number): string {
  return String(getShipment(s, id)['shipping_label'] ?? '');
}

/** `POST /V1/shipment/:id/emails`: true once the shipment exists. */
export function notifyShipment(s: Services, id: number): boolean {
  getShipment(s, id);
  return true;
}

/** The `entity` of `POST /V1/shipment/track`. */
export interface TrackEntity extends TrackRequest {
  entity_id?: number | null;
  parent_id?: number | null;
  order_id?: number | null;
  description?: string | null;
  qty?: number | null;
  weight?: number | null;
}

/** TrackRepository::save: adds or updates a track of the shipment `parent_id`. */
export function saveTrack(s: Services, entity: TrackEntity): ShipmentTrack {
  const shipment = s.store.get<Shipment>(SHIPMENTS, String(entity.parent_id ?? ''));
  if (!shipment || shipment.order_id !== Number(entity.order_id)) {
    throw new LocalizedError('Could not save the shipment tracking.');
  }
  const now = magentoDate(s.clock.now());
  const prior = shipment.tracks.find((t) => t.entity_id === Number(entity.entity_id));
  const fields = Object.fromEntries(Object.entries(entity).filter(([, v]) => v !== undefined));
  const base = prior ?? newTrack(s, shipment.entity_id, shipment.order_id, entity, now);
  const track: ShipmentTrack = { ...base, ...fields, entity_id: base.entity_id, updated_at: now };
  const tracks = prior ? shipment.tracks.map((t) => (t === prior ? track : t)) : [...shipment.tracks, track];
  s.store.put(SHIPMENTS, String(shipment.entity_id), { ...shipment, tracks, updated_at: now });
  return track;
}

/** TrackRepository::deleteById. */
export function deleteTrack(s: Services, id: number): boolean {
  requireId(id);
  const shipment = s.store.all<Shipment>(SHIPMENTS).find((x) => x.tracks.some((t) => t.entity_id === id));
  if (!shipment) throw new NoSuchEntityError(NO_SUCH_ENTITY);
  s.store.put(SHIPMENTS, String(shipment.entity_id), {
    ...shipment,
    tracks: shipment.tracks.filter((t) => t.entity_id !== id),
  });
  return true;
}
