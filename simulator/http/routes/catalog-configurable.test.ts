import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { resolveConfigurableChild } from '../../modules/catalog/configurable-links.ts';
import { getProductBySku } from '../../modules/catalog/product-repository.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

const child = (sku: string, color: number, size: number) => ({
  sku,
  name: sku,
  price: 25,
  visibility: 1,
  custom_attributes: [
    { attribute_code: 'color', value: String(color) },
    { attribute_code: 'size', value: String(size) },
  ],
});

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
  for (const p of [
    child('TEE-RED-S', 58, 167),
    child('TEE-RED-M', 58, 168),
    child('TEE-BLU-S', 50, 167),
    child('TEE-ODD', 58, 168),
  ]) {
    await c.post('/V1/products', { product: p });
  }
});
after(() => sim.close());

const id = async (sku: string) => (await c.get<P>(`/V1/products/${sku}`)).body.id as number;

describe('product attributes', () => {
  test('GET /V1/products/attributes/color and its options (empty choice first)', async () => {
    const a = await c.get<P>('/V1/products/attributes/color');
    assert.equal(a.status, 200);
    assert.equal(a.body.attribute_id, 93);
    assert.equal(a.body.frontend_input, 'select');
    const opts = await c.get<P[]>('/V1/products/attributes/size/options');
    assert.deepEqual(opts.body.slice(0, 3), [
      { label: ' ', value: '' },
      { label: 'XS', value: '166' },
      { label: 'S', value: '167' },
    ]);
  });

  test('an unknown attribute is 404; the route needs Magento_Catalog::attributes_attributes', async () => {
    const r = await c.get('/V1/products/attributes/flavour');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'The attribute with a "%1" attributeCode doesn\'t exist. Verify the attribute and try again.',
      parameters: ['flavour'],
    });
    const guest = await new MagentoTestClient(sim.url).get('/V1/products/attributes/color');
    assert.equal(guest.status, 401);
    assert.deepEqual(guest.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Catalog::attributes_attributes' },
    });
  });
});

describe('configurable products', () => {
  test('a configurable saved with options and links answers them with ids', async () => {
    const links = [await id('TEE-RED-S'), await id('TEE-RED-M'), await id('TEE-BLU-S')];
    const r = await c.post<P>('/V1/products', {
      product: {
        sku: 'TEE',
        name: 'Tee',
        price: 25,
        type_id: 'configurable',
        extension_attributes: {
          configurable_product_options: [
            {
              attribute_id: '93',
              label: 'Color',
              position: 0,
              values: [{ value_index: 58 }, { value_index: 50 }],
            },
            {
              attribute_id: 144,
              label: 'Size',
              position: 1,
              values: [{ value_index: 167 }, { value_index: 168 }],
            },
          ],
          configurable_product_links: links,
        },
      },
    });
    assert.equal(r.status, 200);
    const ext = r.body.extension_attributes;
    assert.deepEqual(Object.keys(ext), [
      'website_ids',
      'stock_item',
      'configurable_product_options',
      'configurable_product_links',
    ]);
    assert.deepEqual(ext.configurable_product_links, links);
    assert.equal(ext.configurable_product_options[0].attribute_id, '93');
    assert.equal(ext.configurable_product_options[1].attribute_id, '144');
    assert.equal(ext.configurable_product_options[0].product_id, r.body.id);
    assert.equal(typeof ext.configurable_product_options[0].id, 'number');
  });

  test('children, options/all and options/:id', async () => {
    const kids = await c.get<P[]>('/V1/configurable-products/TEE/children');
    assert.deepEqual(
      kids.body.map((k) => k.sku),
      ['TEE-RED-S', 'TEE-RED-M', 'TEE-BLU-S'],
    );
    assert.equal(kids.body[0]?.['extension_attributes'], undefined);
    const all = await c.get<P[]>('/V1/configurable-products/TEE/options/all');
    assert.deepEqual(
      all.body.map((o) => o.label),
      ['Color', 'Size'],
    );
    const one = await c.get<P>(`/V1/configurable-products/TEE/options/${all.body[1]?.['id']}`);
    assert.equal(one.body.attribute_id, '144');
    const missing = await c.get('/V1/configurable-products/TEE/options/9999');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, {
      message: 'The "%1" entity that was requested doesn\'t exist. Verify the entity and try again.',
      parameters: [9999],
    });
    assert.deepEqual((await c.get('/V1/configurable-products/TEE-RED-S/children')).body, []);
  });

  test('resolveConfigurableChild picks the child of the chosen values', () => {
    const s = sim.runtime.services;
    const parent = getProductBySku(s, 'TEE');
    const pick = (color: number, size: number) =>
      resolveConfigurableChild(s, parent, [
        { option_id: '93', option_value: color },
        { option_id: 144, option_value: String(size) },
      ])?.sku;
    assert.equal(pick(58, 168), 'TEE-RED-M');
    assert.equal(pick(50, 167), 'TEE-BLU-S');
    assert.equal(pick(50, 168), undefined);
    assert.equal(resolveConfigurableChild(s, parent, [{ option_id: '93', option_value: 58 }]), undefined);
  });

  test('POST .../child links a child; its errors', async () => {
    const already = await c.post('/V1/configurable-products/TEE/child', { childSku: 'TEE-RED-S' });
    assert.equal(already.status, 400);
    assert.deepEqual(already.body, { message: 'The product is already attached.' });
    const dup = await c.post('/V1/configurable-products/TEE/child', { childSku: 'TEE-ODD' });
    assert.equal(dup.status, 400);
    assert.deepEqual(dup.body, {
      message: 'Products "%1" and "%2" have the same set of attribute values.',
      parameters: [await id('TEE-ODD'), await id('TEE-RED-M')],
    });
    await c.post('/V1/products', { product: { sku: 'PLAIN', name: 'Plain', price: 1 } });
    const noValue = await c.post('/V1/configurable-products/TEE/child', { childSku: 'PLAIN' });
    assert.deepEqual(noValue.body, {
      message: 'The child product doesn\'t have the "%1" attribute value. Verify the value and try again.',
      parameters: ['color'],
    });
    const noOptions = await c.post('/V1/configurable-products/PLAIN/child', { childSku: 'TEE-ODD' });
    assert.deepEqual(noOptions.body, {
      message: "The parent product doesn't have configurable product options.",
    });
    await c.post('/V1/products', { product: child('TEE-BLU-M', 50, 168) });
    const ok = await c.post('/V1/configurable-products/TEE/child', { childSku: 'TEE-BLU-M' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body, true);
    const kids = await c.get<P[]>('/V1/configurable-products/TEE/children');
    assert.equal(kids.body.length, 4);
  });

  test('a save with two children of the same values is refused', async () => {
    const r = await c.post('/V1/products', {
      product: {
        sku: 'TEE-2',
        name: 'Tee 2',
        type_id: 'configurable',
        extension_attributes: {
          configurable_product_options: [{ attribute_id: 93, label: 'Color', values: [{ value_index: 58 }] }],
          configurable_product_links: [await id('TEE-RED-S'), await id('TEE-RED-M')],
        },
      },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'Products "%1" and "%2" have the same set of attribute values.',
      parameters: [await id('TEE-RED-M'), await id('TEE-RED-S')],
    });
  });

  test('DELETE .../children/:childSku unlinks', async () => {
    const r = await c.delete('/V1/configurable-products/TEE/children/TEE-BLU-M');
    assert.equal(r.body, true);
    const gone = await c.delete('/V1/configurable-products/TEE/children/TEE-BLU-M');
    assert.equal(gone.status, 404);
    assert.deepEqual(gone.body, {
      message: "The option that was requested doesn't exist. Verify the entity and try again.",
    });
  });
});

