import assert from 'node:assert/strict';
import type { SimControl } from '../env/sim-control.ts';
import type { PosWorld } from './pos-world.ts';

/**
 * What the merchant changed in Magento after the setup was seeded, as a scenario states it: a
 * payment method switched off, the tax basis and rounding algorithm, a shop's count of a SKU.
 * Config goes through the simulator's control API (scenarios tagged `@simulator`: REST cannot
 * write config); stock through Magento's own REST (`POST /V1/inventory/source-items`), so it works
 * on any Magento. Tax settings also go into the merchant setup the register session is built
 * from (session.ts `taxSettings`), because Magento's REST cannot tell a register how it rounds.
 * @see field-guide.md §4 "Payment method", "Tax"; magento-rest.md (config paths)
 */
export const TAX_BASES = ['shipping', 'billing', 'origin'] as const;
export const TAX_ALGORITHMS = [
  'UNIT_BASE_CALCULATION',
  'ROW_BASE_CALCULATION',
  'TOTAL_BASE_CALCULATION',
] as const;

export class MerchantConfig {
  constructor(private readonly world: PosWorld) {}

  /** `payment/<code>/active` = 0: Magento no longer offers the method (at the default scope). */
  async switchOffPaymentMethod(code: string): Promise<void> {
    await this.control().setConfig({ [`payment/${code}/active`]: '0' });
  }

  /** `tax/calculation/based_on` and `tax/calculation/algorithm`, in Magento and in the setup. */
  async taxCalculation(basedOn: string, algorithm: string): Promise<void> {
    assert.ok(
      (TAX_BASES as readonly string[]).includes(basedOn),
      `tax is based on one of ${TAX_BASES.join(', ')}, not "${basedOn}"`,
    );
    assert.ok(
      (TAX_ALGORITHMS as readonly string[]).includes(algorithm),
      `the tax algorithm is one of ${TAX_ALGORITHMS.join(', ')}, not "${algorithm}"`,
    );
    const values = { 'tax/calculation/based_on': basedOn, 'tax/calculation/algorithm': algorithm };
    await this.control().setConfig(values);
    const { scenario } = this.world;
    this.world.scenario = { ...scenario, config: { ...scenario.config, ...values } };
  }

  /** Sets what a shop's source holds of a SKU (in stock while above zero). */
  async setSourceQuantity(source: string, sku: string, qty: number): Promise<void> {
    const item = {
      sku: this.world.ns.sku(sku),
      source_code: this.world.ns.source(source),
      quantity: qty,
      status: qty > 0 ? 1 : 0,
    };
    await this.world.target.admin.post('/V1/inventory/source-items', { sourceItems: [item] });
  }

  private control(): SimControl {
    const control = this.world.target.control;
    assert.ok(control, "this step needs the simulator's control API: tag the scenario @simulator");
    return control;
  }
}
