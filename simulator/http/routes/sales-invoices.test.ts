import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { searchQuery } from '../../../test/support/magento-client.ts';
import {
  place,
  reservationsOf,
  type SalesKit,
  setStock,
  sourceQty,
  startSalesSim,
} from './sales-test-kit.ts';

type Doc = Record<string, unknown> & { items: Array<Record<string, unknown>> };
const NO_SUCH = "The entity that was requested doesn't exist. Verify the entity and try again.";
const invalid = (...lines: string[]) => ({
  message: `Invoice Document Validation Error(s):\n${lines.join('\n')}`,
});

let kit: SalesKit;
before(async () => {
  kit = await startSalesSim();
});
after(() => kit.close());
beforeEach(() => kit.reset());

const order = (id: number) => kit.admin.get<Doc>(`/V1/orders/${id}`).then((r) => r.body);

describe('POST /V1/order/:orderId/invoice', () => {
  test('no items invoices everything: paid invoice, order processing, totals paid and due', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 2, price: 10, tax_percent: 10 }]);
    const r = await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, { capture: true });
    assert.equal(r.status, 200);
    const inv = (await kit.admin.get<Doc>(`/V1/invoices/${r.body}`)).body;
    assert.deepEqual(
      [
        inv['state'],
        inv['increment_id'],
        inv['order_id'],
        inv['subtotal'],
        inv['tax_amount'],
        inv['shipping_amount'],
        inv['grand_total'],
      ],
      [2, '000000001', o.id, 20, 2, 5, 27],
    );
    assert.deepEqual([inv.items[0]?.['qty'], inv.items[0]?.['row_total'], inv['total_qty']], [2, 20, 2]);
    const after = await order(o.id);
    assert.deepEqual([after['state'], after['status']], ['processing', 'processing']);
    assert.deepEqual([after['total_invoiced'], after['total_paid'], after['total_due']], [27, 27, 0]);
    assert.equal((after['payment'] as Record<string, unknown>)['amount_paid'], 27);
    assert.equal(after.items[0]?.['qty_invoiced'], 2);
  });

  test('partial invoices split lines; shipping goes on the first; the last takes the remainder', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 3, price: 10, tax_percent: 8.25 }]);
    const first = await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {
      items: [{ order_item_id: o.itemIds[0], qty: 1 }],
    });
    const one = (await kit.admin.get<Doc>(`/V1/invoices/${first.body}`)).body;
    assert.deepEqual(
      [one['subtotal'], one['tax_amount'], one['shipping_amount'], one['grand_total']],
      [10, 0.83, 5, 15.83],
    );
    assert.equal((await order(o.id))['total_due'], 21.65);
    const rest = await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {});
    const two = (await kit.admin.get<Doc>(`/V1/invoices/${rest.body}`)).body;
    assert.deepEqual(
      [two['subtotal'], two['tax_amount'], two['shipping_amount'], two['grand_total']],
      [20, 1.65, 0, 21.65],
    );
    assert.deepEqual([(await order(o.id))['total_paid'], (await order(o.id))['total_due']], [37.48, 0]);
  });

  test('more than is left to invoice is refused before validation', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const r = await kit.admin.post(`/V1/order/${o.id}/invoice`, {
      items: [{ order_item_id: o.itemIds[0], qty: 2 }],
    });
    assert.deepEqual(
      [r.status, r.body],
      [400, { message: 'We found an invalid quantity to invoice item "%1".', parameters: ['SKU-1'] }],
    );
  });

  test('validation lines: no products; nothing left; wrong state', async () => {
    const o = place(kit, [
      { sku: 'SKU-1', qty: 1, price: 10 },
      { sku: 'SKU-2', qty: 1, price: 10 },
    ]);
    const zero = await kit.admin.post(`/V1/order/${o.id}/invoice`, {
      items: [{ order_item_id: o.itemIds[0], qty: 0 }],
    });
    assert.deepEqual(
      [zero.status, zero.body],
      [400, invalid("The invoice can't be created without products. Add products and try again.")],
    );
    const other = await kit.admin.post(`/V1/order/${o.id}/invoice`, {
      items: [{ order_item_id: 999, qty: 1 }],
    });
    assert.deepEqual(
      other.body,
      invalid("The invoice can't be created without products. Add products and try again."),
    );
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    const again = await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    assert.deepEqual(
      again.body,
      invalid(
        "The invoice can't be created without products. Add products and try again.",
        'The order does not allow an invoice to be created.',
      ),
    );
    const held = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    await kit.admin.post(`/V1/orders/${held.id}/hold`);
    const onHold = await kit.admin.post(`/V1/order/${held.id}/invoice`, {});
    assert.deepEqual(
      onHold.body,
      invalid('An invoice cannot be created when an order has a status of holded'),
    );
    const missing = await kit.admin.post('/V1/order/999/invoice', {});
    assert.deepEqual([missing.status, missing.body], [404, { message: NO_SUCH }]);
  });

  test('a virtual line is deducted from the source at invoice time (invoice_created)', async () => {
    await setStock(kit.admin, [['VIRT-1', 'default', 10]]);
    const o = place(kit, [{ sku: 'VIRT-1', qty: 2, price: 10, is_virtual: true }]);
    await kit.admin.post(`/V1/order/${o.id}/invoice`, {});
    assert.equal(await sourceQty(kit.admin, 'VIRT-1'), 8);
    assert.deepEqual(reservationsOf(kit.services, o.id), [
      'order_placed:VIRT-1:-2',
      'invoice_created:VIRT-1:2',
    ]);
    assert.deepEqual([(await order(o.id))['state'], (await order(o.id))['status']], ['complete', 'complete']);
  });
});

