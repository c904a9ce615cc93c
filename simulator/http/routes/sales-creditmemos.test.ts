import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { searchQuery } from '../../../test/support/magento-client.ts';
import { place, type SalesKit, setStock, startSalesSim } from './sales-test-kit.ts';

type Doc = Record<string, unknown> & {
  items: Array<Record<string, unknown>>;
  status_histories: Array<Record<string, unknown>>;
};
const NO_SUCH = "The entity that was requested doesn't exist. Verify the entity and try again.";
const invalid = (...lines: string[]) => ({
  message: `Creditmemo Document Validation Error(s):\n${lines.join('\n')}`,
});

let kit: SalesKit;
before(async () => {
  kit = await startSalesSim();
});
after(() => kit.close());
beforeEach(async () => {
  await kit.reset();
  await setStock(kit.admin, [
    ['SKU-1', 'default', 100],
    ['SKU-2', 'default', 100],
  ]);
});

const get = (path: string) => kit.admin.get<Doc>(path).then((r) => r.body);

/** An order invoiced and shipped in full: 2 × SKU-1 at 10 (10 % tax) + 1 × SKU-2 at 5, shipping 5. */
async function completeOrder() {
  const o = place(kit, [
    { sku: 'SKU-1', qty: 2, price: 10, tax_percent: 10 },
    { sku: 'SKU-2', qty: 1, price: 5 },
  ]);
  await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
  await kit.admin.post(`/V1/order/${o.id}/ship`, {});
  return o;
}

describe('POST /V1/order/:orderId/refund', () => {
  test('a full refund closes the order and records every refunded total', async () => {
    const o = await completeOrder();
    const r = await kit.admin.post<number>(`/V1/order/${o.id}/refund`, {});
    assert.equal(r.status, 200);
    const cm = await get(`/V1/creditmemo/${r.body}`);
    assert.deepEqual(
      [
        cm['state'],
        cm['increment_id'],
        cm['subtotal'],
        cm['tax_amount'],
        cm['shipping_amount'],
        cm['grand_total'],
        cm['invoice_id'],
      ],
      [2, '000000001', 25, 2, 5, 32, null],
    );
    assert.deepEqual(
      cm.items.map((i) => [i['sku'], i['qty']]),
      [
        ['SKU-1', 2],
        ['SKU-2', 1],
      ],
    );
    const order = await get(`/V1/orders/${o.id}`);
    assert.deepEqual([order['state'], order['status']], ['closed', 'closed']);
    assert.deepEqual(
      [
        order['total_refunded'],
        order['total_offline_refunded'],
        order['shipping_refunded'],
        order['subtotal_refunded'],
      ],
      [32, 32, 5, 25],
    );
    assert.equal((order['payment'] as Record<string, unknown>)['amount_refunded'], 32);
    assert.deepEqual(
      order.items.map((i) => i['qty_refunded']),
      [2, 1],
    );
    assert.deepEqual(
      [order.status_histories[0]?.['comment'], order.status_histories[0]?.['status']],
      ['We refunded $32.00 offline.', 'closed'],
    );
  });

  test('a partial refund keeps the order complete; shipping defaults to all of it', async () => {
    const o = await completeOrder();
    const r = await kit.admin.post<number>(`/V1/order/${o.id}/refund`, {
      items: [{ order_item_id: o.itemIds[0], qty: 1 }],
    });
    const cm = await get(`/V1/creditmemo/${r.body}`);
    assert.deepEqual(
      [cm['subtotal'], cm['tax_amount'], cm['shipping_amount'], cm['grand_total']],
      [10, 1, 5, 16],
    );
    assert.equal((await get(`/V1/orders/${o.id}`))['state'], 'complete');
    const rest = await kit.admin.post<number>(`/V1/order/${o.id}/refund`, {});
    const second = await get(`/V1/creditmemo/${rest.body}`);
    assert.deepEqual(
      [second['subtotal'], second['tax_amount'], second['shipping_amount'], second['grand_total']],
      [15, 1, 0, 16],
    );
    assert.equal((await get(`/V1/orders/${o.id}`))['state'], 'closed');
  });

  test('shipping and adjustments arguments; too much shipping is refused at once', async () => {
    const o = await completeOrder();
    const tooMuch = await kit.admin.post(`/V1/order/${o.id}/refund`, { arguments: { shipping_amount: 6 } });
    assert.deepEqual(
      [tooMuch.status, tooMuch.body],
      [400, { message: 'Maximum shipping amount allowed to refund is: %1', parameters: ['$5.00'] }],
    );
    const r = await kit.admin.post<number>(`/V1/order/${o.id}/refund`, {
      items: [{ order_item_id: o.itemIds[1], qty: 1 }],
      arguments: { shipping_amount: 2, adjustment_positive: 3, adjustment_negative: 1.5 },
    });
    const cm = await get(`/V1/creditmemo/${r.body}`);
    assert.deepEqual(
      [
        cm['shipping_amount'],
        cm['adjustment_positive'],
        cm['adjustment_negative'],
        cm['adjustment'],
        cm['grand_total'],
      ],
      [2, 3, 1.5, 1.5, 8.5],
    );
    const order = await get(`/V1/orders/${o.id}`);
    assert.deepEqual(
      [order['adjustment_positive'], order['adjustment_negative'], order['shipping_refunded']],
      [3, 1.5, 2],
    );
  });

  test('validation: nothing paid; too many; an item of another order; a closed order', async () => {
    const unpaid = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const nothing = await kit.admin.post(`/V1/order/${unpaid.id}/refund`, {});
    assert.deepEqual(
      [nothing.status, nothing.body],
      [400, invalid('The most money available to refund is 0.')],
    );
    const o = await completeOrder();
    const many = await kit.admin.post(`/V1/order/${o.id}/refund`, {
      items: [{ order_item_id: o.itemIds[0], qty: 5 }],
    });
    assert.deepEqual(
      many.body,
      invalid(
        'The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU "SKU-1".',
        'The most money available to refund is 32.',
        'The quantity to refund must not be greater than the unrefunded quantity.',
      ),
    );
    const foreign = await kit.admin.post(`/V1/order/${o.id}/refund`, {
      items: [{ order_item_id: unpaid.itemIds[0], qty: 1 }],
    });
    assert.deepEqual(
      foreign.body,
      invalid('The creditmemo contains product item that is not part of the original order.'),
    );
    await kit.admin.post(`/V1/order/${o.id}/refund`, {});
    const closed = await kit.admin.post(`/V1/order/${o.id}/refund`, {});
    assert.deepEqual(
      closed.body,
      invalid(
        'A creditmemo can not be created when an order has a status of closed',
        "The credit memo's total must be positive.",
      ),
    );
    assert.deepEqual((await kit.admin.post('/V1/order/999/refund', {})).body, { message: NO_SUCH });
  });

  test('return_to_stock_items must name lines of this credit memo', async () => {
    const o = await completeOrder();
    const unknown = await kit.admin.post(`/V1/order/${o.id}/refund`, {
      arguments: { extension_attributes: { return_to_stock_items: [999] } },
    });
    assert.deepEqual(
      unknown.body,
      invalid('The return to stock argument contains product item that is not part of the original order.'),
    );
    const other = place(kit, [{ sku: 'SKU-2', qty: 1, price: 1 }]);
    const notHere = await kit.admin.post(`/V1/order/${o.id}/refund`, {
      arguments: { extension_attributes: { return_to_stock_items: [other.itemIds[0]] } },
    });
    assert.deepEqual(notHere.body, invalid('The "SKU-2" product is not part of the current creditmemo.'));
  });
});

