import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createSimulator, DEFAULT_ADMIN, loadScenario, type Simulator } from '../../simulator/index.ts';
import { AdminClient } from '../magento/admin-client.ts';
import { MagentoProbe } from '../magento/probe.ts';
import { RunConfig } from '../run/run-config.ts';
import { ExternalSetup } from './external-setup.ts';
import { notRunReason } from './scenario-needs.ts';
import type { MagentoTarget } from './worker-env.ts';

/**
 * The per-worker seeding of a Magento without control API, against a simulator set up as a
 * merchant's staging store (control API off): namespaces per scenario, tax settings from what was
 * confirmed rather than the setup file, a setup that cannot be seeded is not seeded again.
 */
let sim: Simulator;
let target: MagentoTarget;
const singleShop = loadScenario('single-shop');

before(async () => {
  const scenario = join(import.meta.dirname, '..', '..', 'scenarios', 'staging', 'golive-store.json');
  sim = await createSimulator({ control: false, edition: 'commerce', scenario });
  const admin = new AdminClient(sim.url, { ...DEFAULT_ADMIN });
  target = { admin, probe: new MagentoProbe(admin) } as unknown as MagentoTarget;
});
after(() => sim.close());

function setup(external: Record<string, unknown>, workerId?: string): ExternalSetup {
  const config = RunConfig.parse({
    target: { kind: 'external', magentoUrl: sim.url, auth: { kind: 'admin', ...DEFAULT_ADMIN }, ...external },
    reportsDir: '/tmp',
    namespace: 'pgunit',
  });
  return new ExternalSetup(config, workerId);
}

test('the session takes only the config that was confirmed; the rest is Magento default', async () => {
  const worker = setup({ shareStocks: true, assumeConfig: ['tax/calculation/based_on'] }, '1');
  const seeded = await worker.seed(target, singleShop, ['@needs-config']);
  assert.equal(seeded.ns.id, 'pgunitw1s1');
  assert.equal(seeded.session.tax.basedOn, 'origin', 'assumed: taken from the setup');
  assert.deepEqual(seeded.session.tax.origin, { country_id: 'US', region_id: 12, postcode: '90034' });
  assert.equal(seeded.session.edition, 'commerce');
  assert.match(
    seeded.notRun ?? '',
    /^@needs-config: config carriers\/instore\/active, shipping\/origin\/country_id/,
  );
  assert.doesNotMatch(seeded.notRun ?? '', /based_on/);
  const next = await worker.seed(target, singleShop, []);
  assert.equal(next.ns.id, 'pgunitw1s2');
  assert.equal(next.notRun, null, 'a scenario without @needs-config runs');
  assert.ok(next.baselineOrderId >= 0);
});

test('a setup that cannot be seeded is seeded once per worker; its scenarios reuse the reason', async () => {
  const worker = setup({});
  const first = await worker.seed(target, singleShop, []);
  const again = await worker.seed(target, singleShop, []);
  assert.equal(first.ns.id, 'pgunits1');
  assert.equal(again.ns.id, 'pgunits1', 'no second namespace: nothing was seeded again');
  assert.match(
    again.notRun ?? '',
    /^merchant setup "single-shop": website "base" sells from stock "Default Stock"/,
  );
});

test('missing attributes and customer groups only leave records out; tags pick the probe gaps', () => {
  const seeded = [
    { what: 'product attribute size', why: 'no size' },
    { what: 'customer group Wholesale', why: 'no group' },
  ];
  const probed = [
    { what: 'payment method pos_cash', why: 'no cash' },
    { what: 'POS extension', why: 'no extension' },
    { what: 'gift card routes', why: 'no gift cards' },
    { what: 'control API', why: 'no control' },
  ];
  assert.equal(notRunReason([], singleShop, seeded, probed), null);
  assert.equal(
    notRunReason(['@commerce', '@needs-pos-payments', '@needs-pos-extension'], singleShop, seeded, probed),
    '@needs-pos-payments: no cash | @needs-pos-extension: no extension | @commerce: no gift cards',
  );
});
