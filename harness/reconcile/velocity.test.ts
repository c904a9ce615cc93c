import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { AdminClient } from '../magento/admin-client.ts';
import { page, type Stub, startStub } from './stub-magento.fixture.ts';
import { fetchVelocity, magentoDateTime, unitsBySku, type VelocityOrder } from './velocity.ts';

const item = (
  item_id: number,
  sku: string,
  qty: number,
  extra: Partial<VelocityOrder['items'][number]> = {},
) => ({
  item_id,
  sku,
  qty_ordered: qty,
  product_type: 'simple',
  ...extra,
});

describe('units sold per SKU', () => {
  test('a configurable sale counts once, under the child SKU; the parent row is skipped', () => {
    const units = unitsBySku([
      {
        state: 'processing',
        items: [
          item(10, 'TEE-M', 2, { product_type: 'configurable' }),
          item(11, 'TEE-M', 2, { parent_item_id: 10 }),
          item(12, 'MUG', 1),
        ],
      },
    ]);
    assert.deepEqual(
      [...units],
      [
        ['tee-m', 2],
        ['mug', 1],
      ],
    );
  });

  test("a bundle's children count under their own SKUs, not the bundle's", () => {
    const units = unitsBySku([
      {
        state: 'complete',
        items: [
          item(1, 'KIT-A-B', 1, { product_type: 'bundle' }),
          item(2, 'A', 2, { parent_item_id: 1 }),
          item(3, 'B', 1, { parent_item_id: 1 }),
        ],
      },
    ]);
    assert.deepEqual(
      [...units],
      [
        ['a', 2],
        ['b', 1],
      ],
    );
  });

  test('canceled orders count nothing; units canceled on an item are taken off; SKUs are case-insensitive', () => {
    const units = unitsBySku([
      { state: 'canceled', status: 'canceled', items: [item(1, 'MUG', 50)] },
      { state: 'holded', status: 'canceled', items: [item(2, 'MUG', 50)] },
      { state: 'processing', items: [item(3, 'MUG', 5, { qty_canceled: 2 }), item(4, 'mug', 1)] },
      { state: 'processing', items: [item(5, 'TEA', 3, { qty_canceled: 3 })] },
    ]);
    assert.deepEqual([...units], [['mug', 4]]);
  });

  test('a configurable row without its child in the answer counts under its own SKU (the child SKU)', () => {
    const units = unitsBySku([
      { state: 'new', items: [item(7, 'TEE-S', 3, { product_type: 'configurable' })] },
    ]);
    assert.deepEqual([...units], [['tee-s', 3]]);
  });
});

describe('reading velocity from Magento orders', () => {
  const now = new Date('2025-03-31T12:00:00Z');
  const stubs: Stub[] = [];
  after(() => Promise.all(stubs.map((s) => s.close())));
  const stub = async (answer: Parameters<typeof startStub>[0]) => {
    const s = await startStub(answer);
    stubs.push(s);
    return s;
  };
  const ctx = (url: string) => ({ baseUrl: url });

  test('pages through the window (created_at gteq, stable sort, light fields) and divides by the days', async () => {
    // 250 orders of 3 units of FAST (750 → 25/day) and, in each tenth, a configurable TEE-M (25 × 2 → 50 → 1.67/day).
    const orders = Array.from({ length: 250 }, (_, i) => ({
      entity_id: i + 1,
      state: 'complete',
      status: 'complete',
      created_at: '2025-03-20 10:00:00',
      items: [
        item(i * 10 + 1, 'FAST', 3),
        ...(i % 10 === 0
          ? [
              item(i * 10 + 2, 'TEE-M', 2, { product_type: 'configurable' }),
              item(i * 10 + 3, 'TEE-M', 2, { parent_item_id: i * 10 + 2 }),
            ]
          : []),
      ],
    }));
    const s = await stub((req) => {
      assert.equal(req.path, '/rest/V1/orders');
      assert.equal(req.headers.authorization, 'Bearer tok');
      return { body: page(orders, req.query) };
    });
    const v = await fetchVelocity(new AdminClient(s.url, { token: 'tok' }), ctx(s.url), 30, now);
    assert.equal(v.ordersRead, 250);
    assert.equal(v.perDay.get('fast'), 25);
    assert.equal(v.perDay.get('tee-m'), 50 / 30);
    assert.equal(v.warning, undefined);
    assert.equal(s.requests.length, 3);
    const q = s.requests[0]!.query;
    assert.equal(q.get('searchCriteria[filter_groups][0][filters][0][field]'), 'created_at');
    assert.equal(q.get('searchCriteria[filter_groups][0][filters][0][value]'), '2025-03-01 12:00:00');
    assert.equal(q.get('searchCriteria[filter_groups][0][filters][0][condition_type]'), 'gteq');
    assert.equal(q.get('searchCriteria[sortOrders][0][field]'), 'entity_id');
    assert.equal(q.get('searchCriteria[pageSize]'), '100');
    assert.match(q.get('fields') ?? '', /^items\[.*items\[.*parent_item_id.*\]\],total_count$/);
    assert.deepEqual(
      s.requests.map((r) => r.query.get('searchCriteria[currentPage]')),
      ['1', '2', '3'],
    );
  });

  test('--days 0 reads no orders', async () => {
    const s = await stub(() => ({ body: { items: [], total_count: 0 } }));
    const v = await fetchVelocity(new AdminClient(s.url, { token: 't' }), ctx(s.url), 0, now);
    assert.deepEqual([v.perDay.size, v.ordersRead, s.requests.length], [0, 0, 0]);
  });

  test('a Magento without an orders route: velocities 0 and a warning', async () => {
    const s = await stub(() => ({ status: 404, body: { message: 'Request does not match any route.' } }));
    const v = await fetchVelocity(new AdminClient(s.url, { token: 't' }), ctx(s.url), 30, now);
    assert.equal(v.perDay.size, 0);
    assert.match(v.warning ?? '', /has no orders route .*velocities are 0/);
  });

  test('credentials that may not read orders: one line with the ACL resource and --days 0', async () => {
    const s = await stub(() => ({
      status: 401,
      body: {
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_Sales::actions_view' },
      },
    }));
    await assert.rejects(fetchVelocity(new AdminClient(s.url, { token: 't' }), ctx(s.url), 30, now), {
      name: 'ReconcileError',
      kind: 'auth',
      message:
        'Magento refused to show orders (401): the credentials read inventory but not orders (Magento_Sales::actions_view): grant that resource, or pass --days 0 to judge every SKU as a slow seller',
    });
  });

  test('Magento timestamps are UTC without a T', () => {
    assert.equal(magentoDateTime(new Date('2025-01-02T03:04:05.678Z')), '2025-01-02 03:04:05');
  });
});
