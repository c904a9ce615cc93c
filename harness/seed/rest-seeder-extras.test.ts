import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ScenarioInput } from '../../contracts/scenario.ts';
import { Namespace } from './namespace.ts';
import { seedThroughRest } from './rest-seeder.ts';
import type { SeedReport } from './seed-report.ts';
import { scenario, startTarget, type Target } from './target.fixture.ts';
import { verifySeed } from './verify-seed.ts';

/**
 * What the bundled scenarios do not exercise: declared tax classes, a select option with values,
 * cart rules with and without a coupon, and preconditions of catalog configuration the harness must
 * not change on a live store (an attribute value, a customer group).
 */
const DELI: ScenarioInput = {
  name: 'deli',
  tax: {
    classes: [
      { class_name: 'Food', class_type: 'PRODUCT' },
      { class_name: 'Retail Customer', class_type: 'CUSTOMER' },
    ],
    rates: [{ code: 'US-CA-Food', tax_country_id: 'US', tax_region_id: 12, rate: 2.5 }],
    rules: [
      {
        code: 'CA Food',
        customer_tax_classes: ['Retail Customer'],
        product_tax_classes: ['Food'],
        rates: ['US-CA-Food'],
      },
    ],
  },
  products: [
    {
      sku: 'SANDWICH',
      name: 'Sandwich',
      price: 8,
      tax_class: 'Food',
      custom_options: [
        {
          title: 'Bread',
          type: 'drop_down',
          is_require: true,
          values: [
            { title: 'White', price: 0 },
            { title: 'Rye', price: 0.5 },
          ],
        },
      ],
      stock: { default: 30 },
    },
    { sku: 'NAPKIN', name: 'Napkin', price: 0.1, tax_class: 'None', stock: { default: 500 } },
    { sku: 'GIFT-BOX', name: 'Gift Box', price: 30, type_id: 'configurable' },
    {
      sku: 'APRON',
      name: 'Apron',
      price: 20,
      type_id: 'configurable',
      configurable: {
        attribute_code: 'size',
        label: 'Size',
        children: [
          { sku: 'APRON-M', value: 'M', stock: { default: 2 } },
          { sku: 'APRON-XXL', value: 'XXL', stock: { default: 1 } },
        ],
      },
    },
  ],
  customers: [
    { email: 'vip@example.com', firstname: 'Val', lastname: 'Ip', group: 'VIP' },
    { email: 'reg@example.com', firstname: 'Reg', lastname: 'Ular', group: 'Retailer' },
  ],
  cart_rules: [
    { name: 'Ten off', coupon_code: 'TEN', simple_action: 'by_percent', discount_amount: 10 },
    { name: 'Lunch deal', simple_action: 'by_fixed', discount_amount: 1, customer_groups: ['General'] },
    { name: 'VIP only', simple_action: 'by_percent', discount_amount: 5, customer_groups: ['VIP'] },
  ],
};

describe('a scenario with tax classes, select options, cart rules and missing catalog configuration', () => {
  const ns = Namespace.of('pgt3dddd');
  const sc = scenario(DELI);
  let t: Target;
  let report: SeedReport;
  before(async () => {
    t = await startTarget();
    report = await seedThroughRest(t.client, sc, ns);
  });
  after(() => t.close());

  test('an attribute value or customer group the target lacks is reported, not created', async () => {
    assert.deepEqual(report.missing.map((m) => m.what).sort(), [
      'customer group VIP',
      'product attribute size',
    ]);
    assert.match(
      report.missing.find((m) => m.what === 'product attribute size')?.why ?? '',
      /has no option "XXL"/,
    );
    const apron = await t.client.searchAll('/V1/products', [['sku', 'PGT3DDDD-APRON%', 'like']]);
    assert.deepEqual(apron, [], 'no half-built configurable');
    const sizes = await t.client.get<Array<{ label: string }>>('/V1/products/attributes/size/options');
    assert.equal(
      sizes.some((o) => o.label === 'XXL'),
      false,
      'the global attribute is untouched',
    );
  });

  test('tax: the class a rule names is the run own, global classes are reused by name', async () => {
    const classes = report.created.concat(report.reused).filter((x) => x.kind === 'tax-class');
    assert.deepEqual(classes.map((c) => [c.scenarioName, c.name]).sort(), [
      ['Food', 'pgt3dddd Food'],
      ['Retail Customer', 'Retail Customer'],
      ['Taxable Goods', 'Taxable Goods'],
    ]);
    const napkin = await t.client.get<{
      custom_attributes: Array<{ attribute_code: string; value: string }>;
    }>('/V1/products/PGT3DDDD-NAPKIN');
    assert.equal(napkin.custom_attributes.find((a) => a.attribute_code === 'tax_class_id')?.value, '0');
  });

  test('a select option keeps its values', async () => {
    const options = await t.client.get<
      Array<{ title: string; values: Array<{ title: string; price: number }> }>
    >('/V1/products/PGT3DDDD-SANDWICH/options');
    assert.deepEqual(
      options[0]?.values.map((v) => [v.title, v.price]),
      [
        ['White', 0],
        ['Rye', 0.5],
      ],
    );
  });

  test('cart rules: a coupon rule with its namespaced coupon; a rule without one is limited to the run products', async () => {
    const rules = await t.client.searchAll<Record<string, unknown>>('/V1/salesRules/search', [
      ['name', 'pgt3dddd %', 'like'],
    ]);
    assert.deepEqual(rules.map((r) => r['name']).sort(), ['pgt3dddd Lunch deal', 'pgt3dddd Ten off']);
    const ten = rules.find((r) => r['name'] === 'pgt3dddd Ten off') as Record<string, unknown>;
    const coupon = await t.client.searchAll<{ rule_id: number; is_primary: boolean }>('/V1/coupons/search', [
      ['code', 'PGT3DDDD-TEN'],
    ]);
    assert.equal(coupon[0]?.rule_id, ten['rule_id']);
    const lunch = rules.find((r) => r['name'] === 'pgt3dddd Lunch deal') as Record<string, unknown>;
    const skuCondition = (tree: unknown): unknown => {
      const node = tree as { attribute_name?: string; conditions?: unknown[] };
      if (node.attribute_name === 'sku') return node;
      return (node.conditions ?? []).map(skuCondition).find(Boolean);
    };
    for (const tree of [lunch['condition'], lunch['action_condition']]) {
      assert.deepEqual(skuCondition(tree), {
        condition_type: 'Magento\\SalesRule\\Model\\Rule\\Condition\\Product',
        attribute_name: 'sku',
        operator: '{}',
        value: 'PGT3DDDD-',
      });
    }
    assert.deepEqual(lunch['customer_group_ids'], [1]);
  });

  test('everything seeded reads back, and a second seeding changes nothing', async () => {
    assert.deepEqual(await verifySeed(t.client, sc, ns, report), []);
    const box = await t.client.get<{ type_id: string }>('/V1/products/PGT3DDDD-GIFT-BOX');
    assert.equal(box.type_id, 'configurable', 'a configurable without children is still seeded');
    const again = await seedThroughRest(t.client, sc, ns);
    assert.deepEqual([again.created, again.updated], [[], []]);
    assert.deepEqual(again.missing, report.missing);
  });
});
