/**
 * `posgate run --magento URL` against a Magento started elsewhere: a simulator without its control
 * API (so the harness can only seed through REST, as on a real store), set up as a merchant sets up
 * a staging store (scenarios/staging/golive-store.json: websites, store views, POS payment methods,
 * config). The go-live pack passes twice in the same Magento (per-scenario namespaces, checks
 * against the baseline); what the run seeded carries the namespace and nothing under the
 * scenario's bare names; without --share-stocks and --assume-config, or on a Magento without the
 * POS payment methods and extension, every scenario is reported not run with the exact reason.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AdminClient, MagentoRestError } from '../harness/magento/admin-client.ts';
import type { ProbeOrder } from '../harness/magento/probe.ts';
import { readRunResults, type ScenarioResult } from '../harness/reports/run-results.ts';
import { RunConfig } from '../harness/run/run-config.ts';
import { PROJECT_ROOT, runCucumber } from '../harness/run/run-cucumber.ts';
import { cleanup, runNamespaces } from '../harness/seed/index.ts';
import { createSimulator, DEFAULT_ADMIN, type Simulator, type SimulatorOptions } from '../simulator/index.ts';

const STAGING = join(PROJECT_ROOT, 'scenarios', 'staging', 'golive-store.json');
const GOLIVE = [
  '01-cash-sale-guest',
  '02-card-sale-linked-customer',
  '03-split-payment',
  '04-discount',
  '05-return-in-store',
  '06-return-online-purchase',
  '07-offline-sale',
  '08-first-sync-and-reconciliation',
];

let staging: Simulator;
let client: AdminClient;

before(async () => {
  staging = await createSimulator({ control: false, edition: 'commerce', scenario: STAGING });
  client = new AdminClient(staging.url, { ...DEFAULT_ADMIN });
});
after(() => staging.close());

async function golive(
  url: string,
  namespace: string,
  flags: { shareStocks?: boolean; assumeConfig?: boolean } = {},
): Promise<Map<string, ScenarioResult>> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'posgate-external-'));
  const config = RunConfig.parse({
    target: {
      kind: 'external',
      magentoUrl: url,
      auth: { kind: 'admin', username: 'admin', password: 'posgate123' },
      ...flags,
    },
    reportsDir,
    namespace,
  });
  const { messagesFile } = await runCucumber({ config, tags: '@golive', parallel: 1 });
  const results = readRunResults(messagesFile);
  const others = results.filter((r) => !GOLIVE.some((f) => r.uri.endsWith(`${f}.feature`)));
  for (const r of others) assert.notEqual(r.outcome, 'failed', `${r.uri}: ${r.failedStep} — ${r.message}`);
  return new Map(
    GOLIVE.map((f) => [f, results.find((r) => r.uri.endsWith(`${f}.feature`)) as ScenarioResult]),
  );
}

function outcomes(results: Map<string, ScenarioResult>): Record<string, string> {
  return Object.fromEntries(
    [...results].map(([f, r]) => [
      f,
      r?.outcome === 'failed' ? `failed: ${r.failedStep} — ${r.message}` : r?.outcome,
    ]),
  );
}

const allPassed = Object.fromEntries(GOLIVE.map((f) => [f, 'passed']));

const orders = () => client.searchAll<ProbeOrder>('/V1/orders');

async function status(path: string): Promise<number> {
  try {
    await client.get(path);
    return 200;
  } catch (err) {
    return err instanceof MagentoRestError ? err.status : 0;
  }
}

test('the go-live pack passes on a staging Magento seeded through REST, twice, under namespaces', async () => {
  const first = await golive(staging.url, 'pgrunone', { shareStocks: true, assumeConfig: true });
  assert.deepEqual(outcomes(first), allPassed);

  // Every order of the run holds only SKUs of one scenario's namespace, in feature order.
  const placed = await orders();
  const prefixes = placed.map((o) => [...new Set(o.items.map((i) => /^([A-Z0-9]+)-/.exec(i.sku)?.[1]))]);
  assert.deepEqual(prefixes, [
    ['PGRUNONES1'],
    ['PGRUNONES2'],
    ['PGRUNONES3'],
    ['PGRUNONES4'],
    ['PGRUNONES5'],
    ['PGRUNONES6'], // the online order scenario 6 returns at the till
    ['PGRUNONES7'],
    ['PGRUNONES8'],
    ['PGRUNONES8'],
  ]);
  const jane = await client.searchAll<{ id: number }>('/V1/customers/search', [
    ['email', 'jane.doe+pgrunones2@example.com'],
  ]);
  assert.equal(jane.length, 1, 'scenario 2 seeded Jane under its namespace');
  assert.equal(placed[1]?.customer_id, jane[0]?.id, "scenario 2's order is linked to the namespaced Jane");
  assert.equal(await status('/V1/inventory/sources/pgrunones1_shop_main'), 200);
  // Nothing under the scenario's bare names.
  assert.equal(await status('/V1/products/MUG-001'), 404);
  assert.equal(await status('/V1/inventory/sources/shop_main'), 404);
  const bare = await client.searchAll('/V1/customers/search', [['email', 'jane.doe@example.com']]);
  assert.equal(bare.length, 0);

  const second = await golive(staging.url, 'pgruntwo', { shareStocks: true, assumeConfig: true });
  assert.deepEqual(outcomes(second), allPassed, 'a second run in the same Magento passes too');
  assert.equal((await orders()).length, 18);

  const found = await runNamespaces(client, 'pgrunone');
  assert.deepEqual(
    found.map((ns) => ns.id),
    GOLIVE.map((_, i) => `pgrunones${i + 1}`),
  );
  const report = await cleanup(client, found[0]!);
  assert.ok(report.disabled.includes('product PGRUNONES1-MUG-001'), JSON.stringify(report.disabled));
});

const SHARE =
  "posgate never relinks a website's stock on a store it cannot reset: run with --share-stocks to add the run's sources to it";
const CONFIG =
  '@needs-config: config carriers/instore/active, tax/calculation/based_on, shipping/origin/country_id, shipping/origin/region_id, shipping/origin/postcode, shipping/origin/city, tax/defaults/country, tax/defaults/region, tax/defaults/postcode cannot be read through REST: set them on the target and confirm with --assume-config';

test('without --share-stocks and --assume-config every go-live scenario is not run, with the reason', async () => {
  const results = await golive(staging.url, 'pgbare');
  const singleShop = `not run: merchant setup "single-shop": website "base" sells from stock "Default Stock" (id 1), and ${SHARE} | ${CONFIG}`;
  const expected = Object.fromEntries(GOLIVE.map((f) => [f, singleShop]));
  expected['06-return-online-purchase'] =
    `not run: merchant setup "two-shops-and-web": website "base" sells from stock "Default Stock" (id 1), and ${SHARE}; website "shops" sells from stock "Retail Stock" (id 2), and ${SHARE}`;
  assert.deepEqual(
    Object.fromEntries(
      [...results].map(([f, r]) => [f, `${r.outcome === 'skipped' ? '' : r.outcome}${r.message}`]),
    ),
    expected,
  );
});

test('a Magento without the POS payment methods and extension: the scenarios that need them are not run', async () => {
  const options: SimulatorOptions = { control: false, edition: 'open-source', strictCore: true };
  const plain = await createSimulator(options);
  try {
    const results = await golive(plain.url, 'pgplain', { shareStocks: true, assumeConfig: true });
    const payments =
      '@needs-pos-payments: payment method "pos_cash" is not offered at store view "default" (offered: checkmo); payment method "pos_card" is not offered at store view "default" (offered: checkmo)';
    const expected = Object.fromEntries(GOLIVE.map((f) => [f, `not run: ${payments}`]));
    expected['03-split-payment'] =
      `not run: ${payments} | @needs-pos-extension: the POS extension is not installed (GET /V1/pos/orders/by-client-sale-id/posgate-probe answers "Request does not match any route.")`;
    expected['06-return-online-purchase'] =
      'not run: merchant setup "two-shops-and-web": website "shops" does not exist on the target and REST cannot create websites: add it in the admin (Stores > All Stores)';
    assert.deepEqual(
      Object.fromEntries(
        [...results].map(([f, r]) => [f, `${r.outcome === 'skipped' ? '' : r.outcome}${r.message}`]),
      ),
      expected,
    );
  } finally {
    await plain.close();
  }
});
