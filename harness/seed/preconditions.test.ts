import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { AdminClient } from '../magento/admin-client.ts';
import { Namespace } from './namespace.ts';
import type { PreconditionResult } from './precondition.ts';
import { probePreconditions } from './preconditions.ts';
import { isNoRoute } from './rest-errors.ts';
import { seedThroughRest } from './rest-seeder.ts';
import { MERCHANT_WEBSITES, scenario, scenarioFile, startTarget, type Target } from './target.fixture.ts';

/**
 * probePreconditions against simulators treated as external Magentos: one as installed, one whose
 * merchant configured the POS payment method pos_cash, a French store view and a control token,
 * and an Open Source one without the control API; and a bare stub without cart routes.
 */
const ns = Namespace.of('pgt5ffff');
const shop = scenario({
  ...scenarioFile('single-shop'),
  bulk: undefined,
  payment_methods: [
    { code: 'checkmo', title: 'Check / Money order' },
    { code: 'pos_cash', title: 'Cash (POS)' },
  ],
});
const why = (r: PreconditionResult, what: string) => r.missing.find((m) => m.what === what)?.why;

describe('payment methods, config, Commerce surfaces, POS extension, control API', () => {
  let plain: Target;
  let merchant: Target;
  before(async () => {
    plain = await startTarget();
    merchant = await startTarget({
      scenario: MERCHANT_WEBSITES,
      controlToken: 'tok-123',
      config: {
        'payment/pos_cash/active': '1',
        'payment/pos_cash/title': 'Cash',
        'stores/fr/general/locale/code': 'fr_FR',
      },
    });
    for (const t of [plain, merchant]) await seedThroughRest(t.client, shop, ns, { shareStocks: true });
  });
  after(async () => {
    await plain.close();
    await merchant.close();
  });

  test('the payment probe finds checkmo, and pos_cash only where the target configured it', async () => {
    const bare = await probePreconditions(plain.client, shop, 'default', { ns });
    assert.ok(bare.met.includes('payment method checkmo'));
    assert.match(
      why(bare, 'payment method pos_cash') ?? '',
      /^payment method "pos_cash" is not offered at store view "default" \(offered: checkmo\)$/,
    );
    const configured = await probePreconditions(merchant.client, shop, 'default', {
      ns,
      controlToken: 'tok-123',
    });
    assert.ok(configured.met.includes('payment method checkmo'));
    assert.ok(configured.met.includes('payment method pos_cash'));
    assert.equal(why(configured, 'payment method pos_cash'), undefined);
  });

  test('config REST cannot read is an assumption the user confirms; readable config is compared', async () => {
    const unconfirmed = await probePreconditions(plain.client, shop, 'default', { ns });
    assert.match(
      why(unconfirmed, 'config tax/calculation/based_on') ?? '',
      /= origin cannot be read through REST: set it on the target and confirm with --assume-config/,
    );
    const some = await probePreconditions(plain.client, shop, 'default', {
      ns,
      assumeConfig: ['tax/calculation/based_on'],
    });
    assert.ok(some.met.includes('config tax/calculation/based_on'));
    assert.ok(some.missing.some((m) => m.what === 'config carriers/instore/active'));
    const all = await probePreconditions(plain.client, shop, 'default', { ns, assumeConfig: true });
    assert.deepEqual(
      all.missing.filter((m) => m.what.startsWith('config ')),
      [],
    );
    const views = scenarioFile('two-store-views');
    const english = await probePreconditions(plain.client, views, 'default');
    assert.equal(
      why(english, 'config stores/fr/general/locale/code'),
      'config stores/fr/general/locale/code: store view "fr" does not exist on the target',
    );
    assert.match(
      why(english, 'store view fr') ?? '',
      /does not exist on the target and REST cannot create store views/,
    );
    const atFr = await probePreconditions(plain.client, views, 'fr');
    assert.equal(
      why(atFr, 'payment method pos_cash'),
      'cannot probe payment methods: store view "fr" does not exist on the target',
    );
    assert.ok(
      atFr.missing.every((m) => !/Request does not match any route/.test(m.why)),
      'routes were probed without the unknown store code',
    );
    const french = await probePreconditions(merchant.client, views, 'default', { controlToken: 'tok-123' });
    assert.ok(french.met.includes('config stores/fr/general/locale/code'));
    assert.ok(french.met.includes('config stores/default/general/locale/code'));
    const other = scenario({ ...views, config: { 'stores/fr/general/locale/code': 'de_DE' } });
    const wrong = await probePreconditions(merchant.client, other, 'default', { controlToken: 'tok-123' });
    assert.equal(
      why(wrong, 'config stores/fr/general/locale/code'),
      'config stores/fr/general/locale/code is not de_DE on the target (fr: fr_FR)',
    );
  });

  test('the control API is met only where it answers with the right token', async () => {
    const inProcess = await probePreconditions(plain.client, shop, 'default', { ns });
    assert.ok(inProcess.met.includes('control API'));
    const noToken = await probePreconditions(merchant.client, shop, 'default', { ns });
    assert.match(why(noToken, 'control API') ?? '', /refused the token/);
    const token = await probePreconditions(merchant.client, shop, 'default', { ns, controlToken: 'tok-123' });
    assert.ok(token.met.includes('control API'));
  });

  test('the POS extension is probed through a route the caller names', async () => {
    const unknown = await probePreconditions(plain.client, shop, 'default', { ns });
    assert.match(why(unknown, 'POS extension') ?? '', /no POS-extension route to probe is known/);
    const absent = await probePreconditions(plain.client, shop, 'default', {
      ns,
      posExtensionRoute: '/V1/posgate-pos/ping',
    });
    assert.match(
      why(absent, 'POS extension') ?? '',
      /not installed \(GET \/V1\/posgate-pos\/ping answers "Request does not match any route."\)/,
    );
    const present = await probePreconditions(plain.client, shop, 'default', {
      ns,
      posExtensionRoute: '/V1/store/websites',
    });
    assert.ok(present.met.includes('POS extension'));
  });

  test('Commerce surfaces on a Commerce target follow what their routes answer; balances REST cannot set are missing', async () => {
    const withBalances = scenario({
      ...shop,
      customers: [
        { email: 'vip@example.com', firstname: 'V', lastname: 'P', store_credit: 50, reward_points: 0 },
      ],
      gift_cards: [{ code: 'GC-50', balance: 50 }],
    });
    const r = await probePreconditions(plain.client, withBalances, 'default', { ns });
    let routes = true;
    try {
      await plain.client.get('/V1/carts/0/giftCards');
    } catch (err) {
      routes = !isNoRoute(err);
    }
    assert.equal(r.met.includes('gift card routes'), routes);
    assert.match(
      why(r, 'gift card account GC-50') ?? '',
      routes ? /gift card account "GC-50"/ : /no gift card routes/,
    );
    assert.match(
      why(r, 'store credit of vip+pgt5ffff@example.com') ?? '',
      /cannot be set through REST on Magento 2\.4\.x/,
    );
    assert.equal(why(r, 'reward points of vip+pgt5ffff@example.com'), undefined, 'zero points need nothing');
  });
});

