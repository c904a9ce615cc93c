import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { createStoreGroup, createStoreView, createWebsite } from '../../modules/store/store-writes.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

before(async () => {
  sim = await createSimulator({
    config: { 'stores/fr/general/locale/code': 'fr_FR', 'websites/eu/currency/options/base': 'EUR' },
    prepare: [
      (s) => {
        const eu = createWebsite(s, { code: 'eu', name: 'EU' });
        const g = createStoreGroup(s, {
          websiteId: eu.id,
          code: 'eu_group',
          name: 'EU Store',
          rootCategoryId: 3,
        });
        createStoreView(s, { groupId: g.id, code: 'fr', name: 'Français' });
        createStoreView(s, { groupId: g.id, code: 'de', name: 'Deutsch', isActive: false });
      },
    ],
  });
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

describe('store reads', () => {
  test('websites, groups and views include the admin scope', async () => {
    assert.deepEqual((await c.get('/V1/store/websites')).body, [
      { id: 0, code: 'admin', name: 'Admin', default_group_id: 0 },
      { id: 1, code: 'base', name: 'Main Website', default_group_id: 1 },
      { id: 2, code: 'eu', name: 'EU', default_group_id: 2 },
    ]);
    const groups = (await c.get<P[]>('/V1/store/storeGroups')).body;
    assert.deepEqual(groups[2], {
      id: 2,
      website_id: 2,
      root_category_id: 3,
      default_store_id: 2,
      name: 'EU Store',
      code: 'eu_group',
    });
    const views = (await c.get<P[]>('/V1/store/storeViews')).body;
    assert.deepEqual(
      views.map((v) => [v.id, v.code, v.is_active]),
      [
        [0, 'admin', 1],
        [1, 'default', 1],
        [2, 'fr', 1],
        [3, 'de', 0],
      ],
    );
  });

  test('storeConfigs: every store view but admin, values at the store scope', async () => {
    const all = (await c.get<P[]>('/V1/store/storeConfigs')).body;
    assert.deepEqual(
      all.map((x) => x.code),
      ['default', 'fr', 'de'],
    );
    assert.deepEqual(all[0], {
      id: 1,
      code: 'default',
      website_id: 1,
      locale: 'en_US',
      base_currency_code: 'USD',
      default_display_currency_code: 'USD',
      timezone: 'America/Los_Angeles',
      weight_unit: 'lbs',
      base_url: 'http://localhost/',
      base_link_url: 'http://localhost/',
      base_static_url: 'http://localhost/static/',
      base_media_url: 'http://localhost/media/',
      secure_base_url: 'https://localhost/',
      secure_base_link_url: 'https://localhost/',
      secure_base_static_url: 'https://localhost/static/',
      secure_base_media_url: 'https://localhost/media/',
    });
    const fr = (await c.get<P[]>('/V1/store/storeConfigs?storeCodes[]=fr&storeCodes[]=nope')).body;
    assert.equal(fr.length, 1);
    assert.equal(fr[0]?.['locale'], 'fr_FR');
    assert.equal(fr[0]?.['base_currency_code'], 'EUR');
  });

  test('all four need Magento_Backend::store', async () => {
    const guest = new MagentoTestClient(sim.url);
    for (const path of [
      '/V1/store/websites',
      '/V1/store/storeGroups',
      '/V1/store/storeViews',
      '/V1/store/storeConfigs',
    ]) {
      const r = await guest.get(path);
      assert.equal(r.status, 401, path);
      assert.deepEqual(r.body, {
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_Backend::store' },
      });
    }
  });
});

describe('store writes', () => {
  test('duplicate codes and bad codes are refused', () => {
    const s = sim.runtime.services;
    assert.throws(() => createWebsite(s, { code: 'eu', name: 'x' }), {
      message: 'Website with the same code already exists.',
    });
    assert.throws(() => createStoreGroup(s, { websiteId: 2, code: 'eu_group', name: 'x' }), {
      message: 'Group with the same code already exists.',
    });
    assert.throws(() => createStoreView(s, { groupId: 2, code: 'fr', name: 'x' }), {
      message: 'Store with the same code already exists.',
    });
    assert.throws(
      () => createStoreView(s, { groupId: 2, code: '9lives', name: 'x' }),
      /The store code may contain only letters/,
    );
    assert.throws(
      () => createStoreView(s, { groupId: 99, code: 'zz', name: 'x' }),
      /No such entity with groupId = 99/,
    );
  });
});
