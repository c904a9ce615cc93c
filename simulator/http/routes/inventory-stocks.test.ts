import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  type InventoryKit,
  putProducts,
  putSecondWebsite,
  SIMPLE_PRODUCTS,
  startInventorySim,
} from './inventory-test-kit.ts';

const web = (code: string) => ({ type: 'website', code });
const empty = (field: string) => ({ message: '"%field" can not be empty.', parameters: { field } });
const failed = (...errors: object[]) => ({ message: 'Validation Failed', errors });

describe('MSI stocks and sales channels over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim({}, (s) => {
      putProducts(s, SIMPLE_PRODUCTS);
      putSecondWebsite(s);
    });
  });
  after(() => kit.close());
  beforeEach(() => kit.reset());

  const channels = async (id: number) =>
    (
      await kit.admin.get<{ extension_attributes: { sales_channels: unknown[] } }>(
        `/V1/inventory/stocks/${id}`,
      )
    ).body.extension_attributes.sales_channels;

  test('the Default Stock sells to base', async () => {
    const r = await kit.admin.get('/V1/inventory/stocks/1');
    assert.deepEqual(r.body, {
      stock_id: 1,
      name: 'Default Stock',
      extension_attributes: { sales_channels: [web('base')] },
    });
  });

  test('POST answers the new stock id and moves the website from the Default Stock', async () => {
    const r = await kit.admin.post('/V1/inventory/stocks', {
      stock: { name: 'Shops', extension_attributes: { sales_channels: [web('base')] } },
    });
    assert.deepEqual([r.status, r.body], [200, 2]);
    assert.deepEqual(await channels(2), [web('base')]);
    assert.deepEqual(await channels(1), []);
  });

  test('channels dropped by a stock go back to the Default Stock, sorted by code', async () => {
    await kit.admin.post('/V1/inventory/stocks', {
      stock: { name: 'S', extension_attributes: { sales_channels: [web('base'), web('second')] } },
    });
    const r = await kit.admin.put('/V1/inventory/stocks/2', {
      stock: { name: 'S2', extension_attributes: { sales_channels: [web('second')] } },
    });
    assert.deepEqual([r.status, r.body], [200, 2]);
    assert.deepEqual(await channels(1), [web('base')]);
    assert.deepEqual(await channels(2), [web('second')]);
    const list = await kit.admin.get<{ items: Array<{ name: string }>; total_count: number }>(
      '/V1/inventory/stocks?searchCriteria=',
    );
    assert.deepEqual(
      list.body.items.map((i) => i.name),
      ['Default Stock', 'S2'],
    );
  });

  test('PUT or POST with the id of a missing stock saves nothing, as an UPDATE of no row', async () => {
    const put = await kit.admin.put('/V1/inventory/stocks/50', { stock: { name: 'Ghost' } });
    assert.deepEqual([put.status, put.body], [200, 50]);
    const post = await kit.admin.post('/V1/inventory/stocks', { stock: { stock_id: 51, name: 'Ghost' } });
    assert.deepEqual([post.status, post.body], [200, 51]);
    assert.equal((await kit.admin.get('/V1/inventory/stocks/50')).status, 404);
    assert.equal((await kit.admin.get('/V1/inventory/stocks/51')).status, 404);
    const linked = await kit.admin.put('/V1/inventory/stocks/50', {
      stock: { name: 'Ghost', extension_attributes: { sales_channels: [web('second')] } },
    });
    assert.deepEqual(
      [linked.status, linked.body],
      [400, { message: 'Could not replace Sales Channels for Stock' }],
    );
    const renamed = await kit.admin.post('/V1/inventory/stocks', {
      stock: { stock_id: 1, name: 'Main', extension_attributes: { sales_channels: [web('base')] } },
    });
    assert.deepEqual([renamed.status, renamed.body], [200, 1]);
    assert.equal((await kit.admin.get<{ name: string }>('/V1/inventory/stocks/1')).body.name, 'Main');
  });

  test('an unknown stock is a 404', async () => {
    const r = await kit.admin.get('/V1/inventory/stocks/99');
    assert.deepEqual(
      [r.status, r.body],
      [404, { message: 'Stock with id "%value" does not exist.', parameters: { value: 99 } }],
    );
  });

  const invalid: Array<[string, Record<string, unknown>, object]> = [
    ['without name', {}, failed(empty('name'))],
    ['with a blank name', { name: ' ' }, failed(empty('name'))],
    ['with a null name', { name: null }, failed(empty('name'))],
    [
      'for an unknown website',
      { name: 'x', extension_attributes: { sales_channels: [web('NotExistingWebsite')] } },
      failed({
        message: 'The website with code "%code" does not exist.',
        parameters: { code: 'NotExistingWebsite' },
      }),
    ],
    [
      'with a channel without type',
      { name: 'x', extension_attributes: { sales_channels: [{ code: 'base' }] } },
      failed(empty('type')),
    ],
    [
      'with a channel without code',
      { name: 'x', extension_attributes: { sales_channels: [web('base'), { type: 'website' }] } },
      failed(empty('code'), {
        message: 'The website with code "%code" does not exist.',
        parameters: { code: '' },
      }),
    ],
  ];
  for (const [name, stock, expected] of invalid) {
    test(`POST refuses a stock ${name}`, async () => {
      const r = await kit.admin.post('/V1/inventory/stocks', { stock });
      assert.deepEqual([r.status, r.body], [400, expected]);
    });
  }

  test('a non-numeric stock id is a type error', async () => {
    const r = await kit.admin.get('/V1/inventory/stocks/abc');
    assert.deepEqual(
      [r.status, r.body],
      [
        400,
        {
          message:
            'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.',
          parameters: { value: 'abc', type: 'int' },
        },
      ],
    );
  });

  test('DELETE refuses the Default Stock and a stock with sales channels, deletes the others', async () => {
    const dflt = await kit.admin.delete('/V1/inventory/stocks/1');
    assert.deepEqual([dflt.status, dflt.body], [400, { message: 'Default Stock could not be deleted.' }]);
    await kit.admin.post('/V1/inventory/stocks', {
      stock: { name: 'A', extension_attributes: { sales_channels: [web('second')] } },
    });
    const busy = await kit.admin.delete('/V1/inventory/stocks/2');
    assert.deepEqual(
      [busy.status, busy.body],
      [400, { message: 'Stock has at least one sale channel and could not be deleted.' }],
    );
    await kit.admin.post('/V1/inventory/stocks', { stock: { name: 'B' } });
    await kit.admin.post('/V1/inventory/stock-source-links', {
      links: [{ stock_id: 3, source_code: 'default', priority: 1 }],
    });
    const ok = await kit.admin.delete('/V1/inventory/stocks/3');
    assert.deepEqual([ok.status, ok.body], [200, true]);
    const links = await kit.admin.get<{ total_count: number }>(
      '/V1/inventory/stock-source-links?searchCriteria=',
    );
    assert.equal(links.body.total_count, 1);
  });

  test('DELETE of an unknown stock is a 404', async () => {
    const r = await kit.admin.delete('/V1/inventory/stocks/77');
    assert.deepEqual(
      [r.status, r.body],
      [
        404,
        {
          message: 'There is no stock with "%fieldValue" for "%fieldName". Verify and try again.',
          parameters: { fieldName: 'stock_id', fieldValue: 77 },
        },
      ],
    );
  });

  test('stock-resolver finds the stock of a website, or answers No linked stock found', async () => {
    const r = await kit.admin.get<{ stock_id: number }>('/V1/inventory/stock-resolver/website/base');
    assert.deepEqual([r.status, r.body.stock_id], [200, 1]);
    const none = await kit.admin.get('/V1/inventory/stock-resolver/website/second');
    assert.deepEqual([none.status, none.body], [404, { message: 'No linked stock found' }]);
  });
});
