import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RegisterSession } from '../../contracts/driver.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { createReferenceRegister, type ReferenceRegister } from '../index.ts';
import { Admin, shopSession, tempDir } from '../test-support/shop-kit.ts';

/**
 * A Magento without the POS extension (`--strict-core`), Adobe Commerce 2.4.9: the register
 * spends store credit and points through core routes (the 2.4.9 admin store-credit route, an
 * admin-issued customer token for points), and declines plainly what needs the extension.
 */
let sim: Simulator;
let admin: Admin;
let reg: ReferenceRegister;
const data = tempDir();

before(async () => {
  sim = await createSimulator({
    edition: 'commerce',
    version: '2.4.9',
    strictCore: true,
    scenario: 'single-shop',
  });
  admin = new Admin(sim.url);
  await admin.seedExtras();
  reg = createReferenceRegister();
  await reg.open(shopSession(sim.url, data.dir) as RegisterSession);
});
after(async () => {
  await reg.close();
  await sim.close();
  data.remove();
});

test('store credit and all reward points through core 2.4.9 routes', async () => {
  const r = await reg.sell({
    lines: [{ sku: 'CAP-001', qty: 4 }],
    customerEmail: 'pat@example.com',
    tenders: [{ method: 'store_credit' }, { method: 'points' }, { method: 'card' }],
  });
  assert.equal(r.status, 'completed', r.reason);
  const [order] = await admin.orders({ field: 'increment_id', value: r.orderNumber ?? '' });
  assert.equal(order.customer_email, 'pat@example.com');
  assert.equal(order.extension_attributes.customer_balance_amount, 40);
  assert.equal(order.extension_attributes.reward_currency_amount, 10);
  assert.equal(order.extension_attributes.pos_client_sale_id, undefined, 'no extension, no client sale id');
});

test('what needs the POS extension is declined with the reason, nothing queued', async () => {
  const override = await reg.sell({
    lines: [{ sku: 'MUG-001', qty: 1, priceOverride: { price: 5, approver: 'mgr' } }],
    tenders: [{ method: 'cash' }],
  });
  assert.deepEqual(
    [override.status, override.reason],
    ['declined', 'Price overrides need the POS extension on Magento.'],
  );
  const split = await reg.sell({
    lines: [{ sku: 'MUG-001', qty: 1 }],
    tenders: [{ method: 'cash', amount: 5 }, { method: 'card' }],
  });
  assert.deepEqual(
    [split.status, split.reason],
    ['declined', 'A split payment needs the POS extension on Magento.'],
  );
  assert.equal((await reg.status()).queueDepth, 0);
});
