import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { searchQuery } from '../../../test/support/magento-client.ts';
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

type Doc = Record<string, unknown> & {
  items: Array<Record<string, unknown>>;
  tracks: Array<Record<string, unknown>>;
};
const NO_SUCH = "The entity that was requested doesn't exist. Verify the entity and try again.";
const invalid = (...lines: string[]) => ({
  message: `Shipment Document Validation Error(s):\n${lines.join('\n')}`,
});

let kit: SalesKit;
before(async () => {
  kit = await startSalesSim();
});
after(() => kit.close());
beforeEach(() => kit.reset());

const state = async (id: number) => {
  const o = (await kit.admin.get<Record<string, unknown>>(`/V1/orders/${id}`)).body;
  return `${o['state']}/${o['status']}`;
};

describe('POST /V1/order/:orderId/ship', () => {
  test('ships everything from the stock source: physical qty down, salable unchanged, order complete', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    assert.equal(await salable(kit.admin, 'SKU-1'), 8);
    const r = await kit.admin.post<number>(`/V1/order/${o.id}/ship`, {
      tracks: [{ track_number: '1Z999', title: 'UPS', carrier_code: 'ups' }],
    });
    assert.equal(r.status, 200);
    const sh = (await kit.admin.get<Doc>(`/V1/shipment/${r.body}`)).body;
    assert.deepEqual(sh['extension_attributes'], { source_code: 'default' });
    assert.deepEqual(
      [sh['increment_id'], sh['total_qty'], sh.items[0]?.['qty'], sh.tracks[0]?.['track_number']],
      ['000000001', 2, 2, '1Z999'],
    );
    assert.equal(await sourceQty(kit.admin, 'SKU-1'), 8);
    assert.equal(await salable(kit.admin, 'SKU-1'), 8);
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:SKU-1:-2',
      'shipment_created:SKU-1:2',
    ]);
    assert.equal(await state(o.id), 'complete/complete');
  });

  test('shipping before invoicing: new → processing; invoicing then completes', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.equal(await state(o.id), 'processing/processing');
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    assert.equal(await state(o.id), 'complete/complete');
  });

  test('a named source is used; with several sources and none named, `default`', async () => {
    await twoSourceStock(kit);
    await setStock(kit.admin, [
      ['SKU-1', 'shop', 5],
      ['SKU-1', 'web', 5],
      ['SKU-1', 'default', 5],
    ]);
    const o = place(
      kit,
      [
        { sku: 'SKU-1', qty: 1, price: 10 },
        { sku: 'SKU-2', qty: 1, price: 1 },
      ],
      { storeId: 2 },
    );
    const named = await kit.admin.post<number>(`/V1/order/${o.id}/ship`, {
      items: [{ order_item_id: o.itemIds[0], qty: 1 }],
      arguments: { extension_attributes: { source_code: 'shop' } },
    });
    assert.deepEqual((await kit.admin.get<Doc>(`/V1/shipment/${named.body}`)).body['extension_attributes'], {
      source_code: 'shop',
    });
    assert.deepEqual(
      [await sourceQty(kit.admin, 'SKU-1', 'shop'), await sourceQty(kit.admin, 'SKU-1', 'web')],
      [4, 5],
    );
    assert.deepEqual(reservationsOf(kit.services, o.id).slice(-1), ['shipment_created:SKU-1:1']);
    assert.equal(kit.services.store.all<{ stock_id: number }>('reservations').at(-1)?.stock_id, 2);
    const other = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }], { storeId: 2 });
    const unnamed = await kit.admin.post<number>(`/V1/order/${other.id}/ship`, {});
    assert.deepEqual(
      (await kit.admin.get<Doc>(`/V1/shipment/${unnamed.body}`)).body['extension_attributes'],
      { source_code: 'default' },
    );
  });

  test('a source short of stock fails the whole shipment and changes nothing', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 1]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    const r = await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.deepEqual(
      [r.status, r.body],
      [400, { message: 'Could not save a shipment, see error log for details' }],
    );
    const unknown = await kit.admin.post(`/V1/order/${o.id}/ship`, {
      arguments: { extension_attributes: { source_code: 'nowhere' } },
    });
    assert.deepEqual(unknown.body, { message: 'Could not save a shipment, see error log for details' });
    assert.equal(await sourceQty(kit.admin, 'SKU-1'), 1);
    assert.equal(await state(o.id), 'new/pending');
    assert.equal(
      (await kit.admin.get<{ total_count: number }>('/V1/shipments?searchCriteria=')).body.total_count,
      0,
    );
  });

  test('validation lines: nothing left, tracks without a number, canceled, virtual', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const notrack = await kit.admin.post(`/V1/order/${o.id}/ship`, {
      tracks: [{ title: 'UPS', carrier_code: 'ups' }],
    });
    assert.deepEqual([notrack.status, notrack.body], [400, invalid('Please enter a tracking number.')]);
    await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    const again = await kit.admin.post(`/V1/order/${o.id}/ship`, {});
    assert.deepEqual(
      again.body,
      invalid(
        'The order does not allow a shipment to be created.',
        "You can't create a shipment without products.",
      ),
    );
    const canceled = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/orders/${canceled.id}/cancel`);
    const c = await kit.admin.post(`/V1/order/${canceled.id}/ship`, {});
    assert.deepEqual(
      c.body,
      invalid(
        'A shipment cannot be created when an order has a status of canceled',
        "You can't create a shipment without products.",
      ),
    );
    const virtual = place(kit, [{ sku: 'VIRT-1', qty: 1, price: 10, is_virtual: true }]);
    const v = await kit.admin.post(`/V1/order/${virtual.id}/ship`, {});
    assert.deepEqual(
      v.body,
      invalid(
        'A shipment cannot be created when an order has a status of pending',
        "You can't create a shipment without products.",
      ),
    );
    assert.deepEqual((await kit.admin.post('/V1/order/999/ship', {})).body, { message: NO_SUCH });
  });
});

describe('shipment reads, tracks, comments', () => {
  test('list, get, 404, label, emails, comments', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const id = (
      await kit.admin.post<number>(`/V1/order/${o.id}/ship`, {
        comment: { comment: 'Left at till', is_visible_on_front: 0 },
      })
    ).body;
    const list = await kit.admin.get<{ total_count: number }>(
      `/V1/shipments?${searchQuery({ filters: [[{ field: 'order_id', value: o.id }]] })}`,
    );
    assert.equal(list.body.total_count, 1);
    assert.deepEqual((await kit.admin.get('/V1/shipment/999')).body, { message: NO_SUCH });
    assert.equal((await kit.admin.get(`/V1/shipment/${id}/label`)).body, '');
    assert.equal((await kit.admin.post(`/V1/shipment/${id}/emails`)).body, true);
    const added = await kit.admin.post(`/V1/shipment/${id}/comments`, {
      entity: { parent_id: id, comment: 'Picked up', is_visible_on_front: 1 },
    });
    assert.equal(added.status, 200);
    const comments = await kit.admin.get<{ items: Array<Record<string, unknown>> }>(
      `/V1/shipment/${id}/comments`,
    );
    assert.deepEqual(
      comments.body.items.map((c) => c['comment']),
      ['Left at till', 'Picked up'],
    );
    const orphan = await kit.admin.post('/V1/shipment/1/comments', {
      entity: { parent_id: 999, comment: 'x' },
    });
    assert.deepEqual(
      [orphan.status, orphan.body],
      [400, { message: 'Could not save the shipment comment.' }],
    );
  });

  test('tracks are added to the shipment of their order and deleted by id', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const id = (await kit.admin.post<number>(`/V1/order/${o.id}/ship`, {})).body;
    const t = await kit.admin.post<Record<string, unknown>>('/V1/shipment/track', {
      entity: { order_id: o.id, parent_id: id, track_number: 'TRK-1', title: 'DHL', carrier_code: 'dhl' },
    });
    assert.deepEqual([t.status, t.body['track_number'], t.body['parent_id']], [200, 'TRK-1', id]);
    assert.equal((await kit.admin.get<Doc>(`/V1/shipment/${id}`)).body.tracks.length, 1);
    const wrong = await kit.admin.post('/V1/shipment/track', {
      entity: { order_id: 999, parent_id: id, track_number: 'X' },
    });
    assert.deepEqual([wrong.status, wrong.body], [400, { message: 'Could not save the shipment tracking.' }]);
    assert.equal((await kit.admin.delete(`/V1/shipment/track/${t.body['entity_id']}`)).body, true);
    assert.equal((await kit.admin.get<Doc>(`/V1/shipment/${id}`)).body.tracks.length, 0);
    assert.deepEqual((await kit.admin.delete(`/V1/shipment/track/${t.body['entity_id']}`)).body, {
      message: NO_SUCH,
    });
  });
});
