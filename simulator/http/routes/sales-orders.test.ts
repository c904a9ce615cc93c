import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { place, reservationsOf, type SalesKit, salable, setStock, startSalesSim } from './sales-test-kit.ts';

const NO_SUCH = "The entity that was requested doesn't exist. Verify the entity and try again.";
type Order = Record<string, unknown> & {
  items: Array<Record<string, unknown>>;
  status_histories: Array<Record<string, unknown>>;
};

let kit: SalesKit;
before(async () => {
  kit = await startSalesSim();
});
after(() => kit.close());
beforeEach(() => kit.reset());

describe('order reads', () => {
  test('GET /V1/orders/:id returns the order with computed total_due', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }]);
    const r = await kit.admin.get<Order>(`/V1/orders/${o.id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body['increment_id'], '000000001');
    assert.deepEqual([r.body['state'], r.body['status']], ['new', 'pending']);
    assert.deepEqual([r.body['grand_total'], r.body['total_due']], [25, 25]);
    assert.equal(r.body.items[0]?.['qty_ordered'], 2);
  });

  test('unknown id is 404, id 0 is 400, a non-number is a type error', async () => {
    const missing = await kit.admin.get('/V1/orders/999');
    assert.deepEqual([missing.status, missing.body], [404, { message: NO_SUCH }]);
    const zero = await kit.admin.get('/V1/orders/0');
    assert.deepEqual(
      [zero.status, zero.body],
      [400, { message: 'An ID is needed. Set the ID and try again.' }],
    );
    const typed = await kit.admin.get<{ message: string; parameters: unknown }>('/V1/orders/abc');
    assert.equal(typed.status, 400);
    assert.deepEqual(typed.body.parameters, { value: 'abc', type: 'int' });
  });

  test('search by increment_id, quote_id, customer_id, store_id and created_at range', async () => {
    place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const second = place(kit, [{ sku: 'SKU-2', qty: 1, price: 20 }], { storeId: 2 });
    const byIncrement = await kit.admin.get<{ items: Order[]; total_count: number }>(
      `/V1/orders?${searchQuery({ filters: [[{ field: 'increment_id', value: second.incrementId }]] })}`,
    );
    assert.equal(second.incrementId, '2000000001');
    assert.deepEqual(
      [byIncrement.body.total_count, byIncrement.body.items[0]?.['entity_id']],
      [1, second.id],
    );
    const byStore = await kit.admin.get<{ total_count: number }>(
      `/V1/orders?${searchQuery({ filters: [[{ field: 'store_id', value: 1 }], [{ field: 'customer_id', value: '', condition_type: 'null' }]] })}`,
    );
    assert.equal(byStore.body.total_count, 1);
    const byDate = await kit.admin.get<{ total_count: number }>(
      `/V1/orders?${searchQuery({ filters: [[{ field: 'created_at', value: '2000-01-01 00:00:00', condition_type: 'gteq' }]] })}`,
    );
    assert.equal(byDate.body.total_count, 2);
    const byQuote = await kit.admin.get<{ total_count: number }>(
      `/V1/orders?${searchQuery({ filters: [[{ field: 'quote_id', value: 77 }]] })}`,
    );
    assert.equal(byQuote.body.total_count, 0);
    const none = await kit.admin.get('/V1/orders');
    assert.deepEqual(
      [none.status, none.body],
      [
        400,
        {
          message: '"%fieldName" is required. Enter and try again.',
          parameters: { fieldName: 'searchCriteria' },
        },
      ],
    );
  });

  test('statuses, emails, items and the ACL', async () => {
    const o = place(kit, [
      { sku: 'SKU-1', qty: 1, price: 10 },
      { sku: 'SKU-2', qty: 3, price: 1 },
    ]);
    assert.equal((await kit.admin.get(`/V1/orders/${o.id}/statuses`)).body, 'pending');
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/emails`)).body, true);
    assert.equal((await kit.admin.post('/V1/orders/999/emails')).status, 404);
    const item = await kit.admin.get<Record<string, unknown>>(`/V1/orders/items/${o.itemIds[1]}`);
    assert.deepEqual([item.body['sku'], item.body['order_id']], ['SKU-2', o.id]);
    assert.deepEqual((await kit.admin.get('/V1/orders/items/999')).body, { message: NO_SUCH });
    const list = await kit.admin.get<{ total_count: number }>(
      `/V1/orders/items?${searchQuery({ filters: [[{ field: 'sku', value: 'SKU-2' }]] })}`,
    );
    assert.equal(list.body.total_count, 1);
    const guest = await new MagentoTestClient(kit.sim.url).get(`/V1/orders/${o.id}`);
    assert.deepEqual(
      [guest.status, guest.body],
      [
        401,
        {
          message: "The consumer isn't authorized to access %resources.",
          parameters: { resources: 'Magento_Sales::actions_view' },
        },
      ],
    );
  });
});

