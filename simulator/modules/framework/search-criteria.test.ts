/**
 * searchCriteria parsing and the result envelope (magento-rest.md §4): snake and camel keys,
 * OR within a group and AND across groups, sorting and its errors, paging, `total_count`, the
 * echoed criteria, input limits, and the required parameter, end to end over HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { type Kernel, type Route, route, startKernel } from '../../../test/support/fuzz-kernel.ts';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { search } from './search.ts';
import { parseSearchCriteria } from './search-criteria.ts';

const ROWS = [
  { id: 1, sku: 'A', name: 'Blue Shirt', price: 10, status: 1 },
  { id: 2, sku: 'B', name: 'Red Shirt', price: 25, status: 2 },
  { id: 3, sku: 'C', name: 'Blue Cap', price: 5, status: 1 },
  { id: 4, sku: 'D', name: 'Green Cap', price: null, status: 1 },
];
const routes: Route[] = [
  route({ method: 'GET', path: '/V1/test/rows', resource: 'anonymous' }, (ctx) =>
    search(ROWS, parseSearchCriteria(ctx, ctx.query)),
  ),
];

let k: Kernel;
let c: MagentoTestClient;
before(async () => {
  k = await startKernel(routes);
  c = new MagentoTestClient(k.url);
});
after(() => k.close());
beforeEach(() => k.runtime.reset());

interface Envelope {
  items: Array<{ sku: string }>;
  search_criteria: unknown;
  total_count: number;
}
const list = async (q: string) => {
  const r = await c.get<Envelope>(`/rest/V1/test/rows?${q}`);
  return r;
};
const skus = async (q: string) => {
  const r = await list(q);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.items.map((i) => i.sku);
};
const error = async (q: string) => {
  const r = await list(q);
  return [r.status, r.body];
};
const setConfig = (path: string, value: string) =>
  k.services.store.transaction(() => k.services.config.set(path, value));

test('a missing searchCriteria is required; an empty one lists everything', async () => {
  assert.deepEqual(await error('x=1'), [
    400,
    {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'searchCriteria' },
    },
  ]);
  assert.deepEqual(await skus('searchCriteria='), ['A', 'B', 'C', 'D']);
  assert.deepEqual(await skus('searchCriteria=anything'), ['A', 'B', 'C', 'D']);
  assert.deepEqual(await skus('search_criteria[pageSize]=1'), ['A'], 'the snake_case parameter name too');
});

test('OR inside a filter group, AND across groups; condition_type defaults to eq', async () => {
  const orGroup = searchQuery({
    filters: [
      [
        { field: 'sku', value: 'A' },
        { field: 'sku', value: 'C' },
      ],
    ],
  });
  assert.deepEqual(await skus(orGroup), ['A', 'C']);
  const and = searchQuery({
    filters: [
      [{ field: 'name', value: 'Blue%', condition_type: 'like' }],
      [{ field: 'price', value: '6', condition_type: 'gt' }],
    ],
  });
  assert.deepEqual(await skus(and), ['A']);
});

test('snake_case and camelCase keys are the same criteria, echoed back in snake_case', async () => {
  const camel =
    'searchCriteria[filterGroups][0][filters][0][field]=status&searchCriteria[filterGroups][0][filters][0][value]=1' +
    '&searchCriteria[filterGroups][0][filters][0][conditionType]=eq&searchCriteria[sortOrders][0][field]=price' +
    '&searchCriteria[sortOrders][0][direction]=asc&searchCriteria[pageSize]=2&searchCriteria[currentPage]=1';
  const snake = camel
    .replaceAll('filterGroups', 'filter_groups')
    .replaceAll('conditionType', 'condition_type')
    .replaceAll('sortOrders', 'sort_orders')
    .replace('pageSize', 'page_size')
    .replace('currentPage', 'current_page');
  const a = await list(camel);
  const b = await list(snake);
  assert.deepEqual(a.body, b.body);
  assert.deepEqual(a.body, {
    items: [
      { id: 4, sku: 'D', name: 'Green Cap', price: null, status: 1 },
      { id: 3, sku: 'C', name: 'Blue Cap', price: 5, status: 1 },
    ],
    search_criteria: {
      filter_groups: [{ filters: [{ field: 'status', value: '1', condition_type: 'eq' }] }],
      sort_orders: [{ field: 'price', direction: 'ASC' }],
      page_size: 2,
      current_page: 1,
    },
    total_count: 3,
  });
});

test('sorting: several orders, NULLs first ascending; no direction sorts descending', async () => {
  assert.deepEqual(await skus(searchQuery({ sortOrders: [{ field: 'price', direction: 'DESC' }] })), [
    'B',
    'A',
    'C',
    'D',
  ]);
  assert.deepEqual(
    await skus(
      searchQuery({
        sortOrders: [
          { field: 'status', direction: 'ASC' },
          { field: 'name', direction: 'DESC' },
        ],
      }),
    ),
    ['D', 'A', 'C', 'B'],
  );
  const r = await list(searchQuery({ sortOrders: [{ field: 'name' }] }));
  assert.deepEqual(
    r.body.items.map((i) => i.sku),
    ['B', 'D', 'A', 'C'],
  );
  assert.deepEqual(r.body.search_criteria, { filter_groups: [], sort_orders: [{ field: 'name' }] });
});

test('sort errors: restricted symbols in the field, a direction that is not ASC/DESC or a string', async () => {
  assert.deepEqual(await error(searchQuery({ sortOrders: [{ field: 'name;drop', direction: 'ASC' }] })), [
    400,
    { message: 'Sort order field %1 contains restricted symbols', parameters: ['name;drop'] },
  ]);
  assert.deepEqual(await error(searchQuery({ sortOrders: [{ field: 'name', direction: 'up' }] })), [
    400,
    {
      message: 'The sort order has to be specified as %1 for ascending order or %2 for descending order.',
      parameters: ['ASC', 'DESC'],
    },
  ]);
  assert.deepEqual(
    await error('searchCriteria[sortOrders][0][field]=name&searchCriteria[sortOrders][0][direction][]=x'),
    [400, { message: 'The sort order has to be specified as a string, got %1.', parameters: ['array'] }],
  );
});

test('paging: total_count counts all matches; a page past the end is empty; size 0 is no paging', async () => {
  const page = async (pageSize: number, currentPage: number) =>
    (await list(searchQuery({ pageSize, currentPage }))).body;
  assert.deepEqual(
    (await page(3, 2)).items.map((i) => i.sku),
    ['D'],
  );
  assert.equal((await page(3, 2)).total_count, 4);
  assert.deepEqual((await page(3, 3)).items, []);
  assert.equal((await page(3, 3)).total_count, 4);
  assert.deepEqual((await page(0, 1)).items.length, 4);
  assert.deepEqual(
    (await page(-5, 2)).items.map((i) => i.sku),
    ['B'],
    'a negative size pages by one',
  );
  assert.deepEqual(
    (await page(2, 0)).items.map((i) => i.sku),
    ['A', 'B'],
    'page 0 is page 1',
  );
});

test('a page size or page that is not a number: the ServiceInputProcessor error', async () => {
  assert.deepEqual(await error('searchCriteria[pageSize]=ten'), [
    400,
    {
      message: 'Error occurred during "%field_name" processing. %details',
      parameters: {
        field_name: 'pageSize',
        details: 'The "ten" value\'s type is invalid. The "int" type was expected. Verify and try again.',
      },
    },
  ]);
  const [, page] = await error('searchCriteria[current_page]=');
  assert.equal(
    (page as unknown as { parameters: { field_name: string } }).parameters.field_name,
    'current_page',
  );
  assert.deepEqual(await skus('searchCriteria[pageSize]=1.9'), ['A'], 'numeric text is truncated');
});

test('input limits off (default): no page size means all rows and none is echoed', async () => {
  const r = await list('searchCriteria=');
  assert.equal(r.body.items.length, 4);
  assert.deepEqual(r.body.search_criteria, { filter_groups: [] });
  assert.equal((await list(searchQuery({ pageSize: 100000 }))).status, 200);
});

test('input limits on: default page size 20 (configurable), Maximum SearchCriteria pageSize is %max', async () => {
  setConfig('webapi/validation/input_limit_enabled', '1');
  assert.deepEqual((await list('searchCriteria=')).body.search_criteria, {
    filter_groups: [],
    page_size: 20,
  });
  setConfig('webapi/validation/default_page_size', '3');
  assert.deepEqual(await skus('searchCriteria='), ['A', 'B', 'C']);
  assert.deepEqual(await error(searchQuery({ pageSize: 301 })), [
    400,
    { message: 'Maximum SearchCriteria pageSize is %max', parameters: { max: 300 } },
  ]);
  assert.equal((await list(searchQuery({ pageSize: 300 }))).status, 200);
  setConfig('webapi/validation/maximum_page_size', '2');
  assert.deepEqual(await error(searchQuery({ pageSize: 3 })), [
    400,
    { message: 'Maximum SearchCriteria pageSize is %max', parameters: { max: 2 } },
  ]);
  assert.equal(
    (await list('searchCriteria[page_size]=3')).status,
    200,
    'Magento validates the camelCase key only',
  );
});

test('filter indexes beyond qs array limits still parse in order', async () => {
  const q =
    'searchCriteria[filter_groups][0][filters][25][field]=sku&searchCriteria[filter_groups][0][filters][25][value]=B';
  assert.deepEqual(await skus(q), ['B']);
});