describe('concurrent identical refunds (2.4.8 ACP2E-2982)', () => {
  test('two identical full refunds sent together create one credit memo; the other is refused', async () => {
    const o = await completeOrder();
    const both = await Promise.all([0, 1].map(() => kit.admin.post(`/V1/order/${o.id}/refund`, {})));
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 400]);
    const list = await kit.admin.get<{ total_count: number }>(
      `/V1/creditmemos?${searchQuery({ filters: [[{ field: 'order_id', value: o.id }]] })}`,
    );
    assert.equal(list.body.total_count, 1);
    assert.equal((await get(`/V1/orders/${o.id}`))['total_refunded'], 32);
  });
});

describe('credit memo reads and management', () => {
  test('get, list, 404, cancel refused, emails, comments', async () => {
    const o = await completeOrder();
    const id = (
      await kit.admin.post<number>(`/V1/order/${o.id}/refund`, {
        comment: { comment: 'Damaged', is_visible_on_front: 1 },
      })
    ).body;
    const list = await kit.admin.get<{ total_count: number }>(
      `/V1/creditmemos?${searchQuery({ filters: [[{ field: 'order_id', value: o.id }]] })}`,
    );
    assert.equal(list.body.total_count, 1);
    assert.deepEqual((await kit.admin.get('/V1/creditmemo/999')).body, { message: NO_SUCH });
    const cancel = await kit.admin.put(`/V1/creditmemo/${id}`);
    assert.deepEqual([cancel.status, cancel.body], [400, { message: 'You can not cancel Credit Memo' }]);
    assert.equal((await kit.admin.post(`/V1/creditmemo/${id}/emails`)).body, true);
    assert.equal((await kit.admin.post('/V1/creditmemo/999/emails')).status, 404);
    await kit.admin.post(`/V1/creditmemo/${id}/comments`, {
      entity: { parent_id: id, comment: 'Refund sent' },
    });
    const comments = await kit.admin.get<{ items: Array<Record<string, unknown>> }>(
      `/V1/creditmemo/${id}/comments`,
    );
    assert.deepEqual(
      comments.body.items.map((c) => c['comment']),
      ['Damaged', 'Refund sent'],
    );
    const orphan = await kit.admin.post(`/V1/creditmemo/${id}/comments`, {
      entity: { parent_id: 999, comment: 'x' },
    });
    assert.deepEqual(orphan.body, { message: 'Could not save the creditmemo comment.' });
  });
});

describe('POST /V1/invoice/:invoiceId/refund', () => {
  test('the `free` method passes the invoice check: the memo is tied to the invoice and marks it used', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10 }], { method: 'free' });
    const invoiceId = (await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {})).body;
    const r = await kit.admin.post<number>(`/V1/invoice/${invoiceId}/refund`, {
      items: [{ order_item_id: o.itemIds[0], qty: 1 }],
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const cm = await get(`/V1/creditmemo/${r.body}`);
    assert.deepEqual(
      [cm['invoice_id'], cm.items[0]?.['qty'], cm['shipping_amount'], cm['grand_total']],
      [invoiceId, 1, 5, 15],
    );
    const invoice = await get(`/V1/invoices/${invoiceId}`);
    assert.deepEqual([invoice['is_used_for_refund'], invoice['base_total_refunded']], [1, 15]);
    assert.equal((await get(`/V1/orders/${o.id}`))['total_offline_refunded'], 15);
    const over = await kit.admin.post(`/V1/invoice/${invoiceId}/refund`, {
      items: [{ order_item_id: o.itemIds[0], qty: 5 }],
    });
    assert.deepEqual(
      over.body,
      invalid('The quantity to refund must not be greater than the unrefunded quantity.'),
    );
  });
});
