import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { guestCart, type Kit, type P, pickupInfo, reservationsOf, startShop } from './quote-test-kit.ts';

/**
 * A POS sale placed through checkout, then invoiced, shipped from the shop's source and partly
 * returned at the till: the sales documents on real checkout orders (configurable and virtual lines
 * included), with every MSI movement checked.
 */
let kit: Kit;
before(async () => {
  kit = await startShop();
});
after(() => kit.close());

const qty = async (sku: string, source = 'shop_a') => {
  const q = `searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=${sku}`;
  const items = (await kit.admin.get<P>(`/V1/inventory/source-items?${q}`)).body['items'] as P[];
  return items.find((i) => i['source_code'] === source)?.['quantity'];
};

async function placeSale(): Promise<P> {
  const tee = (await kit.admin.get<P>('/V1/products/TEE')).body;
  const option = tee['extension_attributes']['configurable_product_options'][0];
  const id = await guestCart(kit, [
    ['MUG', 2],
    ['WRAP', 1],
  ]);
  await kit.guest.post(`/V1/guest-carts/${id}/items`, {
    cartItem: {
      sku: 'TEE',
      qty: 1,
      product_option: {
        extension_attributes: {
          configurable_item_options: [
            { option_id: option.attribute_id, option_value: option.values[0].value_index },
          ],
        },
      },
    },
  });
  await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
  const placed = await kit.guest.post<number>(`/V1/guest-carts/${id}/payment-information`, {
    email: 'pat@example.com',
    paymentMethod: { method: 'pos_cash' },
  });
  assert.equal(placed.status, 200, JSON.stringify(placed.body));
  return (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
}

test('checkout order → invoice → ship from the shop → return at the till → closed', async () => {
  const order = await placeSale();
  const [mug, wrap, tee] = ['MUG', 'WRAP', 'TEE-S'].map((sku) =>
    order['items'].find((i: P) => i.sku === sku && !i.parent_item_id),
  );
  assert.equal((await kit.admin.post(`/V1/order/${order['entity_id']}/invoice`, {})).status, 200);
  assert.equal(await qty('WRAP'), 99, 'the virtual line left the source when invoiced');

  const noSource = await kit.admin.post(`/V1/order/${order['entity_id']}/ship`, {});
  assert.deepEqual(
    noSource.body,
    { message: 'Could not save a shipment, see error log for details' },
    'two sources: `default` is used, and holds nothing',
  );
  const shipped = await kit.admin.post<number>(`/V1/order/${order['entity_id']}/ship`, {
    arguments: { extension_attributes: { source_code: 'shop_a' } },
  });
  assert.equal(shipped.status, 200);
  const shipment = (await kit.admin.get<P>(`/V1/shipment/${shipped.body}`)).body;
  assert.deepEqual(
    shipment['items'].map((i: P) => [i.sku, i.qty]),
    [
      ['MUG', 2],
      ['TEE-S', 1],
    ],
  );
  assert.deepEqual([await qty('MUG'), await qty('TEE-S')], [38, 4]);
  assert.equal((await kit.admin.get<P>(`/V1/orders/${order['entity_id']}`)).body['state'], 'complete');

  const ret = await kit.admin.post(`/V1/order/${order['entity_id']}/refund`, {
    items: [
      { order_item_id: mug.item_id, qty: 1 },
      { order_item_id: tee.item_id, qty: 1 },
    ],
    arguments: {
      shipping_amount: 0,
      extension_attributes: { return_to_stock_items: [mug.item_id, tee.item_id] },
    },
  });
  assert.equal(ret.status, 200, JSON.stringify(ret.body));
  assert.deepEqual([await qty('MUG'), await qty('TEE-S')], [39, 5]);
  assert.equal((await kit.admin.get<P>(`/V1/orders/${order['entity_id']}`)).body['state'], 'complete');
  const rest = await kit.admin.post(`/V1/order/${order['entity_id']}/refund`, {});
  assert.equal(rest.status, 200, JSON.stringify(rest.body));
  const closed = (await kit.admin.get<P>(`/V1/orders/${order['entity_id']}`)).body;
  assert.deepEqual(
    [closed['state'], closed['total_refunded'], closed['total_paid']],
    ['closed', closed['grand_total'], closed['grand_total']],
  );
  assert.deepEqual(
    [await qty('MUG'), await qty('WRAP')],
    [39, 99],
    'not returned: the shipped mug and the virtual wrap stay gone',
  );
  const sums: Record<string, number> = {};
  for (const r of await reservationsOf(kit, order['increment_id']))
    sums[r['sku']] = (sums[r['sku']] ?? 0) + r['quantity'];
  assert.deepEqual(sums, { MUG: 0, WRAP: 0, 'TEE-S': 0 });
  assert.ok(wrap);
});
