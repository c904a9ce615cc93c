import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Scenario, type ScenarioInput } from '../../../contracts/scenario.ts';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import type { Services } from '../../context.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { applyStoreScenario } from '../store/scenario.ts';
import { applyCustomerScenario } from './scenario.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;

const scenario: ScenarioInput = {
  name: 'a regular and a wholesale buyer in two shops',
  websites: [
    {
      code: 'eu',
      name: 'EU',
      groups: [{ code: 'eu_store', name: 'EU Store', stores: [{ code: 'eu_en', name: 'EU English' }] }],
    },
  ],
  customers: [
    {
      email: 'jane@example.com',
      firstname: 'Jane',
      lastname: 'Doe',
      password: 'Jane-Pass-1',
      addresses: [
        {
          firstname: 'Jane',
          lastname: 'Doe',
          street: ['1 Elm'],
          city: 'Austin',
          postcode: '73301',
          country_id: 'US',
          region_id: 57,
          region: 'Texas',
          telephone: '555',
          default_billing: true,
          default_shipping: true,
        },
      ],
    },
    { email: 'bulk@buyer.eu', firstname: 'Hans', lastname: 'Meyer', group: 'Wholesale', website: 'eu' },
  ],
  bulk: { seed: 3, products: 0, customers: 4 },
};

const seed = (input: ScenarioInput) => (s: Services) => {
  const sc = Scenario.parse(input);
  applyStoreScenario(s, sc);
  applyCustomerScenario(s, sc);
};

let sim: Simulator;
let c: MagentoTestClient;
before(async () => {
  sim = await createSimulator({ prepare: [seed(scenario)] });
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

const byEmail = async (email: string) =>
  (await c.get<P>(`/V1/customers/search?${searchQuery({ filters: [[{ field: 'email', value: email }]] })}`))
    .body.items[0] as P;

describe('applyCustomerScenario', () => {
  test('a customer with a password, default group and website, and a default address', async () => {
    const jane = await byEmail('jane@example.com');
    assert.equal(jane.group_id, 1);
    assert.equal(jane.website_id, 1);
    assert.equal(jane.store_id, 1);
    assert.equal(jane.default_billing, String(jane.addresses[0].id));
    assert.deepEqual(jane.addresses[0].region, { region_code: null, region: 'Texas', region_id: 57 });
    const token = await new MagentoTestClient(sim.url).post('/V1/integration/customer/token', {
      username: 'jane@example.com',
      password: 'Jane-Pass-1',
    });
    assert.equal(token.status, 200);
  });

  test('group and website by code', async () => {
    const hans = await byEmail('bulk@buyer.eu');
    assert.equal(hans.group_id, 2);
    assert.equal(hans.website_id, 2);
    assert.equal(hans.created_in, 'EU English');
  });

  test('bulk customers are generated from the seed, each with a default address', async () => {
    const r = await c.get<P>(
      `/V1/customers/search?${searchQuery({ filters: [[{ field: 'email', value: '%@example.com', condition_type: 'like' }]] })}`,
    );
    const bulk = r.body.items.filter((x: P) => x.email !== 'jane@example.com');
    assert.equal(bulk.length, 4);
    assert.match(bulk[0].email, /^[a-z]+\.[a-z]+\.1@example\.com$/);
    assert.equal(bulk[0].default_shipping, String(bulk[0].addresses[0].id));
    const again = await createSimulator({
      prepare: [seed({ name: 'bulk', bulk: { seed: 3, customers: 1 } })],
    });
    try {
      const other = new MagentoTestClient(again.url);
      await other.loginAdmin();
      assert.equal((await other.get<P>('/V1/customers/1')).body.email, bulk[0].email);
    } finally {
      await again.close();
    }
  });

  test('an unknown group, website or weak password fails the seeding', () => {
    const s = sim.runtime.services;
    const bad = (customer: Record<string, unknown>) => () =>
      s.store.transaction(() =>
        applyCustomerScenario(
          s,
          Scenario.parse({
            name: 'x',
            customers: [{ email: 'x@example.com', firstname: 'X', lastname: 'Y', ...customer }],
          }),
        ),
      );
    assert.throws(bad({ group: 'Platinum' }), /unknown customer group "Platinum"/);
    assert.throws(bad({ website: 'mars' }), /unknown website "mars"/);
    assert.throws(bad({ password: 'short' }), /The password needs at least 8 characters/);
  });
});
