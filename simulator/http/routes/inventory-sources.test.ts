import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { searchQuery } from '../../../test/support/magento-client.ts';
import { type InventoryKit, startInventorySim } from './inventory-test-kit.ts';

const valid = {
  source_code: 'source-code-1',
  name: 'source-name-1',
  postcode: 'source-postcode',
  country_id: 'US',
};
const empty = (field: string) => ({ message: '"%field" can not be empty.', parameters: { field } });
const failed = (...errors: object[]) => ({ message: 'Validation Failed', errors });

describe('MSI sources over REST', () => {
  let kit: InventoryKit;
  before(async () => {
    kit = await startInventorySim();
  });
  after(() => kit.close());
  beforeEach(() => kit.reset());

  test('the fresh install has the default source', async () => {
    const r = await kit.admin.get('/V1/inventory/sources/default');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      source_code: 'default',
      name: 'Default Source',
      enabled: true,
      description: 'Default Source',
      latitude: 0,
      longitude: 0,
      country_id: 'US',
      postcode: '00000',
      use_default_carrier_config: true,
      carrier_links: [],
    });
  });

  test('an unknown source is a 404 naming the code', async () => {
    const r = await kit.admin.get('/V1/inventory/sources/nope');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'Source with code "%value" does not exist.',
      parameters: { value: 'nope' },
    });
  });

  test('POST creates a source (void answer []) and PUT updates it by the URL code', async () => {
    const created = await kit.admin.post('/V1/inventory/sources', { source: { ...valid, enabled: false } });
    assert.deepEqual([created.status, created.body], [200, []]);
    const put = await kit.admin.put('/V1/inventory/sources/source-code-1', {
      source: { ...valid, source_code: 'ignored', name: 'Renamed', city: 'Austin' },
    });
    assert.deepEqual([put.status, put.body], [200, []]);
    const got = await kit.admin.get<Record<string, unknown>>('/V1/inventory/sources/source-code-1');
    assert.equal(got.body['name'], 'Renamed');
    assert.equal(got.body['city'], 'Austin');
    assert.equal(got.body['enabled'], false);
    assert.equal((await kit.admin.get('/V1/inventory/sources/ignored')).status, 404);
  });

  test('sources are searchable with searchCriteria and searchCriteria is required', async () => {
    await kit.admin.post('/V1/inventory/sources', { source: valid });
    const q = searchQuery({
      filters: [[{ field: 'source_code', value: 'source-%', condition_type: 'like' }]],
    });
    const r = await kit.admin.get<{ items: Array<{ source_code: string }>; total_count: number }>(
      `/V1/inventory/sources?${q}`,
    );
    assert.deepEqual(
      r.body.items.map((i) => i.source_code),
      ['source-code-1'],
    );
    assert.equal(r.body.total_count, 1);
    const missing = await kit.admin.get('/V1/inventory/sources');
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'searchCriteria' },
    });
  });

  const cases: Array<[string, Record<string, unknown>, object]> = [
    ['without name', { name: undefined }, failed(empty('name'))],
    ['without postcode', { postcode: undefined }, failed(empty('postcode'))],
    ['without source_code', { source_code: undefined }, failed(empty('source_code'))],
    ['null source_code', { source_code: null }, failed(empty('source_code'))],
    [
      'blank source_code',
      { source_code: ' ' },
      failed(empty('source_code'), {
        message: '"%field" can not contain whitespaces.',
        parameters: { field: 'source_code' },
      }),
    ],
    [
      'source_code with a space',
      { source_code: 'source code' },
      failed({ message: '"%field" can not contain whitespaces.', parameters: { field: 'source_code' } }),
    ],
    ['blank name', { name: ' ' }, failed(empty('name'))],
    ['blank postcode', { postcode: ' ' }, failed(empty('postcode'))],
    ['empty country_id', { country_id: '' }, failed(empty('country_id'))],
    ['null country_id', { country_id: null }, failed(empty('country_id'))],
    ['template in name', { name: `$${'{x}'}` }, failed({ message: 'Validation Failed', parameters: [] })],
  ];
  for (const [name, patch, expected] of cases) {
    test(`POST refuses a source ${name}`, async () => {
      const source: Record<string, unknown> = { ...valid, ...patch };
      for (const k of Object.keys(source)) if (source[k] === undefined) delete source[k];
      const r = await kit.admin.post('/V1/inventory/sources', { source });
      assert.equal(r.status, 400);
      assert.deepEqual(r.body, expected);
    });
  }

  test('a body without "source" is a required-field error', async () => {
    const r = await kit.admin.post('/V1/inventory/sources', {});
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'source' },
    });
  });

  test('there is no DELETE for sources', async () => {
    const r = await kit.admin.delete('/V1/inventory/sources/default');
    assert.deepEqual([r.status, r.body], [404, { message: 'Request does not match any route.' }]);
  });

  test('the routes need the source ACL resources', async () => {
    kit.admin.token = undefined;
    const r = await kit.admin.get('/V1/inventory/sources/default');
    await kit.admin.loginAdmin();
    assert.equal(r.status, 401);
    assert.deepEqual(r.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_InventoryApi::source' },
    });
  });
});
