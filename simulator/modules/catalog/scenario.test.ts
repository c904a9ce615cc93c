import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Scenario, type ScenarioInput } from '../../../contracts/scenario.ts';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import type { Services } from '../../context.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { applyStoreScenario } from '../store/scenario.ts';
import { applyCatalogScenario } from './scenario.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;

const scenario: ScenarioInput = {
  name: 'two shops, a tee in three colours',
  websites: [
    {
      code: 'base',
      name: 'US Website',
      groups: [
        { code: 'main_website_store', name: 'US Store', stores: [{ code: 'default', name: 'English' }] },
      ],
    },
    {
      code: 'eu',
      name: 'EU Website',
      groups: [{ code: 'eu_store', name: 'EU Store', stores: [{ code: 'eu_en', name: 'EU English' }] }],
    },
  ],
  products: [
    {
      sku: 'MUG',
      name: 'Mug',
      price: 8,
      tax_class: 'Food',
      custom_options: [{ title: 'Engraving', type: 'field', price: 3 }],
    },
    { sku: 'EU-ONLY', name: 'Euro thing', price: 5, websites: ['eu'], special_price: 4 },
    {
      sku: 'TEE',
      name: 'Tee',
      price: 20,
      configurable: {
        attribute_code: 'color',
        label: 'Color',
        children: [
          { sku: 'TEE-RED', value: 'Red' },
          { sku: 'TEE-TEAL', value: 'Teal', price: 22 },
        ],
      },
    },
  ],
  bulk: { seed: 7, products: 3, customers: 0 },
};

const seedTaxClasses = (s: Services) => {
  s.store.put('tax_classes', '2', { class_id: 2, class_name: 'Taxable Goods', class_type: 'PRODUCT' });
  s.store.put('tax_classes', '7', { class_id: 7, class_name: 'Food', class_type: 'PRODUCT' });
};
const seed = (input: ScenarioInput) => (s: Services) => {
  const sc = Scenario.parse(input);
  applyStoreScenario(s, sc);
  applyCatalogScenario(s, sc);
};

let sim: Simulator;
let c: MagentoTestClient;
before(async () => {
  sim = await createSimulator({ prepare: [seedTaxClasses, seed(scenario)] });
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

const attr = (p: P, code: string) => p.custom_attributes.find((a: P) => a.attribute_code === code)?.value;

describe('applyStoreScenario', () => {
  test('renames the default scopes and adds the new ones', async () => {
    const sites = (await c.get<P[]>('/V1/store/websites')).body;
    assert.deepEqual(
      sites.map((w) => [w.code, w.name]),
      [
        ['admin', 'Admin'],
        ['base', 'US Website'],
        ['eu', 'EU Website'],
      ],
    );
    const views = (await c.get<P[]>('/V1/store/storeViews')).body;
    assert.deepEqual(
      views.map((v) => [v.code, v.website_id]),
      [
        ['admin', 0],
        ['default', 1],
        ['eu_en', 2],
      ],
    );
  });
});

describe('applyCatalogScenario', () => {
  test('simple products: tax class by name, every website by default, custom options', async () => {
    const mug = (await c.get<P>('/V1/products/MUG')).body;
    assert.equal(attr(mug, 'tax_class_id'), '7');
    assert.deepEqual(mug.extension_attributes.website_ids, [1, 2]);
    assert.equal(mug.options[0].title, 'Engraving');
    assert.equal(mug.options[0].price_type, 'fixed');
    const eu = (await c.get<P>('/V1/products/EU-ONLY')).body;
    assert.deepEqual(eu.extension_attributes.website_ids, [2]);
    assert.equal(attr(eu, 'special_price'), '4');
    assert.equal(attr(eu, 'tax_class_id'), '2');
  });

  test('configurables get their children, with new attribute options created', async () => {
    const tee = (await c.get<P>('/V1/products/TEE')).body;
    assert.equal(tee.type_id, 'configurable');
    const [option] = tee.extension_attributes.configurable_product_options;
    assert.equal(option.attribute_id, '93');
    const kids = (await c.get<P[]>('/V1/configurable-products/TEE/children')).body;
    assert.deepEqual(
      kids.map((k) => [k.sku, k.name, k.price, k.visibility]),
      [
        ['TEE-RED', 'Tee-Red', 20, 1],
        ['TEE-TEAL', 'Tee-Teal', 22, 1],
      ],
    );
    assert.equal(attr(kids[0] as P, 'color'), '58');
    const teal = attr(kids[1] as P, 'color');
    const colors = (await c.get<P[]>('/V1/products/attributes/color/options')).body;
    assert.deepEqual(
      colors.find((o) => o.label === 'Teal'),
      { label: 'Teal', value: teal },
    );
    assert.deepEqual(option.values, [{ value_index: 58 }, { value_index: Number(teal) }]);
  });

  test('bulk products are generated from the seed, the same every time', async () => {
    const list = (
      await c.get<P>(
        `/V1/products?${searchQuery({ filters: [[{ field: 'sku', value: 'BULK-%', condition_type: 'like' }]] })}`,
      )
    ).body;
    assert.deepEqual(
      list.items.map((p: P) => p.sku),
      ['BULK-000001', 'BULK-000002', 'BULK-000003'],
    );
    const again = await createSimulator({
      prepare: [seed({ name: 'bulk', bulk: { seed: 7, products: 3 } })],
    });
    try {
      const other = new MagentoTestClient(again.url);
      await other.loginAdmin();
      const first = (await other.get<P>('/V1/products/BULK-000001')).body;
      assert.equal(first.name, list.items[0].name);
      assert.equal(first.price, list.items[0].price);
    } finally {
      await again.close();
    }
  });

  test('an unknown tax class or website fails the seeding', () => {
    const s = sim.runtime.services;
    const bad = (p: ScenarioInput['products']) => () =>
      s.store.transaction(() => applyCatalogScenario(s, Scenario.parse({ name: 'x', products: p })));
    assert.throws(
      bad([{ sku: 'X', name: 'X', price: 1, tax_class: 'Luxury' }]),
      /unknown product tax class "Luxury"/,
    );
    assert.throws(bad([{ sku: 'X', name: 'X', price: 1, websites: ['mars'] }]), /unknown website "mars"/);
    const early = () =>
      s.store.transaction(() =>
        applyCatalogScenario(
          s,
          Scenario.parse({
            name: 'x',
            tax: { classes: [{ class_name: 'Books', class_type: 'PRODUCT' }] },
            products: [{ sku: 'X', name: 'X', price: 1, tax_class: 'Books' }],
          }),
        ),
      );
    assert.throws(
      early,
      /"Books" is in "tax.classes" but not created yet: apply the tax section before the catalog/,
    );
  });
});
