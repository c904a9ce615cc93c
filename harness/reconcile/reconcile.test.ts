import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ReconciliationReport } from '../../contracts/reconciliation.ts';
import { DEFAULT_ADMIN } from '../../simulator/index.ts';
import { CSV_COLUMNS } from './csv-report.ts';
import {
  AGREEING_ERP_CSV,
  DRIFTED_ERP_CSV,
  type DriftedShop,
  FLAGGED_WITHOUT_VELOCITY,
  startDriftedShop,
} from './drifted-shop.fixture.ts';
import { type ReconcileOptions, reconcile } from './reconcile.ts';
import { startStub } from './stub-magento.fixture.ts';
import { magentoDateTime } from './velocity.ts';

/**
 * End to end against a real simulator seeded with "a shop and a warehouse whose counts drifted":
 * the flagged rows are exactly the drifted ones, the files exist and parse, errors are typed.
 */
const dir = mkdtempSync(join(tmpdir(), 'posgate-reconcile-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const flaggedOf = (r: ReconciliationReport) =>
  r.rows.filter((x) => x.flagged).map((x) => `${x.sku}@${x.source_code} ${x.status}`);

let shop: DriftedShop;
/** Whether this simulator build has the sales routes (`POST /V1/orders`); it grows module by module. */
let hasOrders = false;
before(async () => {
  shop = await startDriftedShop();
  const token = await shop.reseed();
  const probe = await fetch(`${shop.sim.url}/rest/V1/orders?searchCriteria[pageSize]=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  hasOrders = probe.status === 200;
});
after(async () => {
  await shop.sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('posgate reconcile against the simulator', () => {
  const options = (token: string, over: Partial<ReconcileOptions> = {}): ReconcileOptions => ({
    magentoUrl: shop.sim.url,
    auth: { token },
    erpFile: file('drifted.csv', DRIFTED_ERP_CSV),
    outDir: join(dir, 'out'),
    top: 3,
    now: new Date('2025-03-31T12:00:00Z'),
    ...over,
  });

  test('flags exactly the drifted rows, most severe first, and writes a CSV and an HTML page that parse', async () => {
    const report = await reconcile(options(await shop.reseed()));
    assert.deepEqual(flaggedOf(report), FLAGGED_WITHOUT_VELOCITY);
    assert.deepEqual(ReconciliationReport.parse(report), report);
    assert.deepEqual(report.counts, {
      rows: 10, // 9 in Magento (+ ZERO-1), 8 in the ERP, NEW-1@warehouse only in the ERP
      magento_rows: 9,
      erp_rows: 8,
      flagged: 5,
      drift: 3,
      missing_in_magento: 1,
      missing_in_erp: 1,
      orders_read: 0,
    });
    assert.deepEqual(report.warnings.length, hasOrders ? 0 : 1);
    const noise = report.rows.find((r) => r.sku === 'NOISE-1');
    assert.deepEqual([noise?.difference, noise?.threshold, noise?.flagged], [1, 1, false]);

    const csvPath = join(dir, 'out', 'reconciliation.csv');
    const csv = parse(readFileSync(csvPath, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(Object.keys(csv[0] ?? {}), [...CSV_COLUMNS]);
    assert.deepEqual(
      csv.map((r) => `${r['sku']}@${r['source_code']} ${r['flagged']}`),
      report.rows.map((r) => `${r.sku}@${r.source_code} ${r.flagged}`),
    );
    const missing = csv.find((r) => r['status'] === 'missing in Magento');
    assert.deepEqual(
      [missing?.['magento_qty'], missing?.['erp_qty'], missing?.['difference']],
      ['', '7', '-7'],
    );

    const html = readFileSync(join(dir, 'out', 'reconciliation.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<\/html>\n$/);
    assert.ok(html.includes(`<dd>${shop.sim.url}</dd>`));
    assert.ok(html.includes(`<dd>${join(dir, 'drifted.csv')}</dd>`));
    assert.ok(html.includes('<dd>2025-03-31T12:00:00.000Z</dd>'));
    assert.equal(html.match(/<tr class="flagged/g)?.length, 5);
    assert.equal(html.match(/<b>TOP<\/b>/g)?.length, 3);
    const skus = [
      ...html.matchAll(/<tr[^>]*><td>\d+[^<]*(?:<b>TOP<\/b>)?<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td>/g),
    ].map((m) => `${m[1]}@${m[2]}`);
    assert.deepEqual(
      skus,
      report.rows.map((r) => `${r.sku}@${r.source_code}`),
    );
    assert.deepEqual(
      [
        ...new Set(
          readFileSync(csvPath, 'utf8')
            .split('\n')
            .slice(1, 6)
            .map((l) => l.split(',')[8]),
        ),
      ],
      ['true'],
    );
  });

  test('an ERP file that agrees flags nothing; --only-erp-sources leaves the other sources out', async () => {
    const token = await shop.reseed();
    const agreeing = file('agreeing.csv', AGREEING_ERP_CSV);
    const all = await reconcile(options(token, { erpFile: agreeing, outDir: null }));
    assert.deepEqual(flaggedOf(all), []);
    assert.ok(all.rows.some((r) => r.sku === 'ZERO-1' && r.status === 'missing in ERP'));
    const shopOnly = file('shop-only.csv', 'sku,source_code,quantity\nSLOW-1,shop_a,2\n');
    const only = await reconcile(options(token, { erpFile: shopOnly, outDir: null, onlyErpSources: true }));
    assert.deepEqual([...new Set(only.rows.map((r) => r.source_code))], ['shop_a']);
    assert.equal(only.counts.magento_rows, 7);
  });

  test('admin login works; a refused token, a wrong password, bad files and a non-Magento URL are typed errors', async () => {
    await shop.reseed();
    const byLogin = await reconcile(options('', { auth: DEFAULT_ADMIN, outDir: null }));
    assert.deepEqual(flaggedOf(byLogin), FLAGGED_WITHOUT_VELOCITY);
    await assert.rejects(reconcile(options('not-a-token', { outDir: null })), {
      kind: 'auth',
      message: 'the token was refused by Magento (401): check --token or use --admin user:password',
    });
    await assert.rejects(
      reconcile(options('', { auth: { username: 'admin', password: 'wrong' }, outDir: null })),
      {
        kind: 'auth',
        message: 'Magento refused the admin login of "admin" (401): check --admin user:password',
      },
    );
    await assert.rejects(reconcile(options('x', { thresholds: file('rules.json', '{"bands":[]}') })), {
      kind: 'input',
      message: /^the thresholds file .*rules\.json is not valid: bands: /,
    });
    const nginx = await startStub(() => ({ body: '<html><body><h1>Welcome to nginx!</h1></body></html>' }));
    await assert.rejects(reconcile(options('x', { magentoUrl: nginx.url })).finally(nginx.close), {
      kind: 'not-magento',
      message:
        /^http:\/\/127\.0\.0\.1:\d+ does not answer like Magento: GET \/rest\/V1\/inventory\/source-items answered HTML "<html>/,
    });
    await assert.rejects(
      reconcile(options('x', { erpFile: file('bad.csv', 'sku,source_code,quantity\nA,s,x\n') })),
      {
        kind: 'input',
        message: `${join(dir, 'bad.csv')} line 2: field quantity is not a number: "x" (write digits, with "." for decimals)`,
      },
    );
  });

  test('velocity from orders of the window moves a fast seller into the fast band', async (t) => {
    if (!hasOrders) {
      t.skip(
        'this simulator has no sales routes yet (GET /V1/orders answers 404): velocity is proven against a scripted Magento in velocity.test.ts',
      );
      return;
    }
    const token = await shop.reseed();
    const now = new Date();
    const day = 86_400_000;
    const line = (sku: string, qty: number, extra: Record<string, unknown> = {}) => ({
      sku,
      name: sku,
      product_type: 'simple',
      qty_ordered: qty,
      price: 1,
      ...extra,
    });
    const save = async (state: string, daysAgo: number, items: Array<Record<string, unknown>>) => {
      const res = await fetch(`${shop.sim.url}/rest/V1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          entity: {
            state,
            status: state,
            store_id: 1,
            customer_email: 'walk-in@example.com',
            customer_is_guest: 1,
            created_at: magentoDateTime(new Date(now.getTime() - daysAgo * day)),
            items,
          },
        }),
      });
      assert.equal(res.status, 200, await res.text());
    };
    await save('complete', 3, [line('FAST-1', 150)]); // 150 / 30 = 5 a day: fast
    await save('complete', 45, [line('FAST-1', 1000)]); // before the window
    await save('canceled', 2, [line('SLOW-1', 300)]); // canceled: sold nothing
    // A configurable sale: parent and child rows; counted once (90 / 30 = 3 a day: medium, 3 > 2 flagged).
    await save('processing', 1, [
      line('TEE-M', 90, { item_id: 9001, product_type: 'configurable' }),
      line('TEE-M', 90, { item_id: 9002, parent_item_id: 9001 }),
    ]);
    const report = await reconcile(options(token, { now, outDir: null }));
    const fast = report.rows.find((r) => r.sku === 'FAST-1' && r.source_code === 'shop_a');
    assert.deepEqual([fast?.velocity, fast?.band, fast?.flagged], [5, 'fast', false]);
    assert.equal(report.rows.find((r) => r.sku === 'SLOW-1')?.velocity, 0);
    const tee = report.rows.find((r) => r.sku === 'TEE-M');
    assert.deepEqual([tee?.velocity, tee?.band, tee?.flagged, tee?.severity], [3, 'medium', true, 1.5]);
    assert.equal(report.counts.orders_read, 3);
    assert.deepEqual(
      flaggedOf(report),
      FLAGGED_WITHOUT_VELOCITY.filter((f) => !f.startsWith('FAST-1')),
    );
  });
});

test('the report directory holds only the two files: nothing half-written is left beside them', () => {
  assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['reconciliation.csv', 'reconciliation.html']);
});
