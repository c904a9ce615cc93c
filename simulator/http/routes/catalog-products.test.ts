import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { createStoreGroup, createStoreView, createWebsite } from '../../modules/store/store-writes.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

/** A second website `eu` (group `eu_group`) with view `eu_en`, and a second view `fr` on the base website. */
function twoWebsites(s: Parameters<typeof createWebsite>[0]) {
  const eu = createWebsite(s, { code: 'eu', name: 'EU' });
  const g = createStoreGroup(s, { websiteId: eu.id, code: 'eu_group', name: 'EU Store' });
  createStoreView(s, { groupId: g.id, code: 'eu_en', name: 'EU English' });
  createStoreView(s, { groupId: 1, code: 'fr', name: 'French' });
}

before(async () => {
  sim = await createSimulator({ prepare: [twoWebsites] });
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

const create = (product: P, prefix = '') => c.post<P>(`${prefix}/V1/products`, { product });

describe('POST /V1/products', () => {
  test('creates a simple product with Magento defaults and answers it with stock_item', async () => {
    const r = await create({ sku: 'P-1', name: 'First Product', price: 12.5 });
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).slice(0, 5), ['id', 'sku', 'name', 'attribute_set_id', 'price']);
    assert.equal(r.body.attribute_set_id, 4);
    assert.equal(r.body.status, 1);
    assert.equal(r.body.visibility, 4);
    assert.equal(r.body.type_id, 'simple');
    assert.match(r.body.created_at, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    assert.deepEqual(r.body.extension_attributes.website_ids, [1]);
    assert.equal(r.body.extension_attributes.stock_item.product_id, r.body.id);
    const custom = Object.fromEntries(r.body.custom_attributes.map((a: P) => [a.attribute_code, a.value]));
    assert.equal(custom.tax_class_id, '2');
    assert.equal(custom.url_key, 'first-product');
  });

  test('is an upsert: the same SKU (any case) updates the product', async () => {
    const first = await create({ sku: 'UPS-1', name: 'Before', price: 1 }, '/rest/all');
    const again = await create(
      { sku: 'ups-1', price: 2, custom_attributes: [{ attribute_code: 'tax_class_id', value: 0 }] },
      '/rest/all',
    );
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.price, 2);
    assert.equal(again.body.name, 'Before');
    assert.equal(again.body.custom_attributes.find((a: P) => a.attribute_code === 'tax_class_id').value, '0');
  });

  test('drops custom attributes that are no product attribute, keeps known ones', async () => {
    const r = await create({
      sku: 'CUSTOM-1',
      name: 'Custom',
      price: 3,
      custom_attributes: [
        { attribute_code: 'pos_secret', value: 'x' },
        { attribute_code: 'description', value: 'Nice' },
        { attribute_code: 'size', value: 167 },
      ],
    });
    const codes = r.body.custom_attributes.map((a: P) => a.attribute_code);
    assert.ok(!codes.includes('pos_secret'));
    assert.equal(r.body.custom_attributes.find((a: P) => a.attribute_code === 'size').value, '167');
    assert.equal(r.body.custom_attributes.find((a: P) => a.attribute_code === 'description').value, 'Nice');
  });

  test('accepts camelCase DTO keys', async () => {
    const r = await create({ sku: 'CAMEL-1', name: 'Camel', price: 3, typeId: 'virtual', attributeSetId: 4 });
    assert.equal(r.status, 200);
    assert.equal(r.body.type_id, 'virtual');
  });

  test('assigns the current website, all websites under /rest/all, or website_ids as sent', async () => {
    assert.deepEqual(
      (await create({ sku: 'W-EU', name: 'Eu', price: 1 }, '/rest/eu_en')).body.extension_attributes
        .website_ids,
      [2],
    );
    assert.deepEqual(
      (await create({ sku: 'W-ALL', name: 'All', price: 1 }, '/rest/all')).body.extension_attributes
        .website_ids,
      [1, 2],
    );
    const sent = await create({
      sku: 'W-SENT',
      name: 'Sent',
      price: 1,
      extension_attributes: { website_ids: [2] },
    });
    assert.deepEqual(sent.body.extension_attributes.website_ids, [2]);
  });

  test('rejects a missing SKU', async () => {
    const r = await create({ name: 'No sku', price: 1 });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'The "%1" attribute value is empty. Set the attribute and try again.',
      parameters: ['sku'],
    });
  });

  test('rejects a new product without a name', async () => {
    const r = await create({ sku: 'NONAME', price: 1 });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'The "Product Name" attribute value is empty. Set the attribute and try again.',
    });
  });

  test('rejects a foreign attribute set', async () => {
    const r = await create({ sku: 'SET-9', name: 'Set', price: 1, attribute_set_id: 9 });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'Invalid product data: %1',
      parameters: ['Invalid attribute set entity type'],
    });
  });

  test('rejects a negative price, a long SKU, an unknown website, a bad type, a missing body', async () => {
    assert.deepEqual((await create({ sku: 'NEG', name: 'Neg', price: -1 })).body, {
      message: 'Please enter a number 0 or greater in this field.',
    });
    assert.deepEqual((await create({ sku: 'X'.repeat(256), name: 'Long', price: 1 })).body, {
      message: 'SKU length should be 255 characters maximum.',
    });
    const site = await create({
      sku: 'SITE',
      name: 'Site',
      price: 1,
      extension_attributes: { website_ids: [99] },
    });
    assert.deepEqual(site.body, { message: 'The product was unable to be saved. Please try again.' });
    const bad = await create({ sku: 'BADPRICE', name: 'Bad', price: 'abc' });
    assert.equal(bad.status, 400, 'a non-numeric price is an input type error (message: http/input.ts)');
    const none = await c.post<P>('/V1/products', {});
    assert.deepEqual(none.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'product' },
    });
  });

  test('rejects a link to a missing product', async () => {
    const r = await create({
      sku: 'LINKED',
      name: 'Linked',
      price: 1,
      product_links: [
        {
          sku: 'LINKED',
          link_type: 'related',
          linked_product_sku: 'NOPE',
          linked_product_type: 'simple',
          position: 0,
        },
      ],
    });
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'The Product with the "%1" SKU doesn\'t exist.',
      parameters: ['NOPE'],
    });
  });
});

