import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { customOptionPrice, missingRequiredOptions } from '../../modules/catalog/custom-options.ts';
import { getProductBySku } from '../../modules/catalog/product-repository.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
  await c.post('/V1/products', {
    product: {
      sku: 'MUG',
      name: 'Mug',
      price: 20,
      options: [
        {
          title: 'Engraving',
          type: 'field',
          sort_order: 1,
          is_require: false,
          price: 5,
          price_type: 'fixed',
          max_characters: 20,
        },
        {
          title: 'Gift box',
          type: 'drop_down',
          sort_order: 2,
          is_require: true,
          values: [
            { title: 'Plain', sort_order: 1, price: 0, price_type: 'fixed' },
            { title: 'Luxury', sort_order: 2, price: 10, price_type: 'percent', sku: 'LUX' },
          ],
        },
      ],
    },
  });
});
after(() => sim.close());

describe('custom options', () => {
  test('a product saved with options answers them with generated ids and type-specific fields', async () => {
    const r = await c.get<P[]>('/V1/products/MUG/options');
    assert.equal(r.status, 200);
    const [field, select] = r.body as [P, P];
    assert.deepEqual(Object.keys(field), [
      'product_sku',
      'option_id',
      'title',
      'type',
      'sort_order',
      'is_require',
      'price',
      'price_type',
      'max_characters',
    ]);
    assert.equal(field.product_sku, 'MUG');
    assert.equal(typeof field.option_id, 'number');
    assert.equal(select.price, undefined);
    assert.deepEqual(Object.keys(select.values[1]), [
      'title',
      'sort_order',
      'price',
      'price_type',
      'option_type_id',
      'sku',
    ]);
    const product = await c.get<P>('/V1/products/MUG');
    const custom = Object.fromEntries(
      product.body.custom_attributes.map((a: P) => [a.attribute_code, a.value]),
    );
    assert.equal(custom.has_options, '1');
    assert.equal(custom.required_options, '1');
  });

  test('GET one option; unknown ids are 404', async () => {
    const [field] = (await c.get<P[]>('/V1/products/MUG/options')).body as [P];
    assert.equal((await c.get<P>(`/V1/products/MUG/options/${field.option_id}`)).body.title, 'Engraving');
    const r = await c.get('/V1/products/MUG/options/9999');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'optionId', fieldValue: 9999 },
    });
  });

  test('POST /V1/products/options adds, PUT /V1/products/options/:optionId replaces', async () => {
    const add = await c.post<P>('/V1/products/options', {
      option: {
        product_sku: 'MUG',
        title: 'Date',
        type: 'date',
        sort_order: 3,
        is_require: false,
        price: 1,
        price_type: 'fixed',
      },
    });
    assert.equal(add.status, 200);
    const put = await c.put<P>(`/V1/products/options/${add.body.option_id}`, {
      option: {
        product_sku: 'MUG',
        title: 'Delivery date',
        type: 'date',
        sort_order: 3,
        is_require: false,
        price: 2,
        price_type: 'fixed',
      },
    });
    assert.equal(put.body.option_id, add.body.option_id);
    assert.equal(put.body.title, 'Delivery date');
    assert.equal((await c.get<P[]>('/V1/products/MUG/options')).body.length, 3);
  });

  test('save errors: no product SKU, unknown product, unknown option, invalid option', async () => {
    const base = {
      title: 'T',
      type: 'field',
      sort_order: 1,
      is_require: false,
      price: 1,
      price_type: 'fixed',
    };
    const noSku = await c.post('/V1/products/options', { option: base });
    assert.equal(noSku.status, 400);
    assert.deepEqual(noSku.body, { message: 'The ProductSku is empty. Set the ProductSku and try again.' });
    const noProduct = await c.post('/V1/products/options', { option: { ...base, product_sku: 'NOPE' } });
    assert.equal(noProduct.status, 404);
    assert.deepEqual(noProduct.body, {
      message: "The product that was requested doesn't exist. Verify the product and try again.",
    });
    const noOption = await c.put('/V1/products/options/9999', { option: { ...base, product_sku: 'MUG' } });
    assert.equal(noOption.status, 404);
    assert.deepEqual(noOption.body, { message: 'No such entity.' });
    const invalid = await c.post('/V1/products/options', {
      option: { product_sku: 'MUG', title: '', type: 'weird', sort_order: 1, is_require: true },
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.body, {
      message: 'Missed values for option required fields\nInvalid option type\nInvalid option value',
    });
    const noValues = await c.post('/V1/products/options', {
      option: {
        product_sku: 'MUG',
        title: 'Pick',
        type: 'radio',
        sort_order: 1,
        is_require: true,
        values: [],
      },
    });
    assert.deepEqual(noValues.body, { message: 'Invalid option value' });
  });

  test('DELETE /V1/products/:sku/options/:optionId', async () => {
    const options = (await c.get<P[]>('/V1/products/MUG/options')).body;
    const last = options[options.length - 1] as P;
    const r = await c.delete(`/V1/products/MUG/options/${last.option_id}`);
    assert.equal(r.body, true);
    const again = await c.delete(`/V1/products/MUG/options/${last.option_id}`);
    assert.equal(again.status, 404);
  });

  test('option routes need Magento_Catalog::catalog', async () => {
    const r = await new MagentoTestClient(sim.url).get('/V1/products/MUG/options');
    assert.equal(r.status, 401);
    assert.deepEqual(r.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Catalog::catalog' },
    });
  });

  test('customOptionPrice and missingRequiredOptions', () => {
    const p = getProductBySku(sim.runtime.services, 'MUG');
    const [field, select] = p.options as unknown as [P, P];
    const luxury = select.values[1].option_type_id;
    assert.equal(customOptionPrice(p, [{ option_id: field.option_id, option_value: 'Hi' }]), 5);
    assert.equal(customOptionPrice(p, [{ option_id: String(select.option_id), option_value: luxury }]), 2);
    assert.equal(customOptionPrice(p, [{ option_id: field.option_id, option_value: '' }]), 0);
    assert.deepEqual(
      missingRequiredOptions(p, [{ option_id: field.option_id, option_value: 'x' }]).map((o) => o.title),
      ['Gift box'],
    );
    assert.deepEqual(missingRequiredOptions(p, [{ option_id: select.option_id, option_value: luxury }]), []);
  });
});
