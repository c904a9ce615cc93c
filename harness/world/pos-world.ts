import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  RegisterDriver,
  RegisterStatus,
  ReturnRequest,
  ReturnResult,
  Sale,
  SaleResult,
  SyncReport,
} from '../../contracts/driver.ts';
import type { ReconciliationReport } from '../../contracts/reconciliation.ts';
import type { Scenario } from '../../contracts/scenario.ts';
import { loadScenario } from '../../simulator/index.ts';
import { createDriver } from '../drivers/driver-factory.ts';
import type { ProbeOrder } from '../magento/probe.ts';
import { reconcile } from '../reconcile/index.ts';
import { Namespace } from '../seed/index.ts';
import { erpFileWithDrift } from './erp-file.ts';
import { buildSession, type ShopChoice } from './session.ts';
import { placeWebOrder, type WebOrder } from './web-shop.ts';
import type { MagentoTarget, WorkerEnvironment } from './worker-env.ts';

/**
 * The Cucumber World: one scenario's register, merchant setup and the sales it made, with verbs
 * the steps call. Every check reads Magento (orders, totals, store view, customer link, payment,
 * stock) through its REST API — never the register's word.
 */
export class PosWorld {
  static env: WorkerEnvironment;
  target!: MagentoTarget;
  scenario!: Scenario;
  /**
   * The scenario's names (SKUs, emails, sources, coupons) as they are on the target: the identity
   * on the embedded simulator (reset between scenarios), a per-scenario namespace on a Magento
   * that cannot be reset. Verbs map every Gherkin identifier through it; steps never see it.
   */
  ns: Namespace = Namespace.identity();
  driver: RegisterDriver | null = null;
  /** Highest order entity id before the scenario acted: "new orders" are above it. */
  baselineOrderId = 0;
  sales: Array<{ sale: Sale; result: SaleResult }> = [];
  /** An online order made in this scenario (to be returned at the till). */
  webOrder: WebOrder | null = null;
  /** Set by a step that asserts on the queue: queued sales are then accounted for. */
  queueAccountedFor = false;
  /** Errors the register threw (an exception is never an acceptable answer to a sale). */
  registerErrors: string[] = [];

  get lastSale(): { sale: Sale; result: SaleResult } {
    const last = this.sales.at(-1);
    if (!last) throw new Error('no sale was made in this scenario');
    return last;
  }

  async prepare(version?: Parameters<WorkerEnvironment['target']>[0]): Promise<void> {
    this.target = await PosWorld.env.target(version);
    await this.target.network.heal();
    await this.target.control?.reset();
  }

  async useMerchantSetup(name: string): Promise<void> {
    this.scenario = loadScenario(name);
    if (!this.target.control) throw new Error('seeding a real Magento is not wired into the World yet');
    await this.target.control.seed(this.scenario);
    this.baselineOrderId = await this.target.probe.maxOrderId();
  }

  async openRegister(shop: ShopChoice): Promise<void> {
    const session = await buildSession(this.target, PosWorld.env.config, this.scenario, shop);
    this.driver = await createDriver(PosWorld.env.config.driver);
    await this.driver.open(session);
  }

  async sell(sale: Sale): Promise<SaleResult> {
    const driver = this.requireDriver();
    try {
      const result = await driver.sell(sale);
      this.sales.push({ sale, result });
      return result;
    } catch (err) {
      this.registerErrors.push(`sell: ${(err as Error).message}`);
      throw err;
    }
  }

  async buyOnline(
    storeCode: string,
    line: { sku: string; qty: number },
    fromSource: string,
  ): Promise<WebOrder> {
    this.webOrder = await placeWebOrder(this.target.admin, storeCode, line, fromSource);
    return this.webOrder;
  }

  async returnItems(request: ReturnRequest): Promise<ReturnResult> {
    try {
      return await this.requireDriver().returnItems(request);
    } catch (err) {
      this.registerErrors.push(`returnItems: ${(err as Error).message}`);
      throw err;
    }
  }

  async sync(): Promise<SyncReport> {
    try {
      return await this.requireDriver().sync();
    } catch (err) {
      this.registerErrors.push(`sync: ${(err as Error).message}`);
      throw err;
    }
  }

  status(): Promise<RegisterStatus> {
    return this.requireDriver().status();
  }

  /** Sales still queued that no step asserted on: a lost sale in the making. */
  async unaccountedQueue(): Promise<number> {
    if (!this.driver || this.queueAccountedFor) return 0;
    const status = await this.driver.status();
    return status.queueDepth + status.held;
  }

  /** Reconciles Magento against an ERP file that differs from it by the shipped drift rows. */
  async reconcileWithDrift(driftFile: string): Promise<ReconciliationReport> {
    const dir = mkdtempSync(join(tmpdir(), 'posgate-erp-'));
    const erpFile = await erpFileWithDrift(this.target.admin, driftFile, dir);
    return reconcile({
      magentoUrl: this.target.url,
      auth: this.target.auth,
      erpFile,
      outDir: PosWorld.env.config.reportsDir,
    });
  }

  async newOrders(): Promise<ProbeOrder[]> {
    return this.target.probe.ordersAfter(this.baselineOrderId);
  }

  /** The Magento order of the last sale, found by the number the register reported. */
  async orderOfLastSale(): Promise<ProbeOrder> {
    const { result } = this.lastSale;
    assert.equal(
      result.status,
      'completed',
      `the register did not complete the sale: ${result.status} ${result.reason ?? ''}`,
    );
    assert.ok(result.orderNumber, 'the register reported no Magento order number for the sale');
    const order = await this.target.probe.orderByNumber(result.orderNumber);
    assert.ok(order, `Magento has no order ${result.orderNumber} (the register reported it)`);
    return order;
  }

  async storeViewId(code: string): Promise<number> {
    const views = await this.target.admin.get<Array<{ id: number; code: string }>>('/V1/store/storeViews');
    const view = views.find((v) => v.code === code);
    assert.ok(view, `Magento has no store view ${code}`);
    return view.id;
  }

  async close(): Promise<void> {
    await this.driver?.close();
    this.driver = null;
  }

  private requireDriver(): RegisterDriver {
    if (!this.driver) throw new Error('no register is open: add "Given a register at shop ..." first');
    return this.driver;
  }
}
