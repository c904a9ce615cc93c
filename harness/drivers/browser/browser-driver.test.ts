import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type RegisterSession, RegisterSession as SessionSchema } from '../../../contracts/driver.ts';
import { createFaultProxy, type FaultProxy } from '../../../fault-proxy/index.ts';
import { ChromiumNotFound, chromiumMissing } from '../../../register/index.ts';
import { createSimulator, DEFAULT_ADMIN, type Simulator } from '../../../simulator/index.ts';
import { RegisterNetwork } from '../../env/network.ts';
import { AdminClient } from '../../magento/admin-client.ts';
import { MagentoProbe } from '../../magento/probe.ts';
import { BrowserDriver, BrowserRegisterError } from './browser-driver.ts';
import { RegisterPageError } from './register-page-object.ts';
import { NotOnThePage } from './sale-form-plan.ts';

/**
 * The browser driver against the simulator, through the fault proxy: each operation of the driver
 * contract done on the page by the page object and read back as the contract's shapes; the
 * browser-only capabilities (reload, restart on the same profile, indicator, screenshot) through an
 * outage; and the refusals (what the page cannot take, a missing Chromium) named plainly.
 */
const noBrowser = chromiumMissing() ?? false;
let sim: Simulator;
let fp: FaultProxy;
let network: RegisterNetwork;
let probe: MagentoProbe;
let registerUrl: string;

before(async () => {
  sim = await createSimulator({ edition: 'commerce', scenario: 'single-shop' });
  probe = new MagentoProbe(new AdminClient(sim.url, DEFAULT_ADMIN));
  fp = await createFaultProxy({ port: 0, seed: 1 });
  network = new RegisterNetwork(fp.url, 'browser_driver_test');
  registerUrl = `http://${await network.connect(new URL(sim.url).host)}`;
});
after(async () => {
  await fp.close();
  await sim.close();
});

const session = (registerId: string): RegisterSession =>
  SessionSchema.parse({
    magentoUrl: registerUrl,
    storeCode: 'default',
    websiteCode: 'base',
    sourceCode: 'shop_main',
    stockId: 2,
    registerId,
    credentials: { kind: 'admin', ...DEFAULT_ADMIN },
    shopAddress: {
      firstname: 'Austin',
      lastname: 'Shop',
      street: ['500 Congress Ave'],
      city: 'Austin',
      postcode: '78701',
      country_id: 'US',
      region_id: 57,
      telephone: '5125550100',
    },
    tax: { basedOn: 'origin', origin: { country_id: 'US', region_id: 57, postcode: '78701' } },
    timeouts: { requestMs: 1000, maxRetryWaitMs: 300 },
    dataDir: `till-${registerId}`,
    edition: 'commerce',
  });

test('every operation is done on the page and answers the contract', { skip: noBrowser }, async () => {
  const driver = new BrowserDriver();
  try {
    await driver.open(session('BD1'));
    assert.deepEqual(await driver.indicator(), { connection: 'Online', queued: 0 });
    const stock = await driver.stockLevel('MUG-001');
    assert.deepEqual([stock.sku, stock.qty, stock.live, stock.stale], ['MUG-001', 40, true, false]);

    const sale = await driver.sell({ lines: [{ sku: 'MUG-001', qty: 2 }], tenders: [{ method: 'cash' }] });
    assert.equal(sale.status, 'completed', sale.reason);
    assert.deepEqual(sale.totals, {
      subtotal: 24,
      discount: 0,
      tax: 1.98,
      grandTotal: 25.98,
      lines: [{ sku: 'MUG-001', qty: 2, rowTotal: 24, tax: 1.98 }],
    });
    const order = await probe.orderByNumber(sale.orderNumber ?? '');
    assert.deepEqual([order?.grand_total, order?.payment.method], [25.98, 'pos_cash']);

    const declined = await driver.sell({
      lines: [{ sku: 'POSTER-001', qty: 1 }],
      tenders: [{ method: 'card' }],
    });
    assert.deepEqual(
      [declined.status, declined.reason],
      [
        'declined',
        'There are no source items with the in stock status (POSTER-001: 1 wanted, 0 available in this shop)',
      ],
    );

    const ret = await driver.returnItems({
      orderNumber: sale.orderNumber ?? '',
      lines: [{ sku: 'MUG-001', qty: 1 }],
      refundTender: 'cash',
      restock: true,
    });
    assert.deepEqual([ret.status, ret.refunded, ret.restockedTo], ['completed', 12.99, 'shop_main']);
    assert.deepEqual(await driver.sync(), { synced: [], conflicts: [], failed: [], remaining: 0 });
    const status = await driver.status();
    assert.deepEqual([status.online, status.queueDepth, status.held], [true, 0, 0]);
    const png = await driver.screenshot();
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  } finally {
    await driver.close();
  }
});

