import type { AddressInfo } from 'node:net';
import type { ScenarioInput } from '../contracts/scenario.ts';
import { createApp } from './app.ts';
import { AdjustableClock } from './clock.ts';
import type { Services } from './context.ts';
import type { FaultRuleSpec } from './control/fault-rule.ts';
import { FaultRules } from './control/fault-rules.ts';
import { type SimulatorSummary, summarize } from './control/summary.ts';
import { type Logger, SILENT } from './logger.ts';
import { DEFAULT_PROFILE, type Edition, type MagentoVersion } from './profile.ts';
import { SimulatorRuntime } from './runtime.ts';
import { applyScenario } from './scenario/apply.ts';
import { loadScenario, parseScenario, ScenarioError } from './scenario/load.ts';
import { JournalStore } from './state/journal-store.ts';
import { MemoryStore } from './state/memory-store.ts';
import type { Store } from './state/store.ts';

/**
 * The Magento 2 + MSI simulator, in process: `createSimulator()` starts one on a free port and
 * returns its base URL. `posgate sim` is the same thing on the command line.
 */
export interface SimulatorOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  version?: MagentoVersion;
  edition?: Edition;
  strictCore?: boolean;
  developerMode?: boolean;
  /** Config values applied over Magento's defaults: `{"tax/calculation/based_on": "origin"}`. */
  config?: Record<string, string>;
  /** The control API (`/__sim`); on by default in process. */
  control?: boolean;
  /** Required by the control API when bound beyond loopback. */
  controlToken?: string;
  adminUser?: string;
  adminPassword?: string;
  /** A store to keep state in (default: in memory, or `stateFile`). */
  store?: Store;
  /**
   * A durable state file (`JournalStore`). A file that already holds state is served as it is: the
   * baseline (fresh install + scenario + config) only seeds an empty one, and `reset` returns to it.
   */
  stateFile?: string;
  /** A merchant scenario seeded into the baseline: a bundled name, a file path, or the scenario itself. */
  scenario?: string | ScenarioInput;
  clock?: AdjustableClock;
  logger?: Logger;
  /** Extra set-up applied to the baseline (e.g. a scenario's seeding). */
  prepare?: Array<(s: Services) => void>;
  /** Fault rules active from the start (as `POST /__sim/faults` takes them; `reset` clears them). */
  faults?: FaultRuleSpec[];
}

export interface Simulator {
  /** Base URL, e.g. `http://127.0.0.1:41234` (REST lives under `/rest`). */
  url: string;
  runtime: SimulatorRuntime;
  /** True when the store already held a state at start (a restart on a state file): no seeding. */
  restored: boolean;
  /** The fault table of `/__sim/faults`, for in-process use. */
  faults: FaultRules;
  /** Release, edition and store views (what `posgate sim` prints). */
  summary(): SimulatorSummary;
  close(): Promise<void>;
}

/** A simulator option that cannot work (e.g. the control API beyond loopback without a token). */
export class SimulatorSetupError extends Error {
  override name = 'SimulatorSetupError';
}

export const DEFAULT_ADMIN = { username: 'admin', password: 'posgate123' } as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Whether `host` is reachable from this machine only (where the control API needs no token). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  const control = options.control ?? true;
  if (control && !LOOPBACK.has(host) && !options.controlToken) {
    throw new SimulatorSetupError(
      `the control API would listen on ${host} without a token: pass --control-token (or bind 127.0.0.1)`,
    );
  }
  const faults = new FaultRules();
  for (const [i, rule] of (options.faults ?? []).entries()) {
    try {
      faults.add(rule);
    } catch (err) {
      throw new SimulatorSetupError(`fault rule ${i + 1}: ${(err as Error).message}`);
    }
  }
  const prepare = [...(options.prepare ?? [])];
  if (options.scenario !== undefined) prepare.unshift(scenarioStep(options.scenario));
  const store =
    options.store ?? (options.stateFile ? await JournalStore.open(options.stateFile) : new MemoryStore());
  try {
    return await start(options, host, control, faults, store, prepare);
  } catch (err) {
    if (!options.store) await store.close(); // releases a state file's lock
    throw err;
  }
}

async function start(
  options: SimulatorOptions,
  host: string,
  control: boolean,
  faults: FaultRules,
  store: Store,
  prepare: Array<(s: Services) => void>,
): Promise<Simulator> {
  const restored = store.count('websites') > 0; // every baseline has websites; an empty store has none
  const runtime = new SimulatorRuntime(
    store,
    options.clock ?? new AdjustableClock(),
    {
      version: options.version ?? DEFAULT_PROFILE.version,
      edition: options.edition ?? DEFAULT_PROFILE.edition,
      strictCore: options.strictCore ?? false,
      developerMode: options.developerMode ?? false,
    },
    {
      adminUser: options.adminUser ?? DEFAULT_ADMIN.username,
      adminPassword: options.adminPassword ?? DEFAULT_ADMIN.password,
    },
    [
      ...prepare,
      (s) => {
        for (const [k, v] of Object.entries(options.config ?? {})) s.config.set(k, v);
      },
    ],
  );
  const app = createApp(runtime, {
    control,
    controlToken: options.controlToken,
    faults,
    logger: options.logger ?? SILENT,
  });
  const server = app.listen(options.port ?? 0, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost === '0.0.0.0' ? '127.0.0.1' : urlHost}:${port}`,
    runtime,
    restored,
    faults,
    summary: () => summarize(runtime.services),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await runtime.store.close();
    },
  };
}

export type { Services } from './context.ts';
export type { FaultRuleSpec, FaultRuleView } from './control/fault-rule.ts';
export type { SimulatorSummary } from './control/summary.ts';
export { EDITIONS, type Edition, type MagentoVersion, VERSIONS } from './profile.ts';
export { listScenarios, loadScenario, ScenarioError } from './scenario/load.ts';
export { StateFileError } from './state/state-file-error.ts';

/** The baseline step that seeds a scenario; a scenario that cannot be applied is a ScenarioError. */
function scenarioStep(ref: string | ScenarioInput): (s: Services) => void {
  const sc = typeof ref === 'string' ? loadScenario(ref) : parseScenario(ref, 'the scenario option');
  return (s) => {
    try {
      applyScenario(s, sc);
    } catch (err) {
      if (err instanceof ScenarioError) throw err;
      throw new ScenarioError(`scenario "${sc.name}" cannot be applied: ${(err as Error).message}`);
    }
  };
}
