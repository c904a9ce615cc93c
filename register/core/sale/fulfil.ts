import { TransportError } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { getOrder, isVirtualItem, type Order, topLevelItems } from './order.ts';

/**
 * Completes a till sale in Magento at once: invoiced (paid) and shipped from the shop's source
 * (`arguments.extension_attributes.source_code`), so MSI deducts the shop's own source and writes
 * the compensating reservation. Both steps check the order first and are skipped when done, so a
 * retry after a lost response never invoices or ships twice (inventory PR #2420: repeated ship
 * calls create several shipments and duplicate compensations).
 * @see magento-rest.md §7 "Reservations lifecycle", §10
 */
export async function fulfil(client: MagentoClient, orderId: number, sourceCode: string): Promise<Order> {
  let order = await getOrder(client, orderId);
  if (needsInvoice(order)) {
    order = await once(client, orderId, needsInvoice, () =>
      client.post(`/V1/order/${orderId}/invoice`, { capture: true, notify: false }),
    );
  }
  if (needsShipment(order)) {
    order = await once(client, orderId, needsShipment, () =>
      client.post(`/V1/order/${orderId}/ship`, {
        notify: false,
        arguments: { extension_attributes: { source_code: sourceCode } },
      }),
    );
  }
  return order;
}

export function needsInvoice(o: Order): boolean {
  return topLevelItems(o).some((i) => i.qty_invoiced + i.qty_canceled < i.qty_ordered);
}

export function needsShipment(o: Order): boolean {
  return topLevelItems(o).some(
    (i) => !isVirtualItem(i) && i.qty_shipped + i.qty_canceled + i.qty_refunded < i.qty_ordered,
  );
}

/** Runs a document-creating call; after a lost response, the re-read order says whether it landed. */
async function once(
  client: MagentoClient,
  orderId: number,
  stillNeeded: (o: Order) => boolean,
  call: () => Promise<unknown>,
): Promise<Order> {
  try {
    await call();
  } catch (e) {
    if (!(e instanceof TransportError && e.outcomeUnknown)) throw e;
    const again = await getOrder(client, orderId);
    if (stillNeeded(again)) throw e;
    return again;
  }
  return getOrder(client, orderId);
}