describe('an Open Source Magento without the control API', () => {
  let t: Target;
  before(async () => {
    t = await startTarget({ edition: 'open-source', control: false });
  });
  after(() => t.close());

  test('Commerce surfaces and the control API are missing, each with its reason', async () => {
    const r = await probePreconditions(t.client, scenarioFile('two-store-views'), 'default');
    assert.match(why(r, 'gift card routes') ?? '', /no gift card routes \(Adobe Commerce only\)/);
    assert.match(why(r, 'store credit routes') ?? '', /no store credit routes/);
    assert.match(why(r, 'reward points routes') ?? '', /no reward points routes/);
    assert.match(
      why(r, 'control API') ?? '',
      /no control API \(GET \/__sim\/info answered 404\): a real Magento, or a simulator started without --control/,
    );
  });
});

test('a target without cart routes: every declared payment method is missing with the reason', async () => {
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    const stores: Record<string, unknown> = {
      '/rest/V1/store/websites': [{ id: 1, code: 'base', name: 'Main Website', default_group_id: 1 }],
      '/rest/V1/store/storeViews': [
        { id: 1, code: 'default', name: 'Default', website_id: 1, store_group_id: 1, is_active: 1 },
      ],
      '/rest/V1/store/storeGroups': [{ id: 1, website_id: 1, root_category_id: 2, default_store_id: 1 }],
    };
    const body = stores[req.url ?? ''];
    res.statusCode = body ? 200 : 404;
    res.end(JSON.stringify(body ?? { message: 'Request does not match any route.' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const client = new AdminClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
      token: 't',
    });
    const r = await probePreconditions(client, scenarioFile('two-store-views'), 'default');
    assert.equal(
      why(r, 'payment method pos_cash'),
      'cannot probe payment methods: the target has no admin cart routes (Request does not match any route.)',
    );
    assert.ok(r.met.includes('website base'));
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