describe('hold, unhold and cancel', () => {
  test('hold parks the order, unhold restores state and status, each refuses twice', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/hold`)).body, true);
    const held = (await kit.admin.get<Order>(`/V1/orders/${o.id}`)).body;
    assert.deepEqual(
      [held['state'], held['status'], held['hold_before_status']],
      ['holded', 'holded', 'pending'],
    );
    assert.deepEqual((await kit.admin.post(`/V1/orders/${o.id}/hold`)).body, {
      message: 'A hold action is not available.',
    });
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, false);
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/unhold`)).body, true);
    const back = (await kit.admin.get<Order>(`/V1/orders/${o.id}`)).body;
    assert.deepEqual([back['state'], back['status'], back['hold_before_state']], ['new', 'pending', null]);
    const again = await kit.admin.post(`/V1/orders/${o.id}/unhold`);
    assert.deepEqual([again.status, again.body], [400, { message: 'You cannot remove the hold.' }]);
  });

  test('cancel releases the reservation, answers true once and false after', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'SKU-1', qty: 3, price: 10 }]);
    assert.equal(await salable(kit.admin, 'SKU-1'), 7);
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, true);
    const canceled = (await kit.admin.get<Order>(`/V1/orders/${o.id}`)).body;
    assert.deepEqual(
      [canceled['state'], canceled['status'], canceled['total_canceled']],
      ['canceled', 'canceled', 35],
    );
    assert.equal(canceled.items[0]?.['qty_canceled'], 3);
    assert.equal(await salable(kit.admin, 'SKU-1'), 10);
    assert.deepEqual(reservationsOf(kit.services, o.id), ['order_placed:SKU-1:-3', 'order_canceled:SKU-1:3']);
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, false);
    assert.equal((await kit.admin.post('/V1/orders/999/cancel')).status, 404);
  });

  test('a fully invoiced order cannot be canceled', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/cancel`)).body, false);
  });
});

describe('comments', () => {
  test('a comment without status is listed and keeps the status (2.4.8)', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const add = await kit.admin.post(`/V1/orders/${o.id}/comments`, {
      statusHistory: {
        comment: 'Paid at till 3',
        is_customer_notified: 0,
        is_visible_on_front: 1,
        parent_id: o.id,
      },
    });
    assert.equal(add.body, true);
    const list = await kit.admin.get<{ items: Array<Record<string, unknown>>; total_count: number }>(
      `/V1/orders/${o.id}/comments`,
    );
    assert.equal(list.body.total_count, 1);
    assert.deepEqual(
      [
        list.body.items[0]?.['comment'],
        list.body.items[0]?.['status'],
        list.body.items[0]?.['is_visible_on_front'],
      ],
      ['Paid at till 3', 'pending', 1],
    );
    assert.equal((await kit.admin.post(`/V1/orders/${o.id}/comments`, {})).status, 400);
    const unknown = await kit.admin.post('/V1/orders/999/comments', { statusHistory: { comment: 'x' } });
    assert.deepEqual([unknown.status, unknown.body], [404, { message: NO_SUCH }]);
    assert.deepEqual((await kit.admin.post(`/V1/orders/${o.id}/comments`, {})).body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'statusHistory' },
    });
  });

  test('2.4.8: a status of the current state is applied, another state is refused', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    const fraud = await kit.admin.post(`/V1/orders/${o.id}/comments`, {
      statusHistory: { comment: 'check', status: 'fraud' },
    });
    assert.equal(fraud.body, true);
    assert.equal((await kit.admin.get(`/V1/orders/${o.id}/statuses`)).body, 'fraud');
    const other = await kit.admin.post(`/V1/orders/${o.id}/comments`, {
      statusHistory: { comment: 'x', status: 'complete' },
    });
    assert.deepEqual(
      [other.status, other.body],
      [
        400,
        {
          message: 'Unable to add comment: The status "%1" is not part of the order status history.',
          parameters: ['complete'],
        },
      ],
    );
  });

  for (const [version, applied, refused] of [
    ['2.4.6', 'complete', null],
    ['2.4.7', 'pending', 'complete'],
  ] as const) {
    test(`${version}: a comment's status ${refused ? 'other than the current one is refused' : 'is applied as is'}`, async () => {
      const old = await startSalesSim({ version });
      try {
        const o = place(old, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
        const r = await old.admin.post(`/V1/orders/${o.id}/comments`, {
          statusHistory: { comment: 'c', status: 'complete' },
        });
        assert.equal(r.status, refused ? 400 : 200);
        assert.equal((await old.admin.get(`/V1/orders/${o.id}/statuses`)).body, applied);
        const same = await old.admin.post(`/V1/orders/${o.id}/comments`, {
          statusHistory: { comment: 'c', status: applied },
        });
        assert.equal(same.body, true);
      } finally {
        await old.close();
      }
    });
  }
});

