import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  RegisterDriver,
  RegisterSession,
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
import type { MagentoProbe, ProbeOrder } from '../magento/probe.ts';
import { reconcile } from '../reconcile/index.ts';
import { Namespace, type SeedReport } from '../seed/index.ts';
import { erpFileWithDrift } from './erp-file.ts';
import { type ExternalSeeding, externalSetupOf } from './external-setup.ts';
import { FaultSchedule } from './faults.ts';
import { Merchant } from './merchant.ts';
import { reportInScenarioNames, returnOnTarget, saleOnTarget, scenarioSku } from './scenario-names.ts';
import { buildSession, type ShopChoice } from './session.ts';
import { StockChecks } from './stock-checks.ts';
import { placeWebOrder, type WebOrder } from './web-shop.ts';
import type { MagentoTarget, WorkerEnvironment } from './worker-env.ts';

type ProbeMemos = MagentoProbe['creditMemosOf'];

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
  /** The scenario's tags (set by the Before hook): what it needs of a Magento that cannot be reset. */
  tags: string[] = [];
  /** The merchant setup seeded through REST (a Magento without control API), else null. */
  external: ExternalSeeding | null = null;
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
  /** The session the register was opened with (stock id, cache lifetime, data directory). */
  session: RegisterSession | null = null;
  /** What each sync of this scenario reported (conflicts and how they were resolved). */
  syncReports: SyncReport[] = [];
  /** Faults scheduled between the register and Magento (faults.ts). */
  readonly faults = new FaultSchedule(this);
  /** Stock as the cashier sees it and as Magento can sell it (stock-checks.ts). */
  readonly stock = new StockChecks(this);
  /** The merchant's own setup: config changes, several tills, and their checks (merchant.ts). */
  readonly merchant = new Merchant(this, () => PosWorld.env.config);

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

  /** Seeds the setup; answers why the scenario cannot run on this Magento, or null. */
  async useMerchantSetup(name: string): Promise<string | null> {
    this.scenario = loadScenario(name);
    if (!this.target.control) return this.seedThroughRest();
    await this.target.control.seed(this.scenario);
    this.baselineOrderId = await this.target.probe.maxOrderId();
    return null;
  }

  /** What seeding through REST did (for the scenario's attachments), else null. */
  get seedReport(): SeedReport | null {
    return this.external?.report ?? null;
  }

  /** A register session for a shop of this scenario, as the target needs it (names mapped, REST seeding applied). */
  async sessionFor(shop: ShopChoice): Promise<RegisterSession> {
    const built = await buildSession(this.target, PosWorld.env.config, this.scenario, shop, this.ns);
    return { ...built, ...this.external?.session };
  }

  /** Opens the scenario's register: the run's `--driver`, or the driver given (a browser register). */
  async openRegister(shop: ShopChoice, driver?: RegisterDriver): Promise<void> {
    this.session = await this.sessionFor(shop);
    // set before open: the After hook closes it even when opening fails
    this.driver = driver ?? (await createDriver(PosWorld.env.config.driver));
    await this.driver.open(this.session);
  }

  sell(sale: Sale): Promise<SaleResult> {
    return this.sellAt(this.requireDriver(), sale, 'sell');
  }

  /** A sale at `driver`, counted as the scenario's; a throw is recorded under `label` for the After hook. */
  async sellAt(driver: RegisterDriver, sale: Sale, label: string): Promise<SaleResult> {
    try {
      const result = await driver.sell(saleOnTarget(this.ns, sale));
      this.sales.push({ sale, result });
      return result;
    } catch (err) {
      this.registerErrors.push(`${label}: ${(err as Error).message}`);
      throw err;
    }
  }

  async buyOnline(
    storeCode: string,
    line: { sku: string; qty: number },
    /** null: placed and paid, not shipped yet (its units only reserved). */
    fromSource: string | null,
  ): Promise<WebOrder> {
    const onTarget = { ...line, sku: this.ns.sku(line.sku) };
    const source = fromSource === null ? null : this.ns.source(fromSource);
    this.webOrder = await placeWebOrder(this.target.admin, storeCode, onTarget, source);
    return this.webOrder;
  }

  async returnItems(request: ReturnRequest): Promise<ReturnResult> {
    try {
      return await this.requireDriver().returnItems(returnOnTarget(this.ns, request));
    } catch (err) {
      this.registerErrors.push(`returnItems: ${(err as Error).message}`);
      throw err;
    }
  }

  async sync(): Promise<SyncReport> {
    try {
      const report = await this.requireDriver().sync();
      this.syncReports.push(report);
      return report;
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
    const erpFile = await erpFileWithDrift(this.target.admin, driftFile, dir, this.ns);
    const report = await reconcile({
      magentoUrl: this.target.url,
      auth: this.target.auth,
      erpFile,
      outDir: PosWorld.env.config.reportsDir,
      onlyErpSources: !this.ns.isIdentity,
    });
    return reportInScenarioNames(this.ns, report);
  }

  /** Orders since the baseline; under a namespace only those holding one of the scenario's SKUs. */
  async newOrders(): Promise<ProbeOrder[]> {
    const orders = await this.target.probe.ordersAfter(this.baselineOrderId);
    if (this.ns.isIdentity) return orders;
    return orders.filter((o) => o.items.some((i) => this.ns.fromSku(i.sku) !== undefined));
  }

  /** The quantity a source holds of a SKU (scenario names), undefined when it has no such item. */
  async sourceQuantity(source: string, sku: string): Promise<number | undefined> {
    return (await this.target.probe.sourceQuantities(this.ns.sku(sku)))[this.ns.source(source)];
  }

  /** The Magento id of the customer with this scenario email, if any. */
  customerIdOf(email: string): Promise<number | undefined> {
    return this.target.probe.customerIdByEmail(this.ns.email(email));
  }

  /** An order's credit memos, their items under the scenario's SKUs. */
  async creditMemosOf(orderId: number): ReturnType<ProbeMemos> {
    const memos = await this.target.probe.creditMemosOf(orderId);
    return memos.map((m) => ({
      ...m,
      items: m.items.map((i) => ({ ...i, sku: scenarioSku(this.ns, i.sku) })),
    }));
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
    await this.merchant.close();
    await this.driver?.close();
    this.driver = null;
  }

  /** A Magento without control API: the setup under a fresh namespace, its gaps, the baseline. */
  private async seedThroughRest(): Promise<string | null> {
    this.external = await externalSetupOf(PosWorld.env).seed(this.target, this.scenario, this.tags);
    this.ns = this.external.ns;
    this.baselineOrderId = this.external.baselineOrderId;
    return this.external.notRun;
  }

  private requireDriver(): RegisterDriver {
    if (!this.driver) throw new Error('no register is open: add "Given a register at shop ..." first');
    return this.driver;
  }
}