describe('GET / PUT / DELETE /V1/products/:sku', () => {
  test('GET answers 404 for an unknown SKU', async () => {
    const r = await c.get('/V1/products/NOPE');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: "The product that was requested doesn't exist. Verify the product and try again.",
    });
  });

  test('PUT takes the SKU from the URL', async () => {
    await create({ sku: 'PUT-1', name: 'Put', price: 5 }, '/rest/all');
    const r = await c.put<P>('/rest/all/V1/products/PUT-1', { product: { sku: 'OTHER', price: 6 } });
    assert.equal(r.status, 200);
    assert.equal(r.body.sku, 'PUT-1');
    assert.equal(r.body.price, 6);
    assert.equal((await c.get('/V1/products/OTHER')).status, 404);
  });

  test('an update without store code writes the name for the default view only', async () => {
    await create({ sku: 'SCOPED', name: 'Global name', price: 5 });
    const put = await c.put<P>('/rest/V1/products/SCOPED', { product: { name: 'Default view name' } });
    assert.equal(put.body.name, 'Default view name');
    assert.equal((await c.get<P>('/rest/default/V1/products/SCOPED')).body.name, 'Default view name');
    assert.equal((await c.get<P>('/rest/fr/V1/products/SCOPED')).body.name, 'Global name');
    await c.put('/rest/fr/V1/products/SCOPED', { product: { name: 'Nom' } });
    assert.equal((await c.get<P>('/rest/fr/V1/products/SCOPED')).body.name, 'Nom');
    assert.equal((await c.get<P>('/rest/default/V1/products/SCOPED')).body.name, 'Default view name');
    await c.put('/rest/all/V1/products/SCOPED', { product: { name: 'New global' } });
    assert.equal((await c.get<P>('/rest/eu_en/V1/products/SCOPED')).body.name, 'New global');
    assert.equal((await c.get<P>('/rest/fr/V1/products/SCOPED')).body.name, 'Nom');
  });

  test('status is website-scoped: an update under a view changes every view of its website', async () => {
    await create({ sku: 'STATUS', name: 'Status', price: 5 }, '/rest/all');
    await c.put('/rest/default/V1/products/STATUS', { product: { status: 2 } });
    assert.equal((await c.get<P>('/rest/fr/V1/products/STATUS')).body.status, 2);
    assert.equal((await c.get<P>('/rest/eu_en/V1/products/STATUS')).body.status, 1);
  });

  test('DELETE answers true, then the product is gone', async () => {
    await create({ sku: 'DEL-1', name: 'Del', price: 1 });
    const r = await c.delete('/V1/products/DEL-1');
    assert.equal(r.status, 200);
    assert.equal(r.body, true);
    assert.equal((await c.get('/V1/products/DEL-1')).status, 404);
    assert.equal((await c.delete('/V1/products/DEL-1')).status, 404);
  });
});

