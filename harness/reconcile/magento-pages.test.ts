import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { z } from 'zod';
import { AdminClient } from '../magento/admin-client.ts';
import { criteria, readAllPages } from './magento-pages.ts';
import { page, type Stub, startStub } from './stub-magento.fixture.ts';

const Item = z.object({ sku: z.string(), quantity: z.coerce.number() });
const items = Array.from({ length: 5 }, (_, i) => ({ sku: `S${i}`, quantity: String(i) }));

describe('reading every page of a getList route', () => {
  const stubs: Stub[] = [];
  after(() => Promise.all(stubs.map((s) => s.close())));
  const read = async (answer: Parameters<typeof startStub>[0], auth: { token: string } = { token: 't' }) => {
    const s = await startStub(answer);
    stubs.push(s);
    const rows = readAllPages(
      new AdminClient(s.url, auth),
      '/V1/inventory/source-items',
      { sort: ['sku', 'ASC'], pageSize: 2 },
      Item,
      { baseUrl: s.url, reading: 'source items' },
    );
    return { s, rows };
  };

  test('stops on total_count even when a page past the end repeats the last one (Magento before 2.4.4)', async () => {
    const { s, rows } = await read((req) => {
      const size = 2;
      const last = Math.ceil(items.length / size);
      const current = Math.min(Number(req.query.get('searchCriteria[currentPage]')), last);
      return {
        body: { items: items.slice((current - 1) * size, current * size), total_count: items.length },
      };
    });
    assert.deepEqual(
      (await rows).map((r) => r.sku),
      ['S0', 'S1', 'S2', 'S3', 'S4'],
    );
    assert.equal(s.requests.length, 3);
  });

  test('quantities sent as strings are read as numbers', async () => {
    const { rows } = await read((req) => ({ body: page(items, req.query) }));
    assert.equal((await rows)[4]?.quantity, 4);
  });

  test('an HTML answer is "does not answer like Magento"', async () => {
    const { s, rows } = await read(() => ({ body: '<html><body>Welcome to nginx!</body></html>' }));
    await assert.rejects(rows, {
      kind: 'not-magento',
      message: `${s.url} does not answer like Magento: GET /rest/V1/inventory/source-items answered HTML "<html><body>Welcome to nginx!</body></html>", not a search result; --magento must be the shop's base URL (without /rest)`,
    });
  });

  test('an HTML 404 is not Magento either', async () => {
    const { rows } = await read(() => ({ status: 404, body: '<h1>Not Found</h1>' }));
    await assert.rejects(rows, { kind: 'not-magento', message: /answered 404 HTML "<h1>Not Found<\/h1>"/ });
  });

  test("a refused token, and Magento's own failure, are one line each", async () => {
    const refused = await read(() => ({
      status: 401,
      body: {
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_InventoryApi::source' },
      },
    }));
    await assert.rejects(refused.rows, {
      kind: 'auth',
      message: 'the token was refused by Magento (401): check --token or use --admin user:password',
    });
    const broken = await read(() => ({
      status: 500,
      body: { message: 'Internal Error. Details are available in Magento log file. Report ID: webapi-1' },
    }));
    await assert.rejects(broken.rows, {
      kind: 'magento',
      message:
        /^Magento failed to list source items: GET \/rest\/V1\/inventory\/source-items answered 500: Internal Error\./,
    });
  });

  test('an item that is not a source item is named', async () => {
    const { rows } = await read(() => ({
      body: { items: [{ sku: 'A', quantity: 'lots' }], total_count: 1 },
    }));
    await assert.rejects(rows, {
      kind: 'not-magento',
      message: /^Magento listed source items that cannot be read: item 1, quantity: /,
    });
  });

  test('the query string is searchCriteria with one group per filter', () => {
    assert.equal(
      decodeURIComponent(criteria({ filters: [['source_code', 'a,b', 'in']], sort: ['sku', 'ASC'] }, 50, 2)),
      'searchCriteria[filter_groups][0][filters][0][field]=source_code&searchCriteria[filter_groups][0][filters][0][value]=a,b&searchCriteria[filter_groups][0][filters][0][condition_type]=in&searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=ASC&searchCriteria[pageSize]=50&searchCriteria[currentPage]=2',
    );
  });
});
