import assert from 'node:assert/strict';
import type { RegisterDriver, Sale, SaleResult } from '../../contracts/driver.ts';
import { createDriver } from '../drivers/driver-factory.ts';
import type { RunConfig } from '../run/run-config.ts';
import type { PosWorld } from './pos-world.ts';
import type { ShopChoice } from './session.ts';

/**
 * Several registers open at once in one scenario, each by a name ("EN", "FR"): two tills of one
 * shop selling on different store views, for instance. Each has its own driver, session (its own
 * register id, so their sale ids never collide) and data directory; their sales also count as the
 * scenario's (`world.sales`), so the order checks see them. The checks read Magento, never the
 * tills' word: each order must be on the store view of the till that sold it, which only the store
 * code of the REST URL decides (magento-rest.md §1; Magento issues #4495, PR #15320).
 */
interface Till {
  driver: RegisterDriver;
  storeCode: string;
  results: SaleResult[];
}

export class Tills {
  private readonly tills = new Map<string, Till>();

  constructor(
    private readonly world: PosWorld,
    private readonly config: () => RunConfig,
  ) {}

  async open(name: string, shop: ShopChoice): Promise<void> {
    assert.ok(!this.tills.has(name), `register "${name}" is open already`);
    const w = this.world;
    const choice = { ...shop, registerId: shop.registerId ?? `REG-${name}` };
    const session = await w.sessionFor(choice);
    const driver = await createDriver(this.config().driver);
    this.tills.set(name, { driver, storeCode: shop.storeCode, results: [] });
    await driver.open(session);
  }

  async sell(name: string, sale: Sale): Promise<SaleResult> {
    const till = this.till(name);
    const result = await this.world.sellAt(till.driver, sale, `sell at register ${name}`);
    till.results.push(result);
    return result;
  }

  /** Every till's sales became orders on the store view the till sells on. */
  async assertOrdersOnTheirStoreViews(): Promise<void> {
    assert.ok(this.tills.size > 0, 'no register was opened by name in this scenario');
    const views =
      await this.world.target.admin.get<Array<{ id: number; code: string }>>('/V1/store/storeViews');
    const codeOf = (id: number) => views.find((v) => v.id === id)?.code ?? `unknown store ${id}`;
    for (const [name, till] of this.tills) {
      const want = views.find((v) => v.code === till.storeCode);
      assert.ok(want, `Magento has no store view ${till.storeCode}`);
      assert.ok(till.results.length > 0, `register "${name}" made no sale in this scenario`);
      for (const result of till.results) {
        assert.ok(
          result.status === 'completed' && result.orderNumber,
          `register "${name}" did not complete its sale: ${result.status} ${result.reason ?? ''}`,
        );
        const order = await this.world.target.probe.orderByNumber(result.orderNumber);
        assert.ok(order, `Magento has no order ${result.orderNumber} (register "${name}" reported it)`);
        assert.equal(
          order.store_id,
          want.id,
          `order ${order.increment_id} of register "${name}" is on store view "${codeOf(order.store_id)}" (store ${order.store_id}), not on "${till.storeCode}" (store ${want.id}), the store view the register sells on`,
        );
      }
    }
  }

  async close(): Promise<void> {
    const open = [...this.tills.values()];
    this.tills.clear();
    for (const till of open) await till.driver.close();
  }

  private till(name: string): Till {
    const till = this.tills.get(name);
    assert.ok(till, `no register "${name}" is open: add 'Given a register "${name}" at shop ...' first`);
    return till;
  }
}