describe('GET /V1/products (searchCriteria)', () => {
  before(async () => {
    for (const [sku, name, price, type] of [
      ['SC-1', 'Search Red Shirt', 10, 'simple'],
      ['SC-2', 'Search Blue Shirt', 20, 'simple'],
      ['SC-3', 'Search Red Mug', 30, 'virtual'],
      ['SC-4', 'Search Green Mug', 40, 'virtual'],
    ] as const) {
      await create(
        {
          sku,
          name,
          price,
          type_id: type,
          custom_attributes: [{ attribute_code: 'color', value: price / 10 }],
        },
        '/rest/all',
      );
    }
  });
  const list = (q: Parameters<typeof searchQuery>[0]) => c.get<P>(`/V1/products?${searchQuery(q)}`);
  const skus = (body: P) => body.items.map((i: P) => i.sku);

  test('like, OR within a group, AND across groups, sort and envelope echo', async () => {
    const r = await list({
      filters: [
        [{ field: 'name', value: 'Search %', condition_type: 'like' }],
        [
          { field: 'type_id', value: 'virtual' },
          { field: 'price', value: '15', condition_type: 'lt' },
        ],
      ],
      sortOrders: [{ field: 'price', direction: 'DESC' }],
    });
    assert.equal(r.status, 200);
    assert.deepEqual(skus(r.body), ['SC-4', 'SC-3', 'SC-1']);
    assert.equal(r.body.total_count, 3);
    assert.deepEqual(r.body.search_criteria.sort_orders, [{ field: 'price', direction: 'DESC' }]);
    assert.equal(r.body.search_criteria.filter_groups.length, 2);
  });

  test('in, gteq, paging with total_count of every match', async () => {
    const r = await list({
      filters: [
        [{ field: 'sku', value: 'SC-1,SC-2,SC-3,SC-4', condition_type: 'in' }],
        [{ field: 'price', value: 20, condition_type: 'gteq' }],
      ],
      sortOrders: [{ field: 'sku', direction: 'ASC' }],
      pageSize: 2,
      currentPage: 2,
    });
    assert.deepEqual(skus(r.body), ['SC-4']);
    assert.equal(r.body.total_count, 3);
    assert.equal(r.body.search_criteria.page_size, 2);
    assert.equal(r.body.search_criteria.current_page, 2);
  });

  test('snake_case keys and custom attribute filters', async () => {
    const q =
      'searchCriteria[filter_groups][0][filters][0][field]=color&searchCriteria[filter_groups][0][filters][0][value]=3' +
      '&searchCriteria[filter_groups][0][filters][0][condition_type]=eq&searchCriteria[page_size]=10';
    const r = await c.get<P>(`/V1/products?${q}`);
    assert.deepEqual(skus(r.body), ['SC-3']);
  });

  test('list items carry no stock_item', async () => {
    const r = await list({ filters: [[{ field: 'sku', value: 'SC-1' }]] });
    assert.equal(r.body.items.length, 1);
    assert.deepEqual(Object.keys(r.body.items[0].extension_attributes), ['website_ids']);
  });

  test('an unknown field and a missing searchCriteria are refused', async () => {
    const r = await list({ filters: [[{ field: 'nonsense', value: '1' }]] });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'The "%1" attribute name is invalid. Reset the name and try again.',
      parameters: ['nonsense'],
    });
    const none = await c.get<P>('/V1/products');
    assert.deepEqual(none.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'searchCriteria' },
    });
  });

  test('website_id filters by assignment', async () => {
    await create({ sku: 'ONLY-EU', name: 'Only EU', price: 1 }, '/rest/eu_en');
    const r = await list({
      filters: [
        [{ field: 'website_id', value: 2 }],
        [{ field: 'sku', value: 'ONLY-%', condition_type: 'like' }],
      ],
    });
    assert.deepEqual(skus(r.body), ['ONLY-EU']);
  });
});

describe('ACL', () => {
  test('product routes need Magento_Catalog::products', async () => {
    const guest = new MagentoTestClient(sim.url);
    for (const [method, path] of [
      ['GET', '/V1/products/P-1'],
      ['GET', `/V1/products?${searchQuery({})}`],
      ['POST', '/V1/products'],
      ['PUT', '/V1/products/P-1'],
      ['DELETE', '/V1/products/P-1'],
    ] as const) {
      const r = await guest.call(
        method,
        path,
        method === 'GET' || method === 'DELETE' ? undefined : { product: {} },
      );
      assert.equal(r.status, 401, `${method} ${path}`);
      assert.deepEqual(r.body, {
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_Catalog::products' },
      });
    }
  });
});
