import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Scenario } from '../../contracts/scenario.ts';
import { createSimulator, type Services, type Simulator } from '../index.ts';
import { applyScenario } from './apply.ts';
import { listScenarios, loadScenario, parseScenario, SCENARIOS_DIR, ScenarioError } from './load.ts';
import { CUSTOM_OFFLINE_MODEL } from './payment.ts';

const tmp = mkdtempSync(join(tmpdir(), 'posgate-scenario-'));
let sim: Simulator;
let s: Services;
before(async () => {
  sim = await createSimulator({ control: false });
  s = sim.runtime.services;
});
after(async () => {
  await sim.close();
  rmSync(tmp, { recursive: true, force: true });
});

const write = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};
/** Applies in a transaction that is always rolled back, so each test starts from the baseline. */
const tryApply = (sc: Scenario, appliers?: Parameters<typeof applyScenario>[2]) => {
  const rollback = new Error('rollback');
  try {
    s.store.transaction(() => {
      applyScenario(s, sc, appliers);
      throw Object.assign(rollback, { state: s.store.dump() });
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return (rollback as Error & { state: ReturnType<Services['store']['dump']> }).state;
};

test('every bundled scenario validates against the contract', () => {
  const bundled = listScenarios();
  assert.deepEqual(
    bundled.map((b) => b.name),
    [
      'paris-shop-two-store-views',
      'shop-with-gift-cards-and-rewards',
      'single-shop',
      'texas-shop-california-origin',
      'two-shops-and-web',
      'two-store-views',
    ],
  );
  for (const b of bundled) {
    const sc = loadScenario(b.name);
    assert.equal(sc.name, b.name, 'a scenario is named after its file');
    assert.equal(Scenario.safeParse(sc).success, true);
  }
});

test('single-shop: one shop source, POS payments, pickup, a configurable with a custom option, tax, bulk', () => {
  const sc = loadScenario('single-shop');
  assert.deepEqual(
    sc.sources.map((x) => x.source_code),
    ['shop_main'],
  );
  assert.deepEqual(
    sc.payment_methods.map((p) => p.code),
    ['pos_cash', 'pos_card'],
  );
  assert.equal(sc.config['carriers/instore/active'], 1);
  const tshirt = sc.products.find((p) => p.type_id === 'configurable');
  assert.equal(tshirt?.configurable?.children.length, 4);
  assert.equal(tshirt?.custom_options?.[0]?.title, 'Embroidery text');
  assert.ok(sc.customers.some((cu) => cu.addresses.length > 0));
  assert.deepEqual(
    sc.tax.rates.map((r) => [r.tax_region_id, r.rate]),
    [[57, 8.25]],
  );
  assert.equal(sc.bulk?.products, 200);
});

test('loads JSON and YAML files by path', () => {
  const json = write(
    'shop.json',
    JSON.stringify({ name: 'json shop', products: [{ sku: 'J', name: 'J', price: 1 }] }),
  );
  assert.equal(loadScenario(json).products[0]?.sku, 'J');
  const yaml = write('shop.yaml', 'name: yaml shop\npayment_methods:\n  - code: pos_cash\n    title: Cash\n');
  assert.deepEqual(loadScenario(yaml).payment_methods, [{ code: 'pos_cash', title: 'Cash', active: true }]);
});

test('load errors are one line naming the file and the fix', () => {
  const cases: Array<[() => unknown, string]> = [
    [
      () => loadScenario('nope', SCENARIOS_DIR),
      'unknown scenario "nope": use one of paris-shop-two-store-views, shop-with-gift-cards-and-rewards, single-shop, texas-shop-california-origin, two-shops-and-web, two-store-views, or a path to a .json or .yaml file',
    ],
    [
      () => loadScenario(join(tmp, 'gone.json')),
      `scenario file ${join(tmp, 'gone.json')} does not exist: check the path`,
    ],
    [
      () => loadScenario(write('bad.json', '{"name": ')),
      `${join(tmp, 'bad.json')} is not valid JSON: Unexpected end of JSON input`,
    ],
    [
      () => loadScenario(write('bad.yml', 'name: [unclosed\n')),
      `${join(tmp, 'bad.yml')} is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:`,
    ],
    [
      () =>
        loadScenario(
          write('typo.json', JSON.stringify({ name: 'x', stocks: [{ name: 's', sales_channels: [] }] })),
        ),
      `${join(tmp, 'typo.json')} is not a valid scenario: stocks[0].sources: Invalid input: expected array, received undefined`,
    ],
    [
      () =>
        parseScenario(
          {
            name: 'x',
            websites: [
              {
                code: 'w',
                name: 'W',
                groups: [{ code: 'g', name: 'G', stores: [{ code: 'Bad-Code', name: 'B' }] }],
              },
            ],
          },
          'here',
        ),
      'here is not a valid scenario: websites[0].groups[0].stores[0].code: Invalid string: must match pattern /^[a-z][a-z0-9_]*$/',
    ],
  ];
  for (const [run, message] of cases) {
    assert.throws(run, (err: unknown) => err instanceof ScenarioError && err.message === message, message);
  }
});

test('sections without an applier are refused before anything is written', () => {
  const sc = parseScenario(
    {
      name: 'promo',
      products: [{ sku: 'P', name: 'P', price: 1 }],
      tax: { rates: [{ code: 'R', tax_country_id: 'US', rate: 5 }] },
      cart_rules: [{ name: 'r', simple_action: 'by_percent', discount_amount: 5 }],
      gift_cards: [{ code: 'G', balance: 5 }],
      customers: [{ email: 'a@example.com', firstname: 'A', lastname: 'B', store_credit: 10 }],
    },
    'test',
  );
  assert.throws(() => s.store.transaction(() => applyScenario(s, sc, [])), {
    name: 'ScenarioError',
    message:
      'the simulator cannot apply tax classes, rates and rules, cart rules, gift cards, store credit and reward points yet: remove "tax", "cart_rules", "gift_cards", the customers\' "store_credit" and "reward_points" from scenario "promo"',
  });
  assert.equal(s.store.get('products', 'P'), undefined);
});

test('registered appliers run for their section: tax before the catalog (products name tax classes)', () => {
  const sc = loadScenario('single-shop');
  const seen: string[] = [];
  const state = tryApply(sc, [
    {
      section: 'tax',
      apply: (sv, got) => {
        seen.push(`${got.name}:${got.tax.rates.length}:${sv.store.has('products', 'TSHIRT')}`);
      },
    },
    {
      section: 'cart_rules',
      apply: (sv, got) => {
        seen.push(`rules:${got.cart_rules.length}:${sv.store.has('products', 'TSHIRT')}`);
      },
    },
  ]);
  assert.deepEqual(seen, ['single-shop:1:false', 'rules:1:true']);
  assert.equal(Object.keys(state.collections['products'] ?? {}).length, 8 + 4 + 200);
  assert.equal(Object.keys(state.collections['customers'] ?? {}).length, 3);
});

test('payment methods: active, title, pending status; custom codes get the offline model marker', () => {
  const sc = parseScenario(
    {
      name: 'pay',
      payment_methods: [
        { code: 'pos_cash', title: 'Cash (POS)' },
        { code: 'checkmo', title: 'Cheque', active: false },
      ],
    },
    'test',
  );
  const config = tryApply(sc).collections['config'] ?? {};
  assert.deepEqual(
    Object.fromEntries(Object.entries(config).filter(([k]) => k.startsWith('default/payment/'))),
    {
      'default/payment/pos_cash/active': '1',
      'default/payment/pos_cash/title': 'Cash (POS)',
      'default/payment/pos_cash/order_status': 'pending',
      'default/payment/pos_cash/model': CUSTOM_OFFLINE_MODEL,
      'default/payment/checkmo/active': '0',
      'default/payment/checkmo/title': 'Cheque',
      'default/payment/checkmo/order_status': 'pending',
    },
  );
});

test('config values are set as bin/magento config:set would (booleans as 1/0, scopes kept)', () => {
  const sc = parseScenario(
    {
      name: 'cfg',
      config: { 'carriers/instore/active': true, 'stores/default/general/locale/code': 'fr_FR', 'a/b/c': 5 },
    },
    'test',
  );
  const config = tryApply(sc).collections['config'] ?? {};
  assert.equal(config['default/carriers/instore/active'], '1');
  assert.equal(config['stores/default/general/locale/code'], 'fr_FR');
  assert.equal(config['default/a/b/c'], '5');
});
