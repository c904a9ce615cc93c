import type { AdminClient } from '../magento/admin-client.ts';

/**
 * An online purchase made the way the web shop makes it (checkout on the web store view, paid by
 * check/money order, invoiced and shipped from the warehouse), so scenarios can return it at a till.
 * Without a source it is placed and invoiced but not shipped yet: its units are only reserved.
 */
export interface WebOrder {
  orderId: number;
  incrementId: string;
}

const ADDRESS = {
  firstname: 'Alex',
  lastname: 'Web',
  street: ['1 Online Way'],
  city: 'Austin',
  region_id: 57,
  postcode: '78701',
  country_id: 'US',
  telephone: '5125550100',
  email: 'alex.web@example.com',
};

export async function placeWebOrder(
  admin: AdminClient,
  storeCode: string,
  line: { sku: string; qty: number },
  shipFromSource: string | null,
): Promise<WebOrder> {
  const cartId = await admin.post<number>('/V1/carts/', {}, storeCode);
  await admin.post(`/V1/carts/${cartId}/items`, { cartItem: { ...line, quote_id: cartId } }, storeCode);
  await admin.post(
    `/V1/carts/${cartId}/shipping-information`,
    {
      addressInformation: {
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
        shipping_carrier_code: 'flatrate',
        shipping_method_code: 'flatrate',
      },
    },
    storeCode,
  );
  const orderId = await admin.put<number>(
    `/V1/carts/${cartId}/order`,
    { paymentMethod: { method: 'checkmo' } },
    storeCode,
  );
  await admin.post(`/V1/order/${orderId}/invoice`, { capture: true });
  if (shipFromSource !== null) {
    await admin.post(`/V1/order/${orderId}/ship`, {
      arguments: { extension_attributes: { source_code: shipFromSource } },
    });
  }
  const order = await admin.get<{ increment_id: string }>(`/V1/orders/${orderId}`);
  return { orderId: Number(orderId), incrementId: order.increment_id };
}
