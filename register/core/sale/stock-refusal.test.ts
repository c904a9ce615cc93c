import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RegisterSession } from '../../../contracts/driver.ts';
import {
  createSimulator,
  DEFAULT_ADMIN,
  type MagentoVersion,
  type Simulator,
} from '../../../simulator/index.ts';
import { createReferenceRegister } from '../../node/node-register.ts';
import { shopSession, tempDir } from '../../test-support/shop-kit.ts';
import { MagentoClient } from '../magento-client.ts';
import { stockRefusal } from './stock-refusal.ts';

/**
 * A sale beyond the salable quantity is refused in Magento's own words for its version (2.4.8
 * changed them, LYNX-530), with the register's numbers; the register's own words when only the
 * shop's source is short or Magento cannot be asked. Against the simulator (single-shop: three
 * BOTTLE-001 on the shop's stock 2).
 */
const bottle = { sku: 'BOTTLE-001', wanted: 5, salable: 3, sourceQty: 3, available: 3 };

for (const [version, words] of [
  ['2.4.7', 'The requested qty is not available'],
  ['2.4.8', 'Not enough items for sale'],
] as Array<[MagentoVersion, string]>) {
  describe(`Magento ${version}`, () => {
    let sim: Simulator;
    before(async () => {
      sim = await createSimulator({ version, scenario: 'single-shop' });
    });
    after(() => sim.close());
    const client = () =>
      new MagentoClient({
        baseUrl: sim.url,
        storeCode: 'default',
        credentials: { kind: 'admin', ...DEFAULT_ADMIN },
        timeoutMs: 3000,
      });

    test(`the salable quantity is short: "${words}", then the register's numbers`, async () => {
      assert.equal(
        await stockRefusal(client(), 2, bottle),
        `${words} (BOTTLE-001: 5 wanted, 3 available in this shop)`,
      );
    });

    test("the register declines an online sale of five bottles with Magento's words", async () => {
      const data = tempDir();
      const reg = createReferenceRegister();
      try {
        await reg.open(shopSession(sim.url, data.dir) as RegisterSession);
        const r = await reg.sell({ lines: [{ sku: 'BOTTLE-001', qty: 5 }], tenders: [{ method: 'cash' }] });
        assert.deepEqual(
          [r.status, r.reason],
          ['declined', `${words} (BOTTLE-001: 5 wanted, 3 available in this shop)`],
        );
        assert.equal((await reg.status()).queueDepth, 0);
      } finally {
        await reg.close();
        data.remove();
      }
    });
  });
}

test("only the shop's source is short: the register's own words, Magento is not asked", async () => {
  const nowhere = new MagentoClient({
    baseUrl: 'http://127.0.0.1:9',
    storeCode: 'default',
    credentials: { kind: 'token', token: 't' },
    timeoutMs: 500,
  });
  const c = { sku: 'SNEAKER-RED', wanted: 2, salable: 50, sourceQty: 1, available: 1 };
  assert.equal(
    await stockRefusal(nowhere, 3, c),
    'Not enough SNEAKER-RED in this shop: 2 wanted, 1 available.',
  );
});

test("Magento cannot be asked: the register's own words", async () => {
  const nowhere = new MagentoClient({
    baseUrl: 'http://127.0.0.1:9',
    storeCode: 'default',
    credentials: { kind: 'token', token: 't' },
    timeoutMs: 500,
  });
  assert.equal(
    await stockRefusal(nowhere, 2, bottle),
    'Not enough BOTTLE-001 in this shop: 5 wanted, 3 available.',
  );
});
