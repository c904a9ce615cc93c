import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type InventoryKit, startInventorySim } from './inventory-test-kit.ts';

const source = (code: string) => ({ source_code: code, name: code, postcode: '1', country_id: 'US' });

describe('MSI stock-source links over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim();
  });
  after(() => kit.close());
  beforeEach(async () => {
    await kit.reset();
    for (const code of ['eu-1', 'eu-2', 'eu-3'])
      await kit.admin.post('/V1/inventory/sources', { source: source(code) });
    await kit.admin.post('/V1/inventory/stocks', { stock: { name: 'EU' } });
  });

  const save = (links: unknown) => kit.admin.post('/V1/inventory/stock-source-links', { links });

  test('links are saved, listed, and the stock sources come back by priority', async () => {
    const r = await save([
      { source_code: 'eu-2', stock_id: 2, priority: 2 },
      { source_code: 'eu-1', stock_id: 2, priority: 1 },
      { source_code: 'eu-3', stock_id: 2, priority: 3 },
    ]);
    assert.deepEqual([r.status, r.body], [200, []]);
    const list = await kit.admin.get<{ total_count: number }>(
      '/V1/inventory/stock-source-links?searchCriteria[filter_groups][0][filters][0][field]=stock_id&searchCriteria[filter_groups][0][filters][0][value]=2',
    );
    assert.equal(list.body.total_count, 3);
    const ordered = await kit.admin.get<Array<{ source_code: string }>>(
      '/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/2',
    );
    assert.deepEqual(
      ordered.body.map((s) => s.source_code),
      ['eu-1', 'eu-2', 'eu-3'],
    );
  });

  test('saving again updates the priority', async () => {
    await save([
      { source_code: 'eu-1', stock_id: 2, priority: 1 },
      { source_code: 'eu-2', stock_id: 2, priority: 2 },
    ]);
    await save([{ source_code: 'eu-1', stock_id: 2, priority: 5 }]);
    const ordered = await kit.admin.get<Array<{ source_code: string }>>(
      '/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/2',
    );
    assert.deepEqual(
      ordered.body.map((s) => s.source_code),
      ['eu-2', 'eu-1'],
    );
  });

  test('a priority of 0 or none is refused, every bad link listed', async () => {
    const r = await save([
      { source_code: 'eu-1', stock_id: 2, priority: 0 },
      { source_code: 'eu 2', stock_id: 2 },
    ]);
    const priority = { message: '"%field" should be greater then 0.', parameters: { field: 'priority' } };
    assert.deepEqual(
      [r.status, r.body],
      [
        400,
        {
          message: 'Validation Failed',
          errors: [
            priority,
            { message: '"%field" can not contain whitespaces.', parameters: { field: 'source_code' } },
            priority,
          ],
        },
      ],
    );
  });

  test('an empty list, an unknown source or stock are refused', async () => {
    const emptyList = await save([]);
    assert.deepEqual([emptyList.status, emptyList.body], [400, { message: 'Input data is empty' }]);
    const unknown = await save([{ source_code: 'nope', stock_id: 2, priority: 1 }]);
    assert.deepEqual([unknown.status, unknown.body], [400, { message: 'Could not save StockSourceLinks' }]);
    const noStock = await save([{ source_code: 'eu-1', stock_id: 9, priority: 1 }]);
    assert.deepEqual([noStock.status, noStock.body], [400, { message: 'Could not save StockSourceLinks' }]);
  });

  test('links are deleted, except those of the default source or stock', async () => {
    await save([{ source_code: 'eu-1', stock_id: 2, priority: 1 }]);
    const del = await kit.admin.post('/V1/inventory/stock-source-links-delete', {
      links: [{ source_code: 'eu-1', stock_id: 2 }],
    });
    assert.deepEqual([del.status, del.body], [200, []]);
    const left = await kit.admin.get<unknown[]>(
      '/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/2',
    );
    assert.deepEqual(left.body, []);
    for (const link of [
      { source_code: 'default', stock_id: 1 },
      { source_code: 'default', stock_id: 2 },
      { source_code: 'eu-1', stock_id: 1 },
    ]) {
      const r = await kit.admin.post('/V1/inventory/stock-source-links-delete', { links: [link] });
      assert.deepEqual(
        [r.status, r.body],
        [400, { message: 'Can not delete link related to Default Source or Default Stock' }],
      );
    }
    const none = await kit.admin.post('/V1/inventory/stock-source-links-delete', { links: [] });
    assert.deepEqual([none.status, none.body], [400, { message: 'Input data is empty' }]);
  });
});
