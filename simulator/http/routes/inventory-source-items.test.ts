import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type InventoryKit, startInventorySim } from './inventory-test-kit.ts';

const valid = { sku: 'SKU-1', quantity: 1.5, source_code: 'eu-1', status: 1 };
const err = (message: string, field: string) => ({ message, parameters: { field } });
const empty = (field: string) => err('"%field" can not be empty.', field);
const numeric = (field: string) => err('"%field" should be numeric.', field);
const spaces = (field: string) => err('"%field" can not contain whitespaces.', field);
const around = err('"%field" can not contain leading or trailing spaces.', 'sku');
const typeError = (field: string, value: string, type: string) => ({
  message: `Error occurred during "${field}" processing. The "${value}" value's type is invalid. The "${type}" type was expected. Verify and try again.`,
});

describe('MSI source items over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim();
  });
  after(() => kit.close());
  beforeEach(async () => {
    await kit.reset();
    const source = { source_code: 'eu-1', name: 'EU 1', postcode: '1', country_id: 'DE' };
    await kit.admin.post('/V1/inventory/sources', { source });
  });

  const save = (items: unknown[]) => kit.admin.post('/V1/inventory/source-items', { sourceItems: items });

  test('items are saved ([]), upserted and searchable', async () => {
    const r = await save([valid, { ...valid, source_code: 'default', quantity: 3 }]);
    assert.deepEqual([r.status, r.body], [200, []]);
    await save([{ ...valid, quantity: 7, status: 0 }]);
    const q =
      'searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=SKU-1';
    const list = await kit.admin.get<{ items: unknown[]; total_count: number }>(
      `/V1/inventory/source-items?${q}`,
    );
    assert.equal(list.body.total_count, 2);
    assert.deepEqual(list.body.items, [
      { sku: 'SKU-1', source_code: 'eu-1', quantity: 7, status: 0 },
      { sku: 'SKU-1', source_code: 'default', quantity: 3, status: 1 },
    ]);
  });

  test('a SKU unknown to the catalog is accepted (magento/magento2#38154)', async () => {
    const r = await save([{ ...valid, sku: 'NOT-IN-CATALOG' }]);
    assert.deepEqual([r.status, r.body], [200, []]);
  });

  test('items are deleted by sku and source; unknown pairs are ignored', async () => {
    await save([valid, { ...valid, source_code: 'default' }]);
    const del = await kit.admin.post('/V1/inventory/source-items-delete', {
      sourceItems: [
        { sku: 'SKU-1', source_code: 'eu-1' },
        { sku: 'nope', source_code: 'eu-1' },
      ],
    });
    assert.deepEqual([del.status, del.body], [200, []]);
    const list = await kit.admin.get<{ items: Array<{ source_code: string }> }>(
      '/V1/inventory/source-items?searchCriteria=',
    );
    assert.deepEqual(
      list.body.items.map((i) => i.source_code),
      ['default'],
    );
    const none = await kit.admin.post('/V1/inventory/source-items-delete', { sourceItems: [] });
    assert.deepEqual([none.status, none.body], [400, { message: 'Input data is empty' }]);
  });

  const missing: Array<[keyof typeof valid, object]> = [
    ['sku', empty('sku')],
    ['source_code', empty('source_code')],
    ['quantity', numeric('quantity')],
    ['status', numeric('status')],
  ];
  for (const [field, error] of missing) {
    test(`an item without ${field} fails validation`, async () => {
      const item: Record<string, unknown> = { ...valid };
      delete item[field];
      const r = await save([item]);
      const message = `Validation Failed: ${(error as { message: string }).message.replace('%field', field)}`;
      assert.deepEqual([r.status, r.body], [400, { message, errors: [error] }]);
    });
  }

  const invalid: Array<[string, Record<string, unknown>, string, object[]]> = [
    ['null sku', { sku: null }, '"sku" can not be empty.', [empty('sku')]],
    ['empty sku', { sku: '' }, '"sku" can not be empty.', [empty('sku')]],
    ['blank sku', { sku: ' ' }, '"sku" can not be empty.', [empty('sku'), around]],
    [
      'unknown status',
      { status: '999999' },
      '"status" should a known status.',
      [err('"%field" should a known status.', 'status')],
    ],
    ['null quantity', { quantity: null }, '"quantity" should be numeric.', [numeric('quantity')]],
    ['null source_code', { source_code: null }, '"source_code" can not be empty.', [empty('source_code')]],
    [
      'blank source_code',
      { source_code: ' ' },
      '"source_code" can not be empty.',
      [empty('source_code'), spaces('source_code')],
    ],
    [
      'spaced source_code',
      { source_code: 'source code' },
      '"source_code" can not contain whitespaces.',
      [spaces('source_code')],
    ],
  ];
  for (const [name, patch, first, errors] of invalid) {
    test(`an item with ${name} fails validation`, async () => {
      const r = await save([{ ...valid, ...patch }]);
      assert.deepEqual([r.status, r.body], [400, { message: `Validation Failed: ${first}`, errors }]);
    });
  }

  test('errors of every item are listed, the first one in the message', async () => {
    const r = await save([
      { ...valid, status: 5 },
      { ...valid, quantity: null },
    ]);
    assert.deepEqual(r.body, {
      message: 'Validation Failed: "status" should a known status.',
      errors: [err('"%field" should a known status.', 'status'), numeric('quantity')],
    });
  });

  const typed: Array<[string, Record<string, unknown>, object]> = [
    ['an empty quantity', { quantity: '' }, typeError('quantity', '', 'float')],
    ['a text quantity', { quantity: 'test' }, typeError('quantity', 'test', 'float')],
    ['an array source_code', { source_code: [] }, typeError('source_code', 'array', 'string')],
  ];
  for (const [name, patch, expected] of typed) {
    test(`an item with ${name} is a type error`, async () => {
      const r = await save([{ ...valid, ...patch }]);
      assert.deepEqual([r.status, r.body], [400, expected]);
    });
  }

  test('an unknown source, an empty list and a missing list are refused', async () => {
    const unknown = await save([{ ...valid, source_code: 'not-existed-source-code' }]);
    assert.deepEqual([unknown.status, unknown.body], [400, { message: 'Could not save Source Item' }]);
    const empty = await save([]);
    assert.deepEqual([empty.status, empty.body], [400, { message: 'Input data is empty' }]);
    const none = await kit.admin.post('/V1/inventory/source-items', {});
    assert.deepEqual(
      [none.status, none.body],
      [
        400,
        {
          message: '"%fieldName" is required. Enter and try again.',
          parameters: { fieldName: 'sourceItems' },
        },
      ],
    );
  });
});

describe('SKU spaces in source items by version (MSI 1.2.7 = 2.4.7)', () => {
  for (const [version, errors] of [
    ['2.4.6', [empty('sku')]],
    ['2.4.7', [empty('sku'), around]],
  ] as const) {
    test(`${version}: a blank SKU`, async () => {
      const kit = await startInventorySim({ version });
      try {
        const r = await kit.admin.post('/V1/inventory/source-items', {
          sourceItems: [{ sku: ' ', source_code: 'default', quantity: 1, status: 1 }],
        });
        assert.deepEqual(
          [r.status, r.body],
          [400, { message: 'Validation Failed: "sku" can not be empty.', errors }],
        );
        const padded = await kit.admin.post('/V1/inventory/source-items', {
          sourceItems: [{ sku: 'SKU-1 ', source_code: 'default', quantity: 1, status: 1 }],
        });
        if (version === '2.4.6') assert.deepEqual([padded.status, padded.body], [200, []]);
        else {
          assert.deepEqual(
            [padded.status, padded.body],
            [
              400,
              {
                message: 'Validation Failed: "sku" can not contain leading or trailing spaces.',
                errors: [around],
              },
            ],
          );
        }
      } finally {
        await kit.close();
      }
    });
  }
});
