import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SaleDeclined } from '../sale-declined.ts';
import { Catalog } from './catalog.ts';
import { Product } from './product.ts';

const attrs = (o: Record<string, unknown>) =>
  Object.entries(o).map(([attribute_code, value]) => ({ attribute_code, value }));
const catalog = new Catalog({
  pulledAt: '2026-11-27T00:00:00Z',
  attributes: [
    {
      attribute_id: 144,
      attribute_code: 'size',
      options: [
        { label: 'S', value: '167' },
        { label: 'M', value: '168' },
      ],
    },
  ],
  products: [
    { id: 1, sku: 'MUG', price: 12, custom_attributes: attrs({ tax_class_id: '2' }) },
    {
      id: 2,
      sku: 'CAP',
      price: 22,
      custom_attributes: attrs({ special_price: '17.6', special_to_date: '2030-01-01' }),
    },
    {
      id: 3,
      sku: 'OLD',
      price: 22,
      custom_attributes: attrs({ special_price: '1', special_to_date: '2020-01-01' }),
    },
    { id: 4, sku: 'TEE-S', price: 25, custom_attributes: attrs({ size: '167', tax_class_id: '5' }) },
    { id: 5, sku: 'TEE-M', price: 27, custom_attributes: attrs({ size: '168' }) },
    {
      id: 6,
      sku: 'TEE',
      type_id: 'configurable',
      price: 25,
      custom_attributes: [],
      options: [
        {
          option_id: 9,
          title: 'Embroidery',
          type: 'field',
          is_require: false,
          price: 5,
          price_type: 'fixed',
        },
        {
          option_id: 10,
          title: 'Wrap',
          type: 'drop_down',
          values: [{ option_type_id: 31, title: 'Gold', price: 10, price_type: 'percent' }],
        },
      ],
      extension_attributes: {
        configurable_product_options: [
          { attribute_id: 144, label: 'Size', values: [{ value_index: 167 }, { value_index: 168 }] },
        ],
        configurable_product_links: [4, 5],
      },
    },
    { id: 7, sku: 'WRAP', type_id: 'virtual', price: 4, custom_attributes: [] },
    { id: 8, sku: 'OFF', status: 2, price: 4, custom_attributes: [] },
  ].map((p) => Product.parse(p)),
});

test('a simple line: catalog price, special price in its dates, tax class', () => {
  assert.equal(catalog.resolve({ sku: 'mug', qty: 2 }, '2026-11-27').unitPrice, 12);
  assert.equal(catalog.resolve({ sku: 'CAP', qty: 1 }, '2026-11-27').unitPrice, 17.6);
  assert.equal(catalog.resolve({ sku: 'OLD', qty: 1 }, '2026-11-27').unitPrice, 22);
  assert.equal(catalog.resolve({ sku: 'WRAP', qty: 1 }, '2026-11-27').virtual, true);
});

test('a configurable line: the child by option label, option ids for the cart, custom options priced', () => {
  const l = catalog.resolve(
    { sku: 'TEE', qty: 1, options: { size: 'm' }, customOptions: { Embroidery: 'ANNA', wrap: 'gold' } },
    '2026-11-27',
  );
  assert.equal(l.sku, 'TEE');
  assert.equal(l.stockSku, 'TEE-M');
  assert.equal(l.unitPrice, 27 + 5 + 2.7);
  assert.equal(l.taxClassId, 2);
  assert.deepEqual(l.productOption, {
    extension_attributes: {
      configurable_item_options: [{ option_id: '144', option_value: 168 }],
      custom_options: [
        { option_id: '9', option_value: 'ANNA' },
        { option_id: '10', option_value: '31' },
      ],
    },
  });
  assert.equal(catalog.resolve({ sku: 'TEE', qty: 1, options: { size: 'S' } }, '2026-11-27').taxClassId, 5);
});

test('a price override replaces the unit price and keeps the catalog price', () => {
  const l = catalog.resolve(
    { sku: 'MUG', qty: 1, priceOverride: { price: 9.5, approver: 'mgr' } },
    '2026-11-27',
  );
  assert.equal(l.unitPrice, 9.5);
  assert.equal(l.catalogPrice, 12);
});

test('what cannot be sold is declined with a reason the cashier understands', () => {
  const declined = (line: Parameters<Catalog['resolve']>[0], re: RegExp) =>
    assert.throws(
      () => catalog.resolve(line, '2026-11-27'),
      (e) => e instanceof SaleDeclined && re.test(e.message),
    );
  declined({ sku: 'NOPE', qty: 1 }, /Unknown SKU "NOPE"/);
  declined({ sku: 'OFF', qty: 1 }, /disabled/);
  declined({ sku: 'TEE', qty: 1 }, /needs an option "size"/);
  declined({ sku: 'TEE', qty: 1, options: { size: 'XXL' } }, /has no size "XXL"/);
  declined(
    { sku: 'TEE', qty: 1, options: { size: 'S' }, customOptions: { Colour: 'red' } },
    /no option "Colour"/,
  );
  declined(
    { sku: 'TEE', qty: 1, options: { size: 'S' }, customOptions: { Wrap: 'Silver' } },
    /no value "Silver"/,
  );
});