test('what the page cannot take is refused by name; a line it will not add fails the sale', {
  skip: noBrowser,
}, async () => {
  const driver = new BrowserDriver();
  try {
    await driver.open(session('BD2'));
    const mug = [{ sku: 'MUG-001', qty: 1 }];
    const refused = (e: unknown, what: RegExp) => e instanceof NotOnThePage && what.test(e.message);
    await assert.rejects(
      driver.sell({ lines: mug, tenders: [{ method: 'cash', amount: 5 }, { method: 'gift_card' }] }),
      (e) => refused(e, /cannot take the tenders cash \+ gift_card/),
    );
    await assert.rejects(
      driver.sell({
        lines: [{ ...mug[0], customOptions: { Engraving: 'A' } }] as never,
        tenders: [{ method: 'cash' }],
      }),
      (e) => refused(e, /custom options \(line MUG-001\)/),
    );
    await assert.rejects(
      driver.returnItems({
        orderNumber: '1',
        lines: [mug[0] as never, { sku: 'SOCKS-001', qty: 1 }],
        refundTender: 'cash',
        restock: true,
      }),
      (e) => refused(e, /a return of 2 lines at once/),
    );
    await assert.rejects(driver.stockLevel('NO-SUCH-SKU'), (e) => e instanceof BrowserRegisterError);
    assert.equal((await probe.ordersAfter(0)).length, 1, 'no order from refused sales');

    // a line the page will not add (a blank SKU) fails the sale; the next sale starts empty
    await assert.rejects(
      driver.sell({ lines: [mug[0] as never, { sku: ' ', qty: 1 }], tenders: [{ method: 'cash' }] }),
      (e) =>
        e instanceof RegisterPageError &&
        /did not add the line {2}: Type or scan a SKU first\./.test(e.message),
    );
    const next = await driver.sell({ lines: [{ sku: 'SOCKS-001', qty: 1 }], tenders: [{ method: 'cash' }] });
    assert.deepEqual(
      next.totals?.lines.map((l) => [l.sku, l.qty]),
      [['SOCKS-001', 1]],
    );
  } finally {
    await driver.close();
  }
});

test('offline: queued, kept across a reload and a browser restart, synced once', {
  skip: noBrowser,
}, async () => {
  const driver = new BrowserDriver();
  const before = (await probe.ordersAfter(0)).length;
  try {
    await driver.open(session('BD3'));
    await network.down();
    const sale = await driver.sell({ lines: [{ sku: 'SOCKS-001', qty: 3 }], tenders: [{ method: 'cash' }] });
    assert.equal(sale.status, 'queued-offline', sale.reason);
    assert.deepEqual(await driver.indicator(), { connection: 'Offline', queued: 1 });
    await driver.reload();
    assert.deepEqual(await driver.indicator(), { connection: 'Offline', queued: 1 });
    await driver.restartBrowser();
    assert.deepEqual(await driver.indicator(), { connection: 'Offline', queued: 1 });
    assert.equal((await probe.ordersAfter(0)).length, before, 'nothing reached Magento while offline');

    await network.up();
    const report = await driver.sync();
    assert.deepEqual(
      report.synced.map((s) => s.saleId),
      [sale.saleId],
    );
    assert.deepEqual((await driver.sync()).synced, []);
    assert.equal((await probe.ordersAfter(0)).length, before + 1, 'the queued sale is placed exactly once');
    assert.deepEqual(await driver.indicator(), { connection: 'Online', queued: 0 });
  } finally {
    await network.up();
    await driver.close();
  }
});

test('without Chromium, open fails with ChromiumNotFound and leaves nothing running', async () => {
  const driver = new BrowserDriver({ executablePath: '/nonexistent/chromium' });
  await assert.rejects(
    driver.open(session('BD4')),
    (e) =>
      e instanceof ChromiumNotFound &&
      e.message ===
        'no Chromium found at /nonexistent/chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
  );
  await driver.close();
  assert.equal(
    chromiumMissing('/nonexistent/chromium'),
    'no Chromium found at /nonexistent/chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
  );
});
