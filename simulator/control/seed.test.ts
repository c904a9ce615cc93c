import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../index.ts';
import { scenarioAppliers } from '../scenario/appliers.ts';

let sim: Simulator;
let c: MagentoTestClient;
const tmp = mkdtempSync(join(tmpdir(), 'posgate-seed-'));

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(async () => {
  await sim.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await c.post('/__sim/reset');
  await c.loginAdmin();
});

const views = async (client = c) =>
  (await client.get<Array<{ code: string; website_id: number }>>('/V1/store/storeViews')).body.map(
    (v) => v.code,
  );

test('GET /__sim/scenarios lists the bundled scenarios with their descriptions', async () => {
  const r = await c.get<Array<{ name: string; description: string }>>('/__sim/scenarios');
  assert.equal(r.status, 200);
  assert.deepEqual(
    r.body.map((s) => s.name),
    [
      'paris-shop-two-store-views',
      'shop-with-gift-cards-and-rewards',
      'single-shop',
      'texas-shop-california-origin',
      'two-shops-and-web',
      'two-store-views',
    ],
  );
  assert.ok(r.body.every((s) => s.description.length > 40));
});

test('seed by name: two shops and the web, with MSI sources, stocks and per-source quantities', async () => {
  const r = await c.post('/__sim/seed', { name: 'two-shops-and-web' });
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, {
    seeded: 'two-shops-and-web',
    websites: 2,
    sources: 3,
    stocks: 2,
    products: 5,
    customers: 2,
    payment_methods: 2,
  });
  await c.loginAdmin();
  assert.deepEqual(await views(), ['admin', 'default', 'shop_a_view', 'shop_b_view']);
  const sources = await c.get<{ items: Array<{ source_code: string }> }>(
    '/V1/inventory/sources?searchCriteria=',
  );
  assert.deepEqual(sources.body.items.map((s) => s.source_code).sort(), [
    'default',
    'shop_a',
    'shop_b',
    'warehouse',
  ]);
  const resolve = await c.get<{ stock_id: number }>('/V1/inventory/stock-resolver/website/shops');
  const salable = await c.get(
    `/V1/inventory/get-product-salable-quantity/SNEAKER-RED/${resolve.body.stock_id}`,
  );
  assert.equal(salable.body, 3, 'the shops stock sells shop_a + shop_b');
  const config = await c.get<Record<string, string>>('/__sim/config');
  assert.equal(config.body['default/payment/pos_cash/active'], '1');
  assert.equal(config.body['default/payment/pos_cash/title'], 'Cash (POS)');
});

test('seed by object, applied on top of the current state; reset returns to the baseline', async () => {
  const scenario = {
    name: 'one product',
    products: [{ sku: 'SEED-1', name: 'Seeded', price: 3.5, stock: { default: 4 } }],
    payment_methods: [{ code: 'pos_cash', title: 'Cash', active: false }],
  };
  const r = await c.post('/__sim/seed', scenario);
  assert.equal(r.status, 200);
  const product = await c.get<{ sku: string; price: number }>('/V1/products/SEED-1');
  assert.equal(product.status, 200);
  assert.equal(product.body.price, 3.5);
  assert.equal((await c.get('/V1/inventory/get-product-salable-quantity/SEED-1/1')).body, 4);
  assert.equal(
    (await c.get<Record<string, string>>('/__sim/config')).body['default/payment/pos_cash/active'],
    '0',
  );
  await c.post('/__sim/reset');
  await c.loginAdmin();
  assert.equal((await c.get('/V1/products/SEED-1')).status, 404);
});

test('?reset=1 resets before seeding', async () => {
  await c.post('/__sim/seed', { name: 'two-store-views' });
  const r = await c.post('/__sim/seed?reset=1', { name: 'two-shops-and-web' });
  assert.equal(r.status, 200);
  await c.loginAdmin();
  assert.deepEqual(await views(), ['admin', 'default', 'shop_a_view', 'shop_b_view']);
  assert.equal((await c.get('/V1/products/SCARF-001')).status, 404);
});

test('an invalid scenario is refused with the field path; nothing is written', async () => {
  const r = await c.post('/__sim/seed', {
    name: 'bad',
    products: [{ sku: 'A', name: 'A', price: 'cheap' }],
    customers: [{ email: 'not-an-email', firstname: 'A', lastname: 'B' }],
  });
  assert.equal(r.status, 400);
  assert.deepEqual(r.body, {
    message:
      'the request body is not a valid scenario: products[0].price: Invalid input: expected number, received string; customers[0].email: Invalid email address',
  });
  const unknownKey = await c.post('/__sim/seed', { name: 'x', shops: [] });
  assert.deepEqual(unknownKey.body, {
    message: 'the request body is not a valid scenario: (top level): Unrecognized key: "shops"',
  });
});

