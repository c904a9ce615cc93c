import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

const required = (fieldName: string) => ({
  message: '"%fieldName" is required. Enter and try again.',
  parameters: { fieldName },
});

describe('tax classes', () => {
  test('a fresh install has Taxable Goods (2, PRODUCT) and Retail Customer (3, CUSTOMER)', async () => {
    const r = await c.get<P>(`/V1/taxClasses/search?${searchQuery({})}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items, [
      { class_id: 2, class_name: 'Taxable Goods', class_type: 'PRODUCT' },
      { class_id: 3, class_name: 'Retail Customer', class_type: 'CUSTOMER' },
    ]);
    assert.equal(r.body.total_count, 2);
    const filtered = await c.get<P>(
      `/V1/taxClasses/search?${searchQuery({ filters: [[{ field: 'class_type', value: 'CUSTOMER' }]] })}`,
    );
    assert.deepEqual(
      filtered.body.items.map((x: P) => x.class_id),
      [3],
    );
    assert.deepEqual((await c.get('/V1/taxClasses/2')).body, {
      class_id: 2,
      class_name: 'Taxable Goods',
      class_type: 'PRODUCT',
    });
  });

  test('unknown class is 404 naming class_id; a non-numeric id is a type error', async () => {
    const r = await c.get('/V1/taxClasses/99');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'class_id', fieldValue: 99 },
    });
    const bad = await c.get('/V1/taxClasses/abc');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, {
      message: 'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.',
      parameters: { value: 'abc', type: 'int' },
    });
  });

  test('POST answers the new id as a string; tax_class is accepted for taxClass', async () => {
    const r = await c.post('/V1/taxClasses', {
      taxClass: { class_name: 'Wholesale', class_type: 'CUSTOMER' },
    });
    assert.deepEqual([r.status, r.body], [200, '4']);
    const snake = await c.post('/V1/taxClasses', { tax_class: { className: 'Food', classType: 'PRODUCT' } });
    assert.deepEqual([snake.status, snake.body], [200, '5']);
    assert.deepEqual((await c.get('/V1/taxClasses/5')).body, {
      class_id: 5,
      class_name: 'Food',
      class_type: 'PRODUCT',
    });
  });

  test('validation: required name and type, a type must be CUSTOMER or PRODUCT', async () => {
    const none = await c.post('/V1/taxClasses', { taxClass: {} });
    assert.equal(none.status, 400);
    assert.deepEqual(none.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [required('class_name'), required('class_type')],
    });
    const badType = await c.post('/V1/taxClasses', { taxClass: { class_name: 'X', class_type: 'SHIPPING' } });
    assert.deepEqual(badType.body, {
      message: 'Invalid value of "%value" provided for the %fieldName field.',
      parameters: { fieldName: 'class_type', value: 'SHIPPING' },
    });
    const noBody = await c.post('/V1/taxClasses', {});
    assert.deepEqual([noBody.status, noBody.body], [400, required('taxClass')]);
  });

  test('the same name and type twice is refused (any case); the same name of the other type is fine', async () => {
    const dup = await c.post('/V1/taxClasses', {
      taxClass: { class_name: 'retail customer', class_type: 'CUSTOMER' },
    });
    assert.equal(dup.status, 400);
    assert.deepEqual(dup.body, {
      message: 'A class with the same name already exists for ClassType %1.',
      parameters: ['CUSTOMER'],
    });
    const other = await c.post('/V1/taxClasses', {
      taxClass: { class_name: 'Retail Customer', class_type: 'PRODUCT' },
    });
    assert.equal(other.status, 200);
  });

  test('PUT takes the id from the URL, renames, and refuses a type change', async () => {
    const renamed = await c.put('/V1/taxClasses/4', {
      taxClass: { class_id: 999, class_name: 'Trade', class_type: 'CUSTOMER' },
    });
    assert.deepEqual([renamed.status, renamed.body], [200, '4']);
    assert.equal(((await c.get('/V1/taxClasses/4')).body as P).class_name, 'Trade');
    const retype = await c.put('/V1/taxClasses/4', {
      taxClass: { class_name: 'Trade', class_type: 'PRODUCT' },
    });
    assert.deepEqual([retype.status, retype.body], [400, { message: 'Updating classType is not allowed.' }]);
    const missing = await c.put('/V1/taxClasses/77', {
      taxClass: { class_name: 'X', class_type: 'PRODUCT' },
    });
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'class_id', fieldValue: 77 },
    });
  });

  test('DELETE refuses classes in use by a rule, a customer group or a product, then deletes', async () => {
    const inGroup = await c.delete('/V1/taxClasses/3');
    assert.equal(inGroup.status, 400);
    assert.deepEqual(inGroup.body, {
      message: 'You cannot delete this tax class because it is used in existing %1(s).',
      parameters: ['customer group'],
    });
    const product = await c.post('/V1/products', {
      product: {
        sku: 'FOOD-1',
        name: 'Bread',
        price: 2,
        custom_attributes: [{ attribute_code: 'tax_class_id', value: '5' }],
      },
    });
    assert.equal(product.status, 200, JSON.stringify(product.body));
    const inProduct = await c.delete('/V1/taxClasses/5');
    assert.deepEqual(inProduct.body, {
      message: 'You cannot delete this tax class because it is used in existing %1(s).',
      parameters: ['product'],
    });
    const rule = await c.post('/V1/taxRules', {
      rule: {
        code: 'Trade rule',
        priority: 0,
        position: 0,
        customer_tax_class_ids: [4],
        product_tax_class_ids: [2],
        tax_rate_ids: [1],
      },
    });
    assert.equal(rule.status, 200);
    const inRule = await c.delete('/V1/taxClasses/4');
    assert.deepEqual(
      [inRule.status, inRule.body],
      [
        400,
        {
          message:
            'You cannot delete this tax class because it is used in Tax Rules. You have to delete the rules it is used in first.',
        },
      ],
    );
    assert.equal((await c.delete(`/V1/taxRules/${(rule.body as P).id}`)).status, 200);
    assert.deepEqual(await c.delete('/V1/taxClasses/4').then((r) => [r.status, r.body]), [200, true]);
    assert.equal((await c.get('/V1/taxClasses/4')).status, 404);
  });
});
