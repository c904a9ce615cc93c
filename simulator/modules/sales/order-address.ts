import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { SEQ } from './collections.ts';
import { findOrder, saveOrder } from './order-repository.ts';
import type { Order, OrderAddress } from './order-types.ts';

/**
 * `PUT /V1/orders/:parent_id`: OrderAddressRepository::save of `{"entity":{...}}`. The address's own
 * `parent_id` names the order (the URL's is not a service argument); its `entity_id` picks the
 * billing or shipping address to update, none adds one of `address_type`. A save that cannot
 * happen (no such order) is `Could not save order address`.
 * @see Magento\Sales\Model\Order\AddressRepository::save
 */
export function saveOrderAddress(s: Services, entity: Record<string, unknown>): OrderAddress {
  const order = findOrder(s, Number(entity['parent_id'] ?? 0));
  if (!order) throw new LocalizedError('Could not save order address');
  const id = Number(entity['entity_id'] ?? 0);
  const shipping = shippingAddress(order);
  const target =
    order.billing_address?.entity_id === id && id
      ? 'billing'
      : shipping?.entity_id === id && id
        ? 'shipping'
        : String(entity['address_type'] ?? 'billing');
  const prior = target === 'billing' ? order.billing_address : shipping;
  const address = {
    ...(prior ?? {}),
    ...entity,
    entity_id: id || prior?.entity_id || s.store.nextId(SEQ.orderAddress),
    parent_id: order.entity_id,
    address_type: target,
  } as OrderAddress;
  saveOrder(s, target === 'billing' ? { ...order, billing_address: address } : withShipping(order, address));
  return address;
}

function shippingAddress(order: Order): OrderAddress | undefined {
  return order.extension_attributes?.shipping_assignments?.[0]?.shipping?.address;
}

function withShipping(order: Order, address: OrderAddress): Order {
  const ext = order.extension_attributes ?? { shipping_assignments: [] };
  const [first, ...rest] = ext.shipping_assignments ?? [];
  const assignment = { items: [], ...(first ?? {}), shipping: { ...(first?.shipping ?? {}), address } };
  return { ...order, extension_attributes: { ...ext, shipping_assignments: [assignment, ...rest] } };
}
