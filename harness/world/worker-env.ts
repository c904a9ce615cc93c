import { createFaultProxy, type FaultProxy } from '../../fault-proxy/index.ts';
import {
  createSimulator,
  DEFAULT_ADMIN,
  type MagentoVersion,
  type Simulator,
} from '../../simulator/index.ts';
import { RegisterNetwork } from '../env/network.ts';
import { SimControl } from '../env/sim-control.ts';
import { AdminClient } from '../magento/admin-client.ts';
import { MagentoProbe } from '../magento/probe.ts';
import type { RunConfig } from '../run/run-config.ts';

export type { MagentoVersion };

/**
 * Everything one Cucumber worker needs, started once per worker (`BeforeAll`) on free ports: the
 * Magento it checks (an embedded simulator, or a Magento started elsewhere), the fault proxy in
 * front of it for the register, and the admin REST client and probe the checks use. A scenario
 * tagged with another Magento version gets its own simulator, started on first use.
 */
export interface MagentoTarget {
  /** Where the harness seeds and checks (never through the fault proxy). */
  url: string;
  /** Where the register reaches Magento: through the fault proxy. */
  registerUrl: string;
  admin: AdminClient;
  /** The credentials the harness's own tools (reconcile) use. */
  auth: { token: string } | { username: string; password: string };
  probe: MagentoProbe;
  network: RegisterNetwork;
  /** The control API, when the target is a simulator that has one. */
  control: SimControl | null;
  version: MagentoVersion | 'external';
}

export class WorkerEnvironment {
  private readonly simulators = new Map<string, Simulator>();
  private readonly targets = new Map<string, MagentoTarget>();
  private proxy: FaultProxy | null = null;

  constructor(readonly config: RunConfig) {}

  /** The target for a scenario (an embedded simulator at `version`, default the run's). */
  async target(version?: MagentoVersion): Promise<MagentoTarget> {
    const t = this.config.target;
    const key = t.kind === 'external' ? 'external' : (version ?? t.version);
    const existing = this.targets.get(key);
    if (existing) return existing;
    const created =
      t.kind === 'external' ? await this.external(t) : await this.embedded(key as MagentoVersion, t.edition);
    this.targets.set(key, created);
    return created;
  }

  async close(): Promise<void> {
    for (const sim of this.simulators.values()) await sim.close();
    await this.proxy?.close();
  }

  private async toxiproxyUrl(): Promise<string> {
    if (this.config.toxiproxyUrl) return this.config.toxiproxyUrl;
    this.proxy ??= await createFaultProxy({ port: 0, seed: this.config.seed });
    return this.proxy.url;
  }

  private async embedded(
    version: MagentoVersion,
    edition: 'open-source' | 'commerce',
  ): Promise<MagentoTarget> {
    const sim = await createSimulator({ version, edition, control: true });
    this.simulators.set(version, sim);
    const auth = { username: DEFAULT_ADMIN.username, password: DEFAULT_ADMIN.password };
    const admin = new AdminClient(sim.url, auth);
    const network = new RegisterNetwork(
      await this.toxiproxyUrl(),
      `magento_${version.replace(/\./g, '_')}_${process.pid}`,
    );
    const listen = await network.connect(new URL(sim.url).host);
    return {
      url: sim.url,
      registerUrl: `http://${listen}`,
      admin,
      auth,
      probe: new MagentoProbe(admin),
      network,
      control: new SimControl(sim.url),
      version,
    };
  }

  private async external(t: Extract<RunConfig['target'], { kind: 'external' }>): Promise<MagentoTarget> {
    const auth =
      t.auth.kind === 'token'
        ? { token: t.auth.token }
        : t.auth.kind === 'admin'
          ? { username: t.auth.username, password: t.auth.password }
          : { token: t.auth.accessToken };
    const admin = new AdminClient(t.magentoUrl, auth);
    const entry = new URL(t.registerVia ?? t.magentoUrl);
    const network = new RegisterNetwork(await this.toxiproxyUrl(), `magento_external_${process.pid}`);
    const listen = await network.connect(
      `${entry.hostname}:${entry.port || (entry.protocol === 'https:' ? 443 : 80)}`,
    );
    return {
      url: t.magentoUrl,
      registerUrl: `http://${listen}`,
      admin,
      auth,
      probe: new MagentoProbe(admin),
      network,
      control: t.controlToken ? new SimControl(t.magentoUrl, t.controlToken) : null,
      version: 'external',
    };
  }
}