describe('configurable options routes', () => {
  test('POST makes a simple product configurable and answers the option id', async () => {
    await c.post('/V1/products', { product: { sku: 'CAP', name: 'Cap', price: 9 } });
    const r = await c.post<number>('/V1/configurable-products/CAP/options', {
      option: {
        attribute_id: '93',
        label: 'Colour',
        position: 0,
        is_use_default: true,
        values: [{ value_index: 49 }],
      },
    });
    assert.equal(r.status, 200);
    assert.equal(typeof r.body, 'number');
    const p = await c.get<P>('/V1/products/CAP');
    assert.equal(p.body.type_id, 'configurable');
    assert.equal(p.body.extension_attributes.configurable_product_options[0].id, r.body);
    const put = await c.put<number>(`/V1/configurable-products/CAP/options/${r.body}`, {
      option: { label: 'Color' },
    });
    assert.equal(put.body, r.body);
    const all = await c.get<P[]>('/V1/configurable-products/CAP/options/all');
    assert.equal(all.body[0]?.['label'], 'Color');
    assert.deepEqual(all.body[0]?.['values'], [{ value_index: 49 }]);
  });

  test('validation and not-found errors', async () => {
    const empty = await c.post('/V1/configurable-products/CAP/options', { option: { values: [{}] } });
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: 'Option attribute ID is not specified.', parameters: [] },
        { message: 'Option label is not specified.', parameters: [] },
        { message: 'Value index is not specified for an option.', parameters: [] },
      ],
    });
    const put = await c.put('/V1/configurable-products/CAP/options/9999', { option: { label: 'x' } });
    assert.equal(put.status, 404);
    assert.deepEqual(put.body, { message: 'Option with id "%1" not found', parameters: [9999] });
    const notConf = await c.get('/V1/configurable-products/PLAIN/options/all');
    assert.equal(notConf.status, 400);
    assert.deepEqual(notConf.body, {
      message: 'This is implemented for the "%1" configurable product only.',
      parameters: ['PLAIN'],
    });
    const del = await c.delete('/V1/configurable-products/CAP/options/9999');
    assert.equal(del.status, 404);
    assert.deepEqual(del.body, {
      message: "The option that was requested doesn't exist. Verify the entity and try again.",
    });
  });

  test('DELETE removes the option and unlinks every child', async () => {
    const all = await c.get<P[]>('/V1/configurable-products/TEE/options/all');
    const r = await c.delete(`/V1/configurable-products/TEE/options/${all.body[0]?.['id']}`);
    assert.equal(r.body, true);
    const p = await c.get<P>('/V1/products/TEE');
    assert.equal(p.body.extension_attributes.configurable_product_options.length, 1);
    assert.deepEqual(p.body.extension_attributes.configurable_product_links, []);
  });
});
