import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AdminClient } from '../magento/admin-client.ts';
import {
  type ExternalBaseline,
  ordersSince,
  quantityDelta,
  quantityDeltas,
  takeBaseline,
} from './external-state.ts';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import { scenarioFile, startTarget, type Target } from './target.fixture.ts';

/**
 * A store with history: the merchant sold before the run and keeps selling during it. The baseline
 * separates the run's orders and quantity changes from everything else.
 */
const ns = Namespace.of('pgt6abcd');
const ADDRESS = {
  firstname: 'Ana',
  lastname: 'Ruiz',
  street: ['500 Congress Ave'],
  city: 'Austin',
  postcode: '78701',
  country_id: 'US',
  region_id: 57,
  telephone: '5125550100',
  email: 'ana@example.com',
};
let t: Target;
let base: ExternalBaseline;
let merchantOrder: number;

before(async () => {
  t = await startTarget();
  await t.client.post(
    '/V1/products',
    {
      product: { sku: 'HOUSE-BLEND', name: 'House Blend', price: 14, attribute_set_id: 4, type_id: 'simple' },
    },
    'all',
  );
  await t.client.post('/V1/inventory/source-items', {
    sourceItems: [{ sku: 'HOUSE-BLEND', source_code: 'default', quantity: 50, status: 1 }],
  });
  merchantOrder = await placeOrder(t.client, 'HOUSE-BLEND', 1);
  await seedThroughRest(t.client, scenarioFile('single-shop'), ns, { shareStocks: true, skipBulk: true });
  base = await takeBaseline(t.client, ns);
});
after(() => t.close());

test('the baseline holds the highest order id and the run quantities at start', () => {
  assert.equal(base.maxOrderId, merchantOrder);
  assert.equal(base.namespace, 'pgt6abcd');
  assert.deepEqual(base.quantities['PGT6ABCD-MUG-001'], { pgt6abcd_shop_main: 40 });
  assert.equal(base.quantities['HOUSE-BLEND'], undefined, "the merchant's SKUs are not the run's");
  assert.equal(Object.keys(base.quantities).length, 11);
});

test("orders since the baseline: the run's, and with the namespace only those with the run's SKUs", async () => {
  const run = await placeOrder(t.client, 'PGT6ABCD-MUG-001', 2);
  const shopper = await placeOrder(t.client, 'HOUSE-BLEND', 1);
  assert.deepEqual(
    (await ordersSince(t.client, base)).map((o) => o.entity_id),
    [run, shopper],
  );
  assert.deepEqual(
    (await ordersSince(t.client, base, ns)).map((o) => o.entity_id),
    [run],
  );
});

test('quantities compare as deltas from the baseline, by namespaced or scenario names', async () => {
  assert.deepEqual(await quantityDeltas(t.client, base, ns), []);
  const [order] = await ordersSince(t.client, base, ns);
  await t.client.post(`/V1/order/${order?.entity_id}/ship`, {
    arguments: { extension_attributes: { source_code: 'pgt6abcd_shop_main' } },
  });
  assert.deepEqual(await quantityDeltas(t.client, base, ns), [
    { sku: 'PGT6ABCD-MUG-001', source_code: 'pgt6abcd_shop_main', before: 40, after: 38, delta: -2 },
  ]);
  assert.equal(await quantityDelta(t.client, base, ns, 'MUG-001', 'shop_main'), -2);
  assert.equal(await quantityDelta(t.client, base, ns, 'PGT6ABCD-TOTE-001', 'pgt6abcd_shop_main'), 0);
});

async function placeOrder(client: AdminClient, sku: string, qty: number): Promise<number> {
  const cart = await client.post<number>('/V1/carts', {});
  await client.post(`/V1/carts/${cart}/items`, { cartItem: { sku, qty, quote_id: cart } });
  await client.post(`/V1/carts/${cart}/shipping-information`, {
    addressInformation: {
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      shipping_carrier_code: 'flatrate',
      shipping_method_code: 'flatrate',
    },
  });
  return Number(await client.put(`/V1/carts/${cart}/order`, { paymentMethod: { method: 'checkmo' } }));
}