describe('raw saves', () => {
  const entity = (extra: Record<string, unknown> = {}) => ({
    entity: {
      customer_email: 'pos@example.com',
      base_grand_total: 20,
      grand_total: 20,
      items: [{ sku: 'SKU-1', qty_ordered: 2, price: 10, product_type: 'simple' }],
      payment: { method: 'checkmo' },
      billing_address: {
        firstname: 'A',
        lastname: 'B',
        street: ['1'],
        city: 'C',
        postcode: '1',
        country_id: 'US',
        telephone: '1',
      },
      ...extra,
    },
  });

  test('POST /V1/orders stores the entity with ids and never reserves stock (inventory #2787)', async () => {
    await setStock(kit.admin, [['SKU-1', 'default', 5]]);
    const r = await kit.admin.post<Order>('/V1/orders', entity());
    assert.equal(r.status, 200);
    assert.deepEqual(
      [r.body['increment_id'], r.body['state'], r.body['status'], r.body['store_id']],
      ['000000001', 'new', 'pending', 1],
    );
    const item = r.body.items[0] ?? {};
    assert.deepEqual(
      [typeof item['item_id'], item['order_id'], item['qty_invoiced']],
      ['number', r.body['entity_id'], 0],
    );
    assert.equal(await salable(kit.admin, 'SKU-1'), 5);
    assert.deepEqual(reservationsOf(kit.services, Number(r.body['entity_id'])), []);
  });

  test('PUT /V1/orders/create with an existing entity_id updates only what is sent', async () => {
    const created = (await kit.admin.post<Order>('/V1/orders', entity())).body;
    const line = created.items[0] ?? {};
    const r = await kit.admin.put<Order>('/V1/orders/create', {
      entity: {
        entity_id: created['entity_id'],
        ext_order_id: 'POS-1-0001',
        items: [{ item_id: line['item_id'], name: 'Renamed' }],
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(
      [r.body['ext_order_id'], r.body['customer_email'], r.body['increment_id']],
      ['POS-1-0001', 'pos@example.com', '000000001'],
    );
    assert.deepEqual(
      [r.body.items.length, r.body.items[0]?.['name'], r.body.items[0]?.['qty_ordered']],
      [1, 'Renamed', 2],
    );
  });

  test('a second order with the same increment id is a unique-key violation; entity is required', async () => {
    await kit.admin.post('/V1/orders', entity({ increment_id: 'POS-42' }));
    const dup = await kit.admin.post('/V1/orders', entity({ increment_id: 'POS-42' }));
    assert.deepEqual([dup.status, dup.body], [400, { message: 'Unique constraint violation found' }]);
    const none = await kit.admin.put('/V1/orders/create', {});
    assert.deepEqual(none.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'entity' },
    });
  });

  test('PUT /V1/orders/:parent_id updates the billing address; no order is an error', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const before = (await kit.admin.get<Order>(`/V1/orders/${o.id}`)).body['billing_address'] as Record<
      string,
      unknown
    >;
    const r = await kit.admin.put<Record<string, unknown>>(`/V1/orders/${o.id}`, {
      entity: { entity_id: before['entity_id'], parent_id: o.id, city: 'Dallas' },
    });
    assert.deepEqual([r.status, r.body['city'], r.body['lastname']], [200, 'Dallas', 'Shop']);
    const after = (await kit.admin.get<Order>(`/V1/orders/${o.id}`)).body['billing_address'] as Record<
      string,
      unknown
    >;
    assert.equal(after['city'], 'Dallas');
    const bad = await kit.admin.put('/V1/orders/999', { entity: { parent_id: 999, city: 'X' } });
    assert.deepEqual([bad.status, bad.body], [400, { message: 'Could not save order address' }]);
  });
});