test('a scenario that fails half-way is rolled back as a whole', async () => {
  const r = await c.post('/__sim/seed', {
    name: 'half',
    products: [{ sku: 'HALF-1', name: 'Half', price: 1 }],
    customers: [{ email: 'a@example.com', firstname: 'A', lastname: 'B', website: 'nowhere' }],
  });
  assert.equal(r.status, 400);
  assert.deepEqual(r.body, {
    message: 'scenario "half" cannot be applied: scenario: unknown website "nowhere"',
  });
  assert.equal((await c.get('/V1/products/HALF-1')).status, 404);
});

test('unknown bundled names are 404; paths are not accepted by name', async () => {
  const r = await c.post('/__sim/seed', { name: 'nope' });
  assert.equal(r.status, 404);
  assert.deepEqual(r.body, {
    message:
      'unknown scenario "nope": use one of paris-shop-two-store-views, shop-with-gift-cards-and-rewards, single-shop, texas-shop-california-origin, two-shops-and-web, two-store-views, or a path to a .json or .yaml file',
  });
  const path = await c.post('/__sim/seed', { name: '../etc/passwd' });
  assert.equal(path.status, 400);
  assert.deepEqual(path.body, { message: 'seed a file by sending its content, not its path' });
});

test('sections no module applies yet are refused, not ignored', async () => {
  const r = await c.post('/__sim/seed', {
    name: 'promo',
    gift_cards: [{ code: 'GC-1', balance: 10 }],
    cart_rules: [{ name: '10 off', simple_action: 'by_percent', discount_amount: 10 }],
  });
  const missing = ['cart_rules', 'gift_cards'].filter((s) => !scenarioAppliers.some((a) => a.section === s));
  if (missing.length === 0) return; // every section has an applier now
  assert.equal(r.status, 400);
  assert.match(
    String((r.body as { message: string }).message),
    /^the simulator cannot apply .* yet: remove "/,
  );
});

test('single-shop seeds once a tax applier exists, and says so while none does', async () => {
  const r = await c.post('/__sim/seed', { name: 'single-shop' });
  if (scenarioAppliers.some((a) => a.section === 'tax')) {
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal((r.body as { products: number }).products, 208);
  } else {
    assert.deepEqual(r, {
      status: 400,
      body: {
        message:
          'the simulator cannot apply tax classes, rates and rules yet: remove "tax" from scenario "single-shop"',
      },
      headers: r.headers,
    });
  }
});

test('a start-up scenario is part of the baseline: reset keeps it', async () => {
  const other = await createSimulator({ scenario: 'two-store-views' });
  try {
    const oc = new MagentoTestClient(other.url);
    assert.deepEqual(
      other.summary().storeViews.map((v) => `${v.code}:${v.name}`),
      ['default:English', 'fr:Français'],
    );
    await oc.post('/__sim/reset');
    await oc.loginAdmin();
    assert.deepEqual(await views(oc), ['admin', 'default', 'fr']);
    assert.equal((await oc.get('/V1/products/SCARF-001')).status, 200);
  } finally {
    await other.close();
  }
  await assert.rejects(createSimulator({ scenario: { name: 'x', products: [{ sku: '' }] } as never }), {
    name: 'ScenarioError',
    message:
      'the scenario option is not a valid scenario: products[0].sku: Too small: expected string to have >=1 characters; products[0].name: Invalid input: expected string, received undefined; products[0].price: Invalid input: expected number, received undefined',
  });
});

test('a state file that holds state is restored as it is: the start-up scenario does not overwrite it', async () => {
  const file = join(tmp, 'state.json');
  const first = await createSimulator({ stateFile: file, scenario: 'two-store-views' });
  assert.equal(first.restored, false);
  const fc = new MagentoTestClient(first.url);
  await fc.put('/__sim/config', { 'general/locale/code': 'de_DE' });
  await first.close();
  const second = await createSimulator({ stateFile: file, scenario: 'two-shops-and-web' });
  try {
    assert.equal(second.restored, true);
    const sc = new MagentoTestClient(second.url);
    assert.deepEqual(
      second.summary().storeViews.map((v) => v.code),
      ['default', 'fr'],
    );
    assert.equal(
      (await sc.get<Record<string, string>>('/__sim/config')).body['default/general/locale/code'],
      'de_DE',
    );
    await sc.post('/__sim/reset');
    assert.deepEqual(
      second.summary().storeViews.map((v) => v.code),
      ['default', 'shop_a_view', 'shop_b_view'],
      'reset returns to the baseline this process was started with',
    );
  } finally {
    await second.close();
  }
});
