import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ScenarioInput } from '../../../../contracts/scenario.ts';
import { createSimulator, type Simulator } from '../../../index.ts';
import { parseScenario } from '../../../scenario/load.ts';
import { applyTaxScenario, taxAddressConfig, taxConfig, taxRatesFor } from './index.ts';

let fresh: Simulator;
let shop: Simulator;

const texas: ScenarioInput = {
  name: 'texas',
  tax: {
    classes: [{ class_name: 'Food', class_type: 'PRODUCT' }],
    rates: [
      { code: 'US-TX-*-State', tax_country_id: 'US', tax_region_id: 57, rate: 6.25 },
      { code: 'US-TX-787*-Austin', tax_country_id: 'US', tax_region_id: 57, tax_postcode: '787*', rate: 2 },
    ],
    rules: [
      { code: 'Texas state', rates: ['US-TX-*-State'] },
      { code: 'Austin city', rates: ['US-TX-787*-Austin'] },
    ],
  },
  products: [{ sku: 'BREAD', name: 'Bread', price: 3, tax_class: 'Food' }],
};

before(async () => {
  fresh = await createSimulator({ control: false });
  shop = await createSimulator({ control: false, scenario: texas });
});
after(async () => {
  await fresh.close();
  await shop.close();
});

const retail = (address: { country_id: string; region_id: number; postcode: string }) => ({
  customerTaxClassId: 3,
  productTaxClassId: 2,
  address,
});

test('a fresh install has rates but no rule, so it charges no tax', () => {
  const s = fresh.runtime.services;
  assert.equal(s.store.count('tax_rates'), 2);
  assert.deepEqual(taxRatesFor(s, retail({ country_id: 'US', region_id: 12, postcode: '90034' })), {
    percent: 0,
    groups: [],
  });
});

test('a scenario rule + rate: state and city rules of one priority add up at the address', () => {
  const s = shop.runtime.services;
  const austin = taxRatesFor(s, retail({ country_id: 'US', region_id: 57, postcode: '78701' }));
  assert.equal(austin.percent, 8.25);
  assert.deepEqual(
    austin.groups.map((g) => [g.id, g.percent]),
    [['US-TX-*-StateUS-TX-787*-Austin', 8.25]],
  );
  assert.equal(taxRatesFor(s, retail({ country_id: 'US', region_id: 57, postcode: '75201' })).percent, 6.25);
  assert.equal(taxRatesFor(s, retail({ country_id: 'US', region_id: 12, postcode: '90034' })).percent, 0);
  assert.equal(
    taxRatesFor(s, {
      ...retail({ country_id: 'US', region_id: 57, postcode: '78701' }),
      productTaxClassId: 4,
    }).percent,
    0,
    'the rules name Taxable Goods only: Food (4) is not taxed',
  );
});

test('the scenario created its class before the products, which name it', () => {
  const s = shop.runtime.services;
  assert.deepEqual(s.store.get('tax_classes', '4'), {
    class_id: 4,
    class_name: 'Food',
    class_type: 'PRODUCT',
  });
  const bread = s.store.all<{
    sku: string;
    custom_attributes: Array<{ attribute_code: string; value: unknown }>;
  }>('products');
  const taxClass = bread
    .find((p) => p.sku === 'BREAD')
    ?.custom_attributes.find((a) => a.attribute_code === 'tax_class_id');
  assert.equal(taxClass?.value, '4');
});

test('a scenario rule naming an unknown rate or class says which', () => {
  const s = fresh.runtime.services;
  const bad = (rules: unknown[]) => parseScenario({ name: 'bad', tax: { rules } }, 'test');
  assert.throws(() => s.store.transaction(() => applyTaxScenario(s, bad([{ code: 'R', rates: ['nope'] }]))), {
    message: 'tax rule "R": unknown tax rate "nope"',
  });
  assert.throws(
    () =>
      s.store.transaction(() =>
        applyTaxScenario(s, bad([{ code: 'R', rates: ['US-CA-*-Rate 1'], customer_tax_classes: ['VIP'] }])),
      ),
    { message: 'tax rule "R": unknown customer tax class "VIP"' },
  );
  assert.equal(s.store.count('tax_rules'), 0, 'rolled back');
});

test('taxConfig and taxAddressConfig read the store view scope over the defaults', () => {
  const s = fresh.runtime.services;
  assert.deepEqual(taxConfig(s, {}), {
    algorithm: 'TOTAL_BASE_CALCULATION',
    priceIncludesTax: false,
    shippingIncludesTax: false,
    applyAfterDiscount: true,
    discountTax: false,
    crossBorderTrade: false,
  });
  s.store.transaction(() => {
    s.config.set('stores/default/tax/calculation/price_includes_tax', '1');
    s.config.set('websites/base/tax/calculation/algorithm', 'UNIT_BASE_CALCULATION');
    s.config.set('stores/default/tax/calculation/based_on', 'origin');
  });
  const scoped = taxConfig(s, { storeCode: 'default', websiteCode: 'base' });
  assert.deepEqual([scoped.priceIncludesTax, scoped.algorithm], [true, 'UNIT_BASE_CALCULATION']);
  assert.equal(taxConfig(s, {}).priceIncludesTax, false);
  assert.deepEqual(taxAddressConfig(s, { storeCode: 'default' }), {
    basedOn: 'origin',
    defaults: { country: 'US', region: 0, postcode: null },
    origin: { country_id: 'US', region_id: 12, postcode: '90034' },
  });
});
