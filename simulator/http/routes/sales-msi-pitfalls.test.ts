import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { inTx } from './inventory-test-kit.ts';
import {
  place,
  reservationsOf,
  type SalesKit,
  salable,
  setStock,
  sourceQty,
  startSalesSim,
  twoSourceStock,
} from './sales-test-kit.ts';

/**
 * The MSI behaviours of field-guide §9 that surprise integrators, reproduced as MSI 1.2 (Magento
 * 2.4) actually behaves, each proven through REST.
 */
let kit: SalesKit;
before(async () => {
  kit = await startSalesSim();
});
after(() => kit.close());
beforeEach(async () => {
  await kit.reset();
  await setStock(kit.admin, [['SKU-1', 'default', 10]]);
});

const order = (id: number) => kit.admin.get<Record<string, unknown>>(`/V1/orders/${id}`).then((r) => r.body);
const line = (o: Record<string, unknown>) => (o['items'] as Array<Record<string, unknown>>)[0] ?? {};

describe('field guide §9: MSI pitfalls', () => {
  test('inventory #2787/#3185: raw order saves (POST /V1/orders, PUT /V1/orders/create) never reserve', async () => {
    const entity = {
      customer_email: 'a@b.c',
      grand_total: 30,
      items: [{ sku: 'SKU-1', qty_ordered: 3, price: 10 }],
    };
    const posted = await kit.admin.post<Record<string, unknown>>('/V1/orders', { entity });
    const put = await kit.admin.put<Record<string, unknown>>('/V1/orders/create', { entity });
    assert.deepEqual([posted.status, put.status], [200, 200]);
    assert.equal(await salable(kit.admin, 'SKU-1'), 10, 'six units sold, none reserved');
    assert.deepEqual(kit.services.store.all('reservations'), []);
  });

  test('inventory #1878/#1849: cancelling a shipped order compensates only what was not shipped', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 3, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/ship`, { items: [{ order_item_id: o.itemIds[0], qty: 1 }] });
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, true);
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:SKU-1:-3',
      'shipment_created:SKU-1:1',
      'order_canceled:SKU-1:2',
    ]);
    assert.deepEqual([await sourceQty(kit.admin, 'SKU-1'), await salable(kit.admin, 'SKU-1')], [9, 9]);
    const canceled = await order(o.id);
    assert.deepEqual(
      [canceled['state'], line(canceled)['qty_canceled'], line(canceled)['qty_shipped']],
      ['canceled', 2, 1],
    );
  });

  test('inventory #1878: a fully shipped, uninvoiced order cancels without any compensation', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, true);
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:SKU-1:-2',
      'shipment_created:SKU-1:2',
    ]);
    assert.equal(await salable(kit.admin, 'SKU-1'), 8);
  });

  test('inventory #1881: partial invoice then cancel compensates only the uninvoiced quantity', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 3, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, { items: [{ order_item_id: o.itemIds[0], qty: 1 }] });
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, true);
    const after = await order(o.id);
    assert.deepEqual(
      [after['state'], after['status'], line(after)['qty_canceled']],
      ['processing', 'processing', 2],
    );
    assert.deepEqual(reservationsOf(kit.services, o.id).slice(1), ['order_canceled:SKU-1:2']);
    assert.equal(await salable(kit.admin, 'SKU-1'), 9, 'the invoiced unit stays reserved until it ships');
    await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.deepEqual(
      [(await order(o.id))['state'], await sourceQty(kit.admin, 'SKU-1'), await salable(kit.admin, 'SKU-1')],
      ['complete', 9, 9],
    );
  });

  test('inventory PR #2420: repeated ship calls never ship or deduct a unit twice', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    const body = { items: [{ order_item_id: o.itemIds[0], qty: 1 }] };
    assert.equal((await kit.admin.post(`/V1/order/${o.id}/ship`, body)).status, 200);
    const more = await kit.admin.post<number>(`/V1/order/${o.id}/ship`, {
      items: [{ order_item_id: o.itemIds[0], qty: 2 }],
    });
    assert.equal(more.status, 200, 'the second call ships only the unit left');
    const repeat = await kit.admin.post(`/V1/order/${o.id}/ship`, body);
    assert.deepEqual(
      [repeat.status, repeat.body],
      [
        400,
        {
          message:
            "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created.\nYou can't create a shipment without products.",
        },
      ],
    );
    assert.equal(
      (await kit.admin.get<Record<string, unknown>>(`/V1/shipment/${more.body}`)).body['total_qty'],
      1,
    );
    assert.equal(await sourceQty(kit.admin, 'SKU-1'), 8);
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:SKU-1:-2',
      'shipment_created:SKU-1:1',
      'shipment_created:SKU-1:1',
    ]);
  });

  test('inventory #2725: an ERP that sets source qty while reservations are open makes the shipment fail', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 5]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 3, price: 10 }]);
    await setStock(kit.admin, [['SKU-1', 'default', 2]]);
    assert.equal(await salable(kit.admin, 'SKU-1'), -1);
    const r = await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.deepEqual(
      [r.status, r.body],
      [400, { message: 'Could not save a shipment, see error log for details' }],
    );
    assert.deepEqual([await sourceQty(kit.admin, 'SKU-1'), (await order(o.id))['state']], [2, 'new']);
    assert.deepEqual(reservationsOf(kit.services, o.id), ['order_placed:SKU-1:-3']);
  });

  test('inventory #1947: refunding unshipped goods without return to stock deducts them from a source', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    await kit.admin.post(`/V1/order/${o.id}/refund`, {});
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:SKU-1:-2',
      'creditmemo_created:SKU-1:2',
    ]);
    assert.deepEqual([await sourceQty(kit.admin, 'SKU-1'), await salable(kit.admin, 'SKU-1')], [8, 8]);
    assert.equal((await order(o.id))['state'], 'closed');
  });

  test('inventory #1947: with return to stock (or auto_return) the unshipped units are only released', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    await kit.admin.post(`/V1/order/${o.id}/refund`, {
      arguments: { extension_attributes: { return_to_stock_items: [o.itemIds[0]] } },
    });
    assert.deepEqual([await sourceQty(kit.admin, 'SKU-1'), await salable(kit.admin, 'SKU-1')], [10, 10]);
    inTx(kit, (s) => s.config.set('cataloginventory/item_options/auto_return', '1'));
    const auto = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/order/${auto.id}/invoice`, {});
    await kit.admin.post(`/V1/order/${auto.id}/refund`, {});
    assert.deepEqual(reservationsOf(kit.services, auto.id), [
      'order_placed:SKU-1:-1',
      'creditmemo_created:SKU-1:1',
    ]);
    assert.deepEqual([await sourceQty(kit.admin, 'SKU-1'), await salable(kit.admin, 'SKU-1')], [10, 10]);
  });

  test("inventory #1895/#3109: a return goes back to the shipping source, not one of the merchant's choosing", async () => {
    await twoSourceStock(kit);
    await setStock(kit.admin, [
      ['SKU-1', 'web', 10],
      ['SKU-1', 'shop', 10],
    ]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }], { storeId: 2 });
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    const ship = { arguments: { extension_attributes: { source_code: 'shop' } } };
    await kit.admin.post(`/V1/order/${o.id}/ship`, ship);
    assert.deepEqual(
      [await sourceQty(kit.admin, 'SKU-1', 'shop'), await sourceQty(kit.admin, 'SKU-1', 'web')],
      [8, 10],
    );
    await kit.admin.post(`/V1/order/${o.id}/refund`, {
      items: [{ order_item_id: o.itemIds[0], qty: 1 }],
      arguments: { extension_attributes: { return_to_stock_items: [o.itemIds[0]] } },
    });
    assert.deepEqual(
      [await sourceQty(kit.admin, 'SKU-1', 'shop'), await sourceQty(kit.admin, 'SKU-1', 'web')],
      [9, 10],
    );
    assert.equal(await salable(kit.admin, 'SKU-1', 2), 19);
  });

  test('inventory #3109: goods shipped from two sources all return to the higher-priority one', async () => {
    await twoSourceStock(kit);
    await setStock(kit.admin, [
      ['SKU-1', 'web', 10],
      ['SKU-1', 'shop', 10],
    ]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }], { storeId: 2 });
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    for (const source_code of ['shop', 'web']) {
      await kit.admin.post(`/V1/order/${o.id}/ship`, {
        items: [{ order_item_id: o.itemIds[0], qty: 1 }],
        arguments: { extension_attributes: { source_code } },
      });
    }
    await kit.admin.post(`/V1/order/${o.id}/refund`, {
      arguments: { extension_attributes: { return_to_stock_items: [o.itemIds[0]] } },
    });
    assert.deepEqual(
      [await sourceQty(kit.admin, 'SKU-1', 'web'), await sourceQty(kit.admin, 'SKU-1', 'shop')],
      [11, 9],
    );
  });
});
