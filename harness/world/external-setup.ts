import type { RegisterSession } from '../../contracts/driver.ts';
import type { Scenario } from '../../contracts/scenario.ts';
import type { RunConfig } from '../run/run-config.ts';
import {
  type Namespace,
  need,
  type PreconditionResult,
  probePreconditions,
  type SeedReport,
  scenarioNamespace,
  seedThroughRest,
  verifySeed,
} from '../seed/index.ts';
import { confirmedConfig, notRunReason, setupGaps } from './scenario-needs.ts';
import { taxSettings } from './session.ts';
import type { MagentoTarget, WorkerEnvironment } from './worker-env.ts';

/**
 * A merchant setup on a Magento the harness cannot reset (a real store, or a simulator whose
 * control API the run was not given): seeded through the admin REST API under a namespace of its
 * own per Cucumber scenario, so absolute checks hold whatever ran before; probed once per worker
 * and setup for what REST cannot set; the order baseline taken after both.
 * @see docs/external-magento.md
 */
export interface ExternalSeeding {
  ns: Namespace;
  report: SeedReport;
  /** Highest order entity id after seeding: "new orders" are above it. */
  baselineOrderId: number;
  /** Why the scenario cannot run here (read after "not run: "), or null. */
  notRun: string | null;
  /**
   * What the register session takes from the probe rather than the setup file: tax settings from
   * the config read or assumed on the target (Magento's defaults for the rest), and the edition.
   */
  session: Pick<RegisterSession, 'tax' | 'edition'>;
}

/** A harmless GET of the POS extension (the one the reference register probes with). */
export const POS_EXTENSION_PROBE_ROUTE = '/V1/pos/orders/by-client-sale-id/posgate-probe';

type External = Extract<RunConfig['target'], { kind: 'external' }>;

/** What a worker learnt of a setup the first time it seeded it. */
interface KnownSetup {
  probed: PreconditionResult;
  /** The first seeding: when it could not seed the setup, later scenarios reuse it, seeding nothing. */
  first: { ns: Namespace; report: SeedReport };
}

/** Per worker: the scenario counter behind the namespaces, and what each setup needs. */
export class ExternalSetup {
  private scenarios = 0;
  private readonly setups = new Map<string, KnownSetup>();

  constructor(
    private readonly config: RunConfig,
    private readonly workerId = process.env.CUCUMBER_WORKER_ID,
  ) {}

  async seed(target: MagentoTarget, sc: Scenario, tags: readonly string[]): Promise<ExternalSeeding> {
    const t = this.external();
    let known = this.setups.get(sc.name);
    if (known && setupGaps(known.first.report.missing).length > 0) {
      return this.outcome(sc, tags, known, known.first, 0);
    }
    const ns = scenarioNamespace(this.config.namespace, ++this.scenarios, this.workerId);
    const report = await seedThroughRest(target.admin, sc, ns, {
      skipBulk: true,
      shareStocks: t.shareStocks,
    });
    if (!known) {
      const probed = await this.probe(target, sc, ns, t);
      await checkSeed(target, sc, ns, report);
      known = { probed, first: { ns, report } };
      this.setups.set(sc.name, known);
    }
    return this.outcome(sc, tags, known, { ns, report }, await target.probe.maxOrderId());
  }

  private outcome(
    sc: Scenario,
    tags: readonly string[],
    known: KnownSetup,
    seeded: { ns: Namespace; report: SeedReport },
    baselineOrderId: number,
  ): ExternalSeeding {
    const config = confirmedConfig(sc, known.probed.met);
    const commerce = [need.giftCardRoutes, need.storeCreditRoutes, need.rewardRoutes];
    return {
      ...seeded,
      baselineOrderId,
      notRun: notRunReason(tags, sc, seeded.report.missing, known.probed.missing),
      session: {
        tax: taxSettings({ ...sc, config }),
        edition: commerce.every((c) => known.probed.met.includes(c)) ? 'commerce' : 'open-source',
      },
    };
  }

  /**
   * Payment methods are probed at the setup's first store view. The POS extension by a route of
   * its own: its `pos_split` method need not be listed for checkout carts (a POS-only method is not).
   */
  private probe(
    target: MagentoTarget,
    sc: Scenario,
    ns: Namespace,
    t: External,
  ): Promise<PreconditionResult> {
    const storeCode = sc.websites[0]?.groups[0]?.stores[0]?.code ?? 'default';
    return probePreconditions(target.admin, sc, storeCode, {
      ns,
      assumeConfig: t.assumeConfig,
      posExtensionRoute: POS_EXTENSION_PROBE_ROUTE,
    });
  }

  private external(): External {
    const t = this.config.target;
    if (t.kind !== 'external') throw new Error('seeding through REST needs an external target (--magento)');
    return t;
  }
}

/** The first seeding of a setup per worker is read back: an extension may change what is saved. */
async function checkSeed(target: MagentoTarget, sc: Scenario, ns: Namespace, report: SeedReport) {
  const problems = await verifySeed(target.admin, sc, ns, report);
  if (problems.length > 0) {
    throw new Error(
      `merchant setup "${sc.name}" does not read back as seeded under ${ns.id}: ${problems.join('; ')}`,
    );
  }
}

const perWorker = new WeakMap<WorkerEnvironment, ExternalSetup>();

/** The worker's ExternalSetup (one per WorkerEnvironment, i.e. per Cucumber worker). */
export function externalSetupOf(env: WorkerEnvironment): ExternalSetup {
  let setup = perWorker.get(env);
  if (!setup) {
    setup = new ExternalSetup(env.config);
    perWorker.set(env, setup);
  }
  return setup;
}