describe('invoice reads and management', () => {
  test('get, list, 404; capture and void are refused for offline methods; emails', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const id = (await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {})).body;
    const list = await kit.admin.get<{ total_count: number; items: Doc[] }>(
      `/V1/invoices?${searchQuery({ filters: [[{ field: 'order_id', value: o.id }]] })}`,
    );
    assert.deepEqual([list.body.total_count, list.body.items[0]?.['entity_id']], [1, id]);
    assert.deepEqual((await kit.admin.get('/V1/invoices/999')).body, { message: NO_SUCH });
    const capture = await kit.admin.post(`/V1/invoices/${id}/capture`);
    assert.deepEqual(
      [capture.status, capture.body],
      [400, { message: 'The capture action is not available.' }],
    );
    const voided = await kit.admin.post(`/V1/invoices/${id}/void`);
    assert.deepEqual([voided.status, voided.body], [400, { message: 'The void action is not available.' }]);
    assert.equal((await kit.admin.post('/V1/invoices/999/void')).status, 404);
    assert.equal((await kit.admin.post(`/V1/invoices/${id}/emails`)).body, true);
  });

  test('comments: with the invoice, through the repository, and a missing parent', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const id = (
      await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {
        notify: true,
        appendComment: true,
        comment: { comment: 'Paid cash', is_visible_on_front: 1 },
      })
    ).body;
    const saved = await kit.admin.post<Record<string, unknown>>('/V1/invoices/comments', {
      entity: {
        parent_id: id,
        comment: 'Receipt reprinted',
        is_customer_notified: 0,
        is_visible_on_front: 0,
      },
    });
    assert.deepEqual(
      [saved.status, saved.body['parent_id'], saved.body['comment']],
      [200, id, 'Receipt reprinted'],
    );
    const list = await kit.admin.get<{ items: Array<Record<string, unknown>>; total_count: number }>(
      `/V1/invoices/${id}/comments`,
    );
    assert.deepEqual(
      list.body.items.map((c) => [c['comment'], c['is_customer_notified'], c['is_visible_on_front']]),
      [
        ['Paid cash', 1, 1],
        ['Receipt reprinted', 0, 0],
      ],
    );
    const orphan = await kit.admin.post('/V1/invoices/comments', {
      entity: { parent_id: 999, comment: 'x' },
    });
    assert.deepEqual([orphan.status, orphan.body], [400, { message: 'Could not save the invoice comment.' }]);
  });

  test('refunding an invoice paid by an offline method is refused', async () => {
    const o = place(kit, [{ sku: 'SKU-1', qty: 1, price: 10 }]);
    const id = (await kit.admin.post<number>(`/V1/order/${o.id}/invoice`, {})).body;
    const r = await kit.admin.post(`/V1/invoice/${id}/refund`, { isOnline: false });
    assert.deepEqual(
      [r.status, r.body],
      [
        400,
        { message: "Creditmemo Document Validation Error(s):\nWe can't create creditmemo for the invoice." },
      ],
    );
    assert.equal((await kit.admin.post('/V1/invoice/999/refund', {})).status, 404);
  });
});
