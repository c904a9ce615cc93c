import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProductDef } from '../../contracts/scenario.ts';
import { Namespace } from './namespace.ts';
import { productBody, sameProduct, type TargetProduct } from './product-body.ts';

const ns = Namespace.of('pgunit1');
const CAP: ProductDef = {
  sku: 'CAP',
  name: 'Cap',
  price: 22,
  special_price: 17.6,
  type_id: 'simple',
  tax_class: 'Taxable Goods',
  status: 1,
  visibility: 4,
  weight: 0.2,
};

test('the body carries the namespaced SKU and URL key, the tax class id, websites and special price', () => {
  const body = productBody(CAP, ns, 7, [1, 2]);
  assert.equal(body.sku, 'PGUNIT1-CAP');
  assert.deepEqual(body.custom_attributes, [
    { attribute_code: 'tax_class_id', value: '7' },
    { attribute_code: 'url_key', value: 'pgunit1-cap' },
    { attribute_code: 'special_price', value: '17.6' },
  ]);
  assert.deepEqual(body.extension_attributes, { website_ids: [1, 2] });
  assert.equal(
    productBody({ ...CAP, type_id: 'virtual' }, ns, 7, [1]).weight,
    undefined,
    'a virtual product has no weight',
  );
});

test('a product read back as Magento answers it (strings, decimals, other order) is the same', () => {
  const body = productBody(CAP, ns, 7, [1, 2]);
  const have: TargetProduct = {
    id: 5,
    sku: 'PGUNIT1-CAP',
    name: 'Cap',
    price: 22,
    status: 1,
    visibility: 4,
    type_id: 'simple',
    weight: 0.2,
    attribute_set_id: 4,
    extension_attributes: { website_ids: [2, 1] },
    custom_attributes: [
      { attribute_code: 'special_price', value: '17.600000' },
      { attribute_code: 'url_key', value: 'pgunit1-cap' },
      { attribute_code: 'tax_class_id', value: '7' },
    ],
  };
  assert.equal(sameProduct(have, body), true);
  assert.equal(sameProduct({ ...have, price: 23 }, body), false);
  assert.equal(sameProduct({ ...have, extension_attributes: { website_ids: [1] } }, body), false);
  assert.equal(sameProduct({ ...have, custom_attributes: have.custom_attributes?.slice(1) }, body), false);
});
